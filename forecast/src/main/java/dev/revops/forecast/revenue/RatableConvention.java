package dev.revops.forecast.revenue;

/**
 * How a ratable obligation spreads its amount over its service period. Four follow Stripe's
 * amortization granularities (Revenue Recognition settings), two follow OCA's {@code
 * account_move_cutoff} cut-off methods, and one is ours.
 *
 * <p>For a service from 2022-06-15 12:00 to 2022-10-13 12:00 UTC (120 days) at USD 120.00, the
 * example Stripe publishes for its four granularities (its figures, reproduced exactly):
 * <pre>
 *                                Jun    Jul    Aug    Sep    Oct
 * EXACT_TIME                   15.50  31.00  31.00  30.00  12.50
 * WHOLE_DAYS                   16.00  31.00  31.00  30.00  12.00
 * MONTHLY_EVEN                 30.00  30.00  30.00  30.00      -
 * MONTHLY_PRORATED             15.50  30.66  30.66  30.68  12.50
 * MONTHLY_PRORATED_CUMULATIVE  15.50  30.67  30.66  30.67  12.50   (ours)
 * </pre>
 *
 * <p>For a service from 2023-01-08 to 2023-03-15 (dates inclusive) of 2258.06, the example OCA
 * documents for its two methods (its figures, reproduced exactly):
 * <pre>
 *                              Jan      Feb      Mar
 * MONTHLY_PRORATA_TEMPORIS  774.19  1000.00   483.87
 * MONTHLY_EQUAL             752.68   752.69   752.69
 * </pre>
 *
 * <p>Rounding: the conventions that place each month's amount first (MONTHLY_PRORATED,
 * MONTHLY_PRORATA_TEMPORIS, MONTHLY_EQUAL) round as their source does and recognize a month's
 * amount within the month by time (Stripe) or by whole days (OCA), rounded half-even; the others
 * recognize the amount x an exact share, rounded half-even once (see {@link RevenueSchedule}).
 */
public enum RatableConvention {
  /**
   * By elapsed time, to the nanosecond: the share of the service time that has passed (Stripe's
   * "by millisecond").
   */
  EXACT_TIME,
  /**
   * By whole days: every calendar day from the start's date to the day before the end's date
   * weighs the same, and counts from its first instant (Stripe's "by day": the last day is cut
   * off).
   */
  WHOLE_DAYS,
  /**
   * By month, evenly: the service is cut into months from its start (the last may be short), each
   * month gets an equal share, recognized when that month begins (Stripe's "by month evenly": the
   * last month is cut off).
   */
  MONTHLY_EVEN,
  /**
   * By calendar month, evenly, with the first and last month prorated (Stripe's "by month evenly,
   * first and last month prorated"): a partial first or last calendar month gets its share of the
   * service time, rounded half-even; the whole months between share what is left equally, each
   * truncated to the minor unit, and the last whole month takes the units left over. With no whole
   * month (two partial months) the last takes what the first leaves; within one calendar month,
   * everything falls in it.
   */
  MONTHLY_PRORATED,
  /**
   * The shares of {@link #MONTHLY_PRORATED}, rounded cumulatively instead: what is recognized by
   * any instant is the amount x its exact share, rounded half-even, so each cent falls where the
   * running total crosses it and no month is a cent from its share. Ours, not Stripe's.
   */
  MONTHLY_PRORATED_CUMULATIVE,
  /**
   * A price per month prorated by calendar days (OCA's {@code monthly_prorata_temporis}): every
   * calendar month the service touches weighs its days of service over its days (a whole month
   * weighs 1); each month gets the amount x its weight over the sum of the weights, rounded half
   * up (away from zero), except the first month, which takes what the others leave. As in OCA's
   * arithmetic, an amount under about half a minor unit per month leaves that first month below
   * zero (recognition then goes back in it).
   */
  MONTHLY_PRORATA_TEMPORIS,
  /**
   * The same amount for every calendar month the service touches, however few its days (OCA's
   * {@code equal}): the amount over the number of months, rounded half up (away from zero), the
   * first month taking what the others leave: below zero, as in OCA's arithmetic, when the amount
   * is under about half a minor unit per month (0.03 over six months: -0.02, then 0.01 a month).
   */
  MONTHLY_EQUAL
}
