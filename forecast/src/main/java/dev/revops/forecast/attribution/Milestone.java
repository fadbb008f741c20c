package dev.revops.forecast.attribution;

/**
 * A position in a journey that a position-based model may weigh.
 *
 * <p>Each names one touch of a deal's eligible touches (those at or before the conversion):
 * {@code FIRST_TOUCH} the earliest, {@code LAST_TOUCH} the latest, {@code LEAD_CREATION} the
 * latest touch at or before the lead was created, {@code OPPORTUNITY_CREATION} the latest touch at
 * or before the opportunity was created. A milestone whose instant is unknown, or before every
 * touch, names no touch. Example: {@code Milestone.LEAD_CREATION}.
 */
public enum Milestone {
  /** The earliest eligible touch. */
  FIRST_TOUCH,
  /** The latest eligible touch at or before lead creation. */
  LEAD_CREATION,
  /** The latest eligible touch at or before opportunity creation. */
  OPPORTUNITY_CREATION,
  /** The latest eligible touch (at or before closed won, or the as-of for an open deal). */
  LAST_TOUCH
}
