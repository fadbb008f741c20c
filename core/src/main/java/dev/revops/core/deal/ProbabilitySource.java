package dev.revops.core.deal;

/**
 * Where a deal's effective probability comes from.
 */
public enum ProbabilitySource {
  /** The stage's default probability, from the pipeline definition. */
  STAGE_DEFAULT,
  /** A probability someone set on the deal, overriding the stage default. */
  OVERRIDE
}
