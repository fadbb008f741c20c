package dev.revops.forecast.conversion;

/**
 * How P(win | a deal is in stage s) is estimated from closed deals.
 */
public enum ConversionMethod {
  /**
   * An absorbing Markov chain over the observed stage-to-stage moves: skipped stages and moves
   * back are followed as they happened; the probability of ending in the won stage from s.
   */
  MARKOV,
  /** The share of the closed deals that passed through s that were won. */
  SHARE
}
