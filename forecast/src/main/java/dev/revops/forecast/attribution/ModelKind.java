package dev.revops.forecast.attribution;

/**
 * How a model weighs touches. Example: {@code ModelKind.POSITION}.
 */
public enum ModelKind {
  /** Fixed weights on milestones, the middle weight shared equally by the other touches. */
  POSITION,
  /** Weight 2^(-age / half-life), age being the time from the touch to the conversion. */
  TIME_DECAY
}
