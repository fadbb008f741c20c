package dev.revops.core.lead;

/** What a lifecycle stage is for: a step of the funnel, the end of a lead, or neither. */
public enum LifecycleStageKind {
  /** A step of the funnel, in the definition's order (subscriber, lead, MQL, SQL...). */
  FUNNEL,
  /**
   * The lead ended without converting (disqualified, unqualified, closed not converted): it
   * resolves the lead's open conversions as not converted.
   */
  DISQUALIFIED,
  /** Outside the funnel (HubSpot's "Other": staff, suppliers): neither a step nor an end. */
  OUTSIDE
}
