package dev.revops.core.metric;

/**
 * The unit of a metric's values.
 */
public enum MetricUnit {
  /** An amount of money; the value carries its currency. */
  MONEY,
  /** Money per day, for example sales velocity; the value carries its currency. */
  MONEY_PER_DAY,
  /** A probability in [0, 1]. */
  PROBABILITY,
  /** A ratio of two quantities, for example pipeline coverage (2.5 means 2.5x). */
  RATIO,
  /** A whole, non-negative count. */
  COUNT,
  /** A duration in days (calendar or business, as the metric's description says). */
  DAYS,
  /** A duration in hours. */
  HOURS,
  /** A unitless score, for example a Brier score. */
  SCORE;

  /**
   * Whether values in this unit are money (and so carry a currency).
   *
   * @return true for {@link #MONEY} and {@link #MONEY_PER_DAY}
   */
  public boolean isMoney() {
    return this == MONEY || this == MONEY_PER_DAY;
  }
}
