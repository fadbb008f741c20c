package dev.revops.handoff.maturity;

/**
 * The stages of handoff maturity, lowest first. A stage is reached when its rules and the rules of
 * every stage below it hold.
 *
 * <pre>{@code
 * MaturityStage.SYSTEMATIC.compareTo(MaturityStage.DOCUMENTED) > 0   // true
 * }</pre>
 */
public enum MaturityStage {
  /** Handoffs happen the way each person learned them: no written protocol. */
  TRIBAL,
  /** A protocol says what is handed over (payload fields) and how fast it is answered (an SLA). */
  DOCUMENTED,
  /**
   * Enough handoffs are measured, meet the payload and SLA thresholds, and a stage gate refuses to
   * move a deal while the payload is incomplete.
   */
  SYSTEMATIC,
  /** Systematic, and the link to a downstream outcome is measured and shows a difference. */
  OPTIMIZED
}
