package dev.revops.handoff;

/** How a handoff ended. */
public enum OutcomeKind {
  /** The receiver took it. */
  ACCEPTED,
  /** The receiver sent it back (with a reason, when the protocol asks for one). */
  REJECTED,
  /** Nobody answered and it was closed as expired. */
  EXPIRED
}
