package dev.revops.forecast.revenue;

/**
 * Where the minor units go that an exact allocation cannot split evenly (the "pennies"), so that
 * the parts always sum to the total.
 */
public enum ResidualPolicy {
  /**
   * Each part gets its exact share truncated to the minor unit; the units left over go one each to
   * the largest discarded remainders, ties to the earlier part ({@link
   * dev.revops.core.money.Money#allocate(java.util.List)}). No part is a whole unit from its share.
   */
  LARGEST_REMAINDER,
  /** Each part gets its exact share truncated; every unit left over goes to the part with the largest weight (the earliest of equals). */
  LARGEST_LINE,
  /** Each part gets its exact share truncated; every unit left over goes to the last part with a weight. */
  LAST_LINE
}
