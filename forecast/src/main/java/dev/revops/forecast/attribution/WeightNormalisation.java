package dev.revops.forecast.attribution;

/**
 * What a model's declared weights must add up to.
 *
 * <p>Whatever the rule, the weights a journey ends up with (after dropping missing milestones and
 * an empty middle) are applied in proportion by {@code Money.allocate}. Example:
 * {@code WeightNormalisation.SUM_TO_ONE}.
 */
public enum WeightNormalisation {
  /** The declared milestone and middle weights must sum to exactly 1; any other sum is rejected. */
  SUM_TO_ONE,
  /**
   * Declared weights of any positive sum are accepted and scaled by their sum (each weight divided
   * by the total), as for legacy weight tables that add up to, say, 0.9 or 110.
   */
  PROPORTIONAL
}
