package dev.revops.handoff.lead;

/** Whether a lead's handoff followed its protocol, as of the as-of instant: exactly one of these. */
public enum HandoffAdherence {
  /**
   * Answered (accepted, or rejected with the reason the protocol asks for) within the SLA, with a
   * complete payload.
   */
  MET,
  /** Failed: payload incomplete, SLA missed (answered late, expired or overdue), or rejected without a reason. */
  NOT_MET,
  /** Sent and not answered yet, still within the SLA: not judged yet. */
  WAITING,
  /** The lead entered the step that triggers the handoff, and no handoff was sent. */
  NOT_SENT
}
