package dev.revops.handoff.impact;

/** How a new protocol version changes a deal's way through the handoff gate. */
public enum GateChange {
  /** Its payload was complete and now is not: the deal would be stopped at the gate. */
  NEWLY_BLOCKED,
  /** Its payload was incomplete and now is complete. */
  NEWLY_CLEARED,
  /** Incomplete before and after, for other reasons. */
  PROBLEMS_CHANGED,
  /** Nothing changes: complete or incomplete for the same reasons. */
  UNCHANGED
}
