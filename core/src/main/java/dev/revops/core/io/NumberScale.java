package dev.revops.core.io;

/**
 * How a CSV column writes a ratio such as a probability or a margin.
 */
public enum NumberScale {
  /** 0 to 100: {@code 35} means 0.35. */
  PERCENT,
  /** 0 to 1: {@code 0.35} means 0.35. */
  FRACTION
}
