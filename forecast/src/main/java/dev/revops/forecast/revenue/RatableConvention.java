package dev.revops.forecast.revenue;

/**
 * How a ratable obligation spreads its amount over its service period. Each convention says what
 * share of the amount is recognized by any instant; amounts are then rounded cumulatively (see
 * {@link RevenueSchedule}).
 *
 * <p>For a service from 2022-06-15 12:00 to 2022-10-13 12:00 UTC (120 days) at USD 120.00:
 * <pre>
 *                     Jun    Jul    Aug    Sep    Oct
 * EXACT_TIME        15.50  31.00  31.00  30.00  12.50
 * WHOLE_DAYS        16.00  31.00  31.00  30.00  12.00
 * MONTHLY_EVEN      30.00  30.00  30.00  30.00      -
 * MONTHLY_PRORATED  15.50  30.67  30.66  30.67  12.50
 * </pre>
 */
public enum RatableConvention {
  /** By elapsed time, to the second: the share of the service time that has passed. */
  EXACT_TIME,
  /**
   * By whole days: every calendar day from the start's date to the day before the end's date
   * weighs the same, and counts from its first instant.
   */
  WHOLE_DAYS,
  /**
   * By month, evenly: the service is cut into months from its start (the last may be short), each
   * month gets an equal share, recognized when that month begins.
   */
  MONTHLY_EVEN,
  /**
   * By calendar month, evenly, with the first and last month prorated: a partial first or last
   * calendar month gets its share of the service time, and the whole months between share the
   * rest equally, each recognized as its month passes.
   */
  MONTHLY_PRORATED
}
