package dev.revops.forecast.pipeline;

/**
 * How a range forecast's percentiles were found.
 */
public enum RangeMethod {
  /** Every combination of won and lost deals was enumerated: the percentiles are exact. */
  EXACT,
  /** A seeded Monte Carlo simulation: the same seed gives the same percentiles. */
  SIMULATION,
  /**
   * A normal distribution with the exact mean and variance, for periods with more open deals than
   * the simulation limit; close when many deals of similar size close independently.
   */
  NORMAL_APPROXIMATION,
  /** No open deals: the range is the amount already won. */
  NONE
}
