package dev.revops.forecast.review;

/**
 * The steps of a pipeline waterfall between two states, for one close period: start + created +
 * pulled in + increased - decreased - pushed out - lost - won - removed = end.
 */
public enum WaterfallStep {
  /** A deal new since the previous state, open in the period (or created and won in it). */
  CREATED,
  /** A deal that was elsewhere (another period, no close date, closed, no amount) and now counts in the period. */
  PULLED_IN,
  /** A deal in the period in both states whose value went up (amount, or probability when weighted). */
  INCREASED,
  /** A deal in the period in both states whose value went down, or that lost its amount. */
  DECREASED,
  /** A deal that left the period for another one (or lost its close date), or was won in another period. */
  PUSHED_OUT,
  /** A deal in the period that was lost, at its value in the previous state. */
  LOST,
  /** A deal won with its closed date in the period, at its won amount. */
  WON,
  /** A deal in the period in the previous state that is absent from the latest (deleted, merged, or rejected). */
  REMOVED;

  /**
   * Whether the step adds to the period's pipeline.
   *
   * @return true for created, pulled in and increased
   */
  public boolean adds() {
    return this == CREATED || this == PULLED_IN || this == INCREASED;
  }
}
