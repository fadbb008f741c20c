package dev.revops.forecast.recurring;

import dev.revops.core.money.Rounding;
import java.math.MathContext;
import dev.revops.core.InvalidValueException;
import dev.revops.core.io.CsvRow;
import dev.revops.core.io.CsvRowImporter;
import dev.revops.core.io.ImportFormatException;
import dev.revops.core.io.ImportResult;
import dev.revops.core.money.Money;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a subscriptions export shaped like Stripe's Dashboard export (one row per subscription)
 * into {@link MrrLine}s, with the guarantees of every importer here: every row accepted or rejected
 * once, each rejection with its column, value and reason.
 *
 * <pre>
 * id,Customer ID,Customer Email,Product,Quantity,Currency,Interval,Interval Count,Amount,Status,Created (UTC),Start Date (UTC),Trial End (UTC),Current Period End (UTC),Canceled At (UTC),Cancel At Period End,Ended At (UTC),segment (metadata)
 * sub_1,cus_7,ops@acme.example,Gold,4,usd,year,1,500.00,active,2026-01-01 09:00,2026-01-01 09:00,,2027-01-01 09:00,,false,,SMB
 * </pre>
 *
 * <p>Columns, found by their Stripe names (any case); {@code id}, {@code Customer ID},
 * {@code Currency}, {@code Amount} and {@code Interval} are required:
 * <ul>
 *   <li>{@code Amount}: the price of one unit per interval, a plain decimal in major units
 *       ({@code 19.00}), at most the currency's decimals; {@code Quantity} (default 1) units;</li>
 *   <li>{@code Interval}: {@code day}, {@code week}, {@code month} or {@code year}, every
 *       {@code Interval Count} (default 1);</li>
 *   <li>{@code Product} (else {@code Plan}): the product, for grouping;</li>
 *   <li>{@code Start Date (UTC)} (else {@code Start (UTC)}, else {@code Created (UTC)}): when the
 *       subscription started; MRR starts at {@code Trial End (UTC)} when that is later (a trial is
 *       not revenue);</li>
 *   <li>the end: {@code Ended At (UTC)}; else, when {@code Canceled At (UTC)} is set, the
 *       {@code Current Period End (UTC)} if {@code Cancel At Period End} is true, else the
 *       cancellation instant; an {@code unpaid} subscription stops counting at its
 *       {@code Current Period Start (UTC)};</li>
 *   <li>{@code Status}: {@code active}, {@code past_due}, {@code trialing}, {@code canceled},
 *       {@code unpaid} are read; {@code incomplete}, {@code incomplete_expired} and {@code paused}
 *       subscriptions are rejected (no recurring revenue);</li>
 *   <li>every {@code <name> (metadata)} column is a customer attribute {@code <name>}
 *       ({@code segment (metadata)} is the segment).</li>
 * </ul>
 *
 * <p>The monthly amount (the named rule {@code per-interval}, as Stripe normalises MRR: "an annual
 * subscription for $1,200 only counts $100"): amount x quantity divided by the interval in months,
 * a year being 12 months, a week 12/52 of a month and a day 12/365 of a month, rounded half-even
 * to the minor unit once. A free subscription (amount 0) is rejected: it has no recurring revenue.
 *
 * <p>An export holds each subscription's current plan: a plan change inside one subscription is
 * not in it. Expansions and contractions show as subscriptions added and ended.
 */
public final class SubscriptionCsv {
  private static final List<String> REQUIRED = List.of("id", "Customer ID", "Currency", "Amount", "Interval");
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
  private static final String METADATA = " (metadata)";

  private SubscriptionCsv() {}

  /**
   * An importer of subscriptions, with the guarantees of {@link CsvRowImporter}.
   *
   * @return the importer
   */
  public static CsvRowImporter<MrrLine> importer() {
    return CsvRowImporter.of("subscriptions", REQUIRED, SubscriptionCsv::read);
  }

  /**
   * Reads a whole export.
   *
   * @param input the CSV
   * @return the lines, the report and the rejections
   * @throws IOException if reading fails
   * @throws ImportFormatException if the header lacks a required column
   */
  public static ImportResult<MrrLine> readAll(Reader input) throws IOException {
    return importer().readAll(input);
  }

  /**
   * The monthly amount of a price per interval.
   *
   * @param price the price of all units for one interval
   * @param interval {@code day}, {@code week}, {@code month} or {@code year}
   * @param count how many of them one interval is, at least 1
   * @return the monthly amount, half-even to the minor unit
   * @throws InvalidValueException if the interval is not one of those or the count is below 1
   */
  public static Money monthly(Money price, String interval, int count) {
    if (count < 1) {
      throw new InvalidValueException("Interval Count", count, "must be at least 1");
    }
    BigDecimal p = price.getAmount();
    BigDecimal perMonth = switch (interval.toLowerCase(Locale.ROOT)) {
      case "day" -> p.multiply(BigDecimal.valueOf(365)).divide(TWELVE.multiply(BigDecimal.valueOf(count)),
          MathContext.DECIMAL128);
      case "week" -> p.multiply(BigDecimal.valueOf(52)).divide(TWELVE.multiply(BigDecimal.valueOf(count)),
          MathContext.DECIMAL128);
      case "month" -> p.divide(BigDecimal.valueOf(count), MathContext.DECIMAL128);
      case "year" -> p.divide(TWELVE.multiply(BigDecimal.valueOf(count)), MathContext.DECIMAL128);
      default -> throw new InvalidValueException("Interval", interval, "must be day, week, month or year");
    };
    return Money.of(price.getCurrency(), perMonth, Rounding.MONEY);
  }

  /** The first of the names that is a column of the file. */
  private static Optional<String> column(CsvRow row, String... names) {
    return Arrays.stream(names).filter(row::has).findFirst();
  }

  private static MrrLine read(CsvRow row) {
    String amountColumn = "Amount";
    String intervalColumn = "Interval";
    String countColumn = "Interval Count";
    Optional<String> id = row.require("id");
    id.ifPresent(row::recordId);
    Optional<String> customer = row.require("Customer ID");
    Optional<String> currency = row.require("Currency").map(c -> c.toUpperCase(Locale.ROOT));
    Optional<BigDecimal> amount = row.require(amountColumn).isPresent() ? row.decimal(amountColumn) : Optional.empty();
    Optional<String> interval = row.require(intervalColumn);
    int count = whole(row, countColumn, "Interval Count");
    int quantity = whole(row, "Quantity", "Quantity");
    Optional<Instant> start = start(row);
    Optional<Instant> trialEnd = row.instant("Trial End (UTC)", ZoneOffset.UTC);
    Optional<Instant> end = end(row);
    if (row.hasProblems()) {
      return null;
    }
    java.util.Currency unit;
    try {
      unit = Money.currency(currency.get());
    } catch (InvalidValueException e) {
      row.problem("Currency", "is not an ISO 4217 currency code");
      return null;
    }
    Money price;
    try {
      price = Money.of(unit, amount.get());
    } catch (InvalidValueException e) {
      row.problem(amountColumn, "has more decimals than " + unit.getCurrencyCode() + " allows, or is out of range");
      return null;
    }
    if (!price.isPositive()) {
      row.problem(amountColumn, price.isZero() ? "is zero: a free subscription has no recurring revenue"
          : "must not be negative");
      return null;
    }
    Money monthly = monthly(price.multipliedBy(quantity), interval.get(), count);
    Instant from = trialEnd.filter(t -> t.isAfter(start.get())).orElse(start.get());
    if (end.isPresent() && !end.get().isAfter(from)) {
      row.problem(endColumn(row), "is not after the paid start " + from, "the subscription ended before it was paid "
          + "for (in its trial, or at once)");
      return null;
    }
    if (!monthly.isPositive()) {
      row.problem(amountColumn, "rounds to a zero monthly amount");
      return null;
    }
    MrrLine.Builder b = MrrLine.builder().id(id.get()).customer(customer.get()).monthly(monthly).start(from).end(end);
    column(row, "Product", "Plan").flatMap(row::get).ifPresent(b::product);
    for (String c : row.columns()) {
      if (c.toLowerCase(Locale.ROOT).endsWith(METADATA) && c.length() > METADATA.length()) {
        String name = c.substring(0, c.length() - METADATA.length()).strip();
        row.get(c).ifPresent(v -> b.putAttributes(name, v));
      }
    }
    return b.build();
  }

  private static int whole(CsvRow row, String column, String name) {
    if (row.get(column).isEmpty()) {
      return 1;
    }
    Optional<BigDecimal> n = row.decimal(column);
    if (n.isPresent() && (n.get().signum() <= 0 || n.get().stripTrailingZeros().scale() > 0
        || n.get().compareTo(BigDecimal.valueOf(1_000_000)) > 0)) {
      row.problem(column, "must be a whole number from 1 to 1000000 (" + name + ")");
      return 1;
    }
    return n.map(BigDecimal::intValue).orElse(1);
  }

  private static Optional<Instant> start(CsvRow row) {
    for (String c : List.of("Start Date (UTC)", "Start (UTC)", "Created (UTC)")) {
      if (row.get(c).isPresent()) {
        return row.instant(c, ZoneOffset.UTC);
      }
    }
    row.problem("Start Date (UTC)", "is required (or Start (UTC), or Created (UTC))");
    return Optional.empty();
  }

  /** The end instant by the status and the cancellation columns; problems recorded on the row. */
  private static Optional<Instant> end(CsvRow row) {
    String status = row.get("Status").map(s -> s.toLowerCase(Locale.ROOT)).orElse("active");
    switch (status) {
      case "incomplete", "incomplete_expired", "paused" -> {
        row.problem("Status", "is " + status + ": the subscription has no recurring revenue");
        return Optional.empty();
      }
      case "active", "past_due", "trialing", "canceled", "unpaid" -> { }
      default -> {
        row.problem("Status", "must be active, past_due, trialing, canceled, unpaid, incomplete, incomplete_expired "
            + "or paused");
        return Optional.empty();
      }
    }
    if (status.equals("trialing") && row.get("Trial End (UTC)").isEmpty()) {
      row.problem("Trial End (UTC)", "is required for a trialing subscription");
    }
    Optional<Instant> ended = row.instant("Ended At (UTC)", ZoneOffset.UTC);
    if (ended.isPresent()) {
      return ended;
    }
    if (status.equals("unpaid")) {
      Optional<Instant> since = row.instant("Current Period Start (UTC)", ZoneOffset.UTC);
      if (since.isEmpty() && !row.hasProblems()) {
        row.problem("Current Period Start (UTC)", "is required for an unpaid subscription (it stops counting then)");
      }
      return since;
    }
    Optional<Instant> canceled = row.instant("Canceled At (UTC)", ZoneOffset.UTC);
    if (canceled.isEmpty()) {
      if (status.equals("canceled") && !row.hasProblems()) {
        row.problem("Ended At (UTC)", "is required for a canceled subscription (or Canceled At (UTC))");
      }
      return Optional.empty();
    }
    String atPeriodEnd = row.get("Cancel At Period End").map(s -> s.toLowerCase(Locale.ROOT)).orElse("false");
    if (!atPeriodEnd.equals("true") && !atPeriodEnd.equals("false")) {
      row.problem("Cancel At Period End", "must be true or false");
      return Optional.empty();
    }
    if (atPeriodEnd.equals("true")) {
      Optional<Instant> periodEnd = row.instant("Current Period End (UTC)", ZoneOffset.UTC);
      return periodEnd.isPresent() ? periodEnd : canceled;
    }
    return canceled;
  }

  /** The column the end was read from, for a problem. */
  private static String endColumn(CsvRow row) {
    if (row.get("Ended At (UTC)").isPresent()) {
      return "Ended At (UTC)";
    }
    if (row.get("Status").map(s -> s.equalsIgnoreCase("unpaid")).orElse(false)) {
      return "Current Period Start (UTC)";
    }
    return row.get("Cancel At Period End").map(s -> s.equalsIgnoreCase("true")).orElse(false)
        && row.get("Current Period End (UTC)").isPresent() ? "Current Period End (UTC)" : "Canceled At (UTC)";
  }
}
