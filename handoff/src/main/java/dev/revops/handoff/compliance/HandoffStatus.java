package dev.revops.handoff.compliance;

/** Where a handoff stands at the as-of instant: exactly one of these. */
public enum HandoffStatus {
  /** Accepted by the receiver. */
  ACCEPTED,
  /** Rejected by the receiver. */
  REJECTED,
  /** Closed as expired. */
  EXPIRED,
  /** No answer yet, still within the SLA. */
  WAITING,
  /** No answer yet, past the SLA's deadline. */
  OVERDUE
}
