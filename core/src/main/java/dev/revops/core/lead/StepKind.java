package dev.revops.core.lead;

/** What reaching a funnel step means. */
public enum StepKind {
  /** Entering a lifecycle stage (its first entry). */
  LIFECYCLE_STAGE,
  /** Converting into a deal: the instant of the lead's {@link DealLink}. */
  DEAL_CREATED,
  /** The linked deal was won. */
  DEAL_WON
}
