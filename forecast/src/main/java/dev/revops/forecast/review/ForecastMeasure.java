package dev.revops.forecast.review;

/** Which forecast number is scored against what was won. */
public enum ForecastMeasure {
  /** Closed won so far plus the weighted pipeline: the expected value. */
  WEIGHTED,
  /** Commit + closed. */
  COMMIT,
  /** Most likely + commit + closed. */
  MOST_LIKELY,
  /** Best case + most likely + commit + closed. */
  BEST_CASE
}
