package dev.revops.core.lead;

/** How a funnel counts a lifecycle stage a lead skipped on its way to a later step. */
public enum SkippedStages {
  /** Only stages the lead recorded entering count as entered. */
  NOT_ENTERED,
  /**
   * Reaching a step counts as entering every earlier lifecycle step not entered yet, at the same
   * instant: a lead made an SQL straight from lead was, by then, marketing qualified.
   */
  PASSED_THROUGH
}
