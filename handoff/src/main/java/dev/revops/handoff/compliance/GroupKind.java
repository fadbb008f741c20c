package dev.revops.handoff.compliance;

/** How a compliance row groups handoffs. */
public enum GroupKind {
  /** All handoffs counted: one row. */
  TOTAL,
  /** By protocol. */
  PROTOCOL,
  /** By sender and receiver team: {@code "sales -> finance"}. */
  TEAMS,
  /** By the team that hands over. */
  SENDER,
  /** By the team that receives: how well it answers. */
  RECEIVER,
  /** By the period the handoff was sent in. */
  PERIOD
}
