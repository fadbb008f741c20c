package dev.revops.handoff.protocol;

/** How an SLA's time is counted. */
public enum SlaClock {
  /** Every hour counts. */
  CALENDAR,
  /** Only business hours count (see {@link dev.revops.core.period.WorkingHours}). */
  BUSINESS
}
