package dev.revops.core.lead;

/** Where a lead of an entry cohort stands on one conversion, by the cohort rule. */
public enum CohortOutcome {
  /** It reached the target step or a later one of its kind, within the window when there is one. */
  CONVERTED,
  /**
   * It will not convert: disqualified, its deal lost (for the won step), or its window ran out
   * without a conversion.
   */
  NOT_CONVERTED,
  /** Still open: neither converted nor ended, and its window (if any) has not run out. */
  UNRESOLVED
}
