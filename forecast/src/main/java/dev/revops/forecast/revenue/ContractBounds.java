package dev.revops.forecast.revenue;

import dev.revops.core.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The bounds every contract keeps, so that its schedule is computed in bounded time and memory
 * whatever the input: a contract outside them is invalid at construction (its importer rejects it
 * alone, naming the field, the value and the bound) and the other contracts are reconciled.
 *
 * <ul>
 *   <li>Dates from {@value #EARLIEST_DATE_TEXT} to {@value #LATEST_DATE_TEXT}; instants from a day
 *       before the first to a day after the last (the same days in any zone).</li>
 *   <li>A service period of at most {@value #MAX_SERVICE_YEARS} years (also after a term
 *       change).</li>
 *   <li>At most {@value #MAX_INVOICES} invoices in a billing plan, and no more periodic invoices
 *       than billing periods the service spans: its months from the first service start to the
 *       last service end (a part month counting whole) over the interval's, rounded up; a
 *       one-year service takes at most 12 monthly, 4 quarterly or 1 annual invoices, wherever the
 *       plan starts (bill longer terms with a custom plan).</li>
 *   <li>At most {@value #MAX_OBLIGATIONS} obligations (with those modifications add),
 *       {@value #MAX_CHANGES} changes (modifications and credit notes that concede price),
 *       {@value #MAX_CREDIT_NOTES} credit notes, {@value #MAX_PAYMENTS} payments and
 *       {@value #MAX_MILESTONES} milestones per obligation.</li>
 *   <li>Quantities up to {@value #MAX_QUANTITY_TEXT} and quantities and milestone shares with at
 *       most {@value #MAX_DECIMALS} decimals.</li>
 * </ul>
 *
 * <p>Within these bounds a contract has at most 3,600 monthly periods, and its schedule costs in
 * proportion to obligations x (periods + changes) plus invoices and payments: the worst contract
 * within bounds (the most obligations, each serving a century, the most changes, invoices and
 * payments) schedules in a few seconds and a few hundred megabytes at most (a test builds it).
 */
public final class ContractBounds {
  /** The first date a contract may use, as text. */
  public static final String EARLIEST_DATE_TEXT = "1900-01-01";
  /** The last date a contract may use, as text. */
  public static final String LATEST_DATE_TEXT = "2199-12-31";
  /** The first date a contract may use. */
  public static final LocalDate EARLIEST_DATE = LocalDate.parse(EARLIEST_DATE_TEXT);
  /** The last date a contract may use. */
  public static final LocalDate LATEST_DATE = LocalDate.parse(LATEST_DATE_TEXT);
  /** The longest service period, in years. */
  public static final int MAX_SERVICE_YEARS = 100;
  /** The most invoices a billing plan may issue (a century of monthly invoices). */
  public static final int MAX_INVOICES = 1_200;
  /** The most obligations a contract may have, with those its modifications add. */
  public static final int MAX_OBLIGATIONS = 200;
  /** The most changes a contract may have: modifications and credit notes with a treatment. */
  public static final int MAX_CHANGES = 100;
  /** The most credit notes a contract may have. */
  public static final int MAX_CREDIT_NOTES = 1_000;
  /** The most payments a contract may have. */
  public static final int MAX_PAYMENTS = 10_000;
  /** The most milestones an obligation may have. */
  public static final int MAX_MILESTONES = 100;
  /** The most decimals of a quantity or a milestone share. */
  public static final int MAX_DECIMALS = 12;
  /** The largest quantity, as text. */
  public static final String MAX_QUANTITY_TEXT = "1000000000000";
  /** The largest quantity. */
  public static final BigDecimal MAX_QUANTITY = new BigDecimal(MAX_QUANTITY_TEXT);

  private static final Instant EARLIEST_INSTANT = EARLIEST_DATE.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final Instant LATEST_INSTANT = LATEST_DATE.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();

  private ContractBounds() {}

  private static final String DATE_RULE = "must be from " + EARLIEST_DATE + " to " + LATEST_DATE + " (contract bounds)";
  private static final String INSTANT_RULE = "must be from " + EARLIEST_INSTANT + " to before " + LATEST_INSTANT
      + " (contract bounds)";

  /** Checks that a date is within the bounds. */
  static void date(Validation v, String field, LocalDate d) {
    v.check(!d.isBefore(EARLIEST_DATE) && !d.isAfter(LATEST_DATE), field, d, DATE_RULE);
  }

  /** Checks that an instant is within the bounds. */
  static void instant(Validation v, String field, Instant t) {
    v.check(!t.isBefore(EARLIEST_INSTANT) && t.isBefore(LATEST_INSTANT), field, t, INSTANT_RULE);
  }

  /** Whether an instant is within the bounds (for checks that would fail on one outside). */
  static boolean within(Instant t) {
    return !t.isBefore(EARLIEST_INSTANT) && t.isBefore(LATEST_INSTANT);
  }

  /** The latest end a service starting at {@code start} may have. */
  static Instant latestEnd(Instant start) {
    return start.atOffset(ZoneOffset.UTC).plusYears(MAX_SERVICE_YEARS).toInstant();
  }

  /**
   * How many billing periods of an interval a contract's service needs: the months from its first
   * start to its last end (a part month counting whole, in UTC) over the interval's months, rounded
   * up; at least one.
   */
  static int periodsSpanned(Instant firstStart, Instant lastEnd, BillingInterval interval) {
    java.time.LocalDateTime from = java.time.LocalDateTime.ofInstant(firstStart, ZoneOffset.UTC);
    java.time.LocalDateTime to = java.time.LocalDateTime.ofInstant(lastEnd, ZoneOffset.UTC);
    long months = java.time.temporal.ChronoUnit.MONTHS.between(from, to);
    if (from.plusMonths(months).isBefore(to)) {
      months++;
    }
    return (int) Math.max(1, (months + interval.months() - 1) / interval.months());
  }

  /** Checks a count against its bound. */
  static void count(Validation v, String field, int count, int max, String what) {
    if (count > max) {
      v.check(false, field, count, "must hold at most " + max + " " + what + " (contract bounds)");
    }
  }

  /** Checks a decimal's precision. */
  static void decimals(Validation v, String field, BigDecimal d) {
    if (d.scale() > MAX_DECIMALS) {
      v.check(false, field, text(d), "must have at most " + MAX_DECIMALS + " decimals (contract bounds)");
    }
  }

  /**
   * A decimal as text for a message: plain, unless that would be long (1E+999999999 has a billion
   * digits written plainly), then in scientific notation.
   */
  static String text(BigDecimal d) {
    return Math.abs((long) d.scale()) > 40 || d.precision() > 40 ? d.toString() : d.toPlainString();
  }
}
