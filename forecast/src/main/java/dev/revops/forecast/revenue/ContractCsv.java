package dev.revops.forecast.revenue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.io.CsvGroupImporter;
import dev.revops.core.io.CsvRow;
import dev.revops.core.io.ImportResult;
import dev.revops.core.money.Money;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads contracts from a CSV with one row per performance obligation; the rows of a contract are
 * consecutive and repeat its columns.
 *
 * <pre>
 * contract_id,customer,currency,booking_date,transaction_price,deal_id,billing,billing_start,billing_count,line_id,description,ssp,quantity,service_start,service_end,end_inclusive,recognition
 * C-1,Acme,USD,2026-01-15,30000.00,D00042,annual-advance,,1,L1,Platform,24000.00,1,2026-01-15,2027-01-14,true,whole-days
 * C-1,Acme,USD,2026-01-15,30000.00,D00042,annual-advance,,1,L2,Onboarding,8000.00,1,2026-02-01,2026-02-01,true,point-in-time
 * </pre>
 *
 * <ul>
 *   <li>{@code billing}: {@code up-front}, or {@code monthly}, {@code quarterly} or {@code annual}
 *       followed by {@code -advance} or {@code -arrears} (with {@code billing_count} invoices);
 *       {@code billing_start} defaults to the booking date;</li>
 *   <li>{@code recognition}: {@code point-in-time}, or a {@link RatableConvention}: {@code exact-time},
 *       {@code whole-days}, {@code monthly-even}, {@code monthly-prorated} (Stripe's placement),
 *       {@code monthly-prorated-cumulative}, {@code monthly-prorata-temporis} or
 *       {@code monthly-equal} (OCA's two cut-off methods);</li>
 *   <li>{@code price_per} (optional column): {@code unit} (the default) or {@code month}: {@code ssp}
 *       is then a recurring price per calendar month, partial months prorated by calendar days in
 *       the zone given ({@link PerformanceObligation#pricedPerMonth()});</li>
 *   <li>{@code end_inclusive} (default true) says whether {@code service_end} is a day of service;
 *       dates start at midnight in the zone given;</li>
 *   <li>{@code deal_id}, {@code description}, {@code quantity} (default 1), {@code billing_start}
 *       and {@code billing_count} may be left empty.</li>
 * </ul>
 * Milestones, modifications, credit notes and payments are written in JSON (see {@link Contract}).
 */
public final class ContractCsv {
  private static final List<String> REQUIRED = List.of("contract_id", "customer", "currency", "booking_date",
      "transaction_price", "billing", "line_id", "ssp", "service_start", "service_end", "recognition");

  /** The file's column for a contract field a rule names. */
  private static final Map<String, String> COLUMNS = Map.of("billing.count", "billing_count",
      "bookingDate", "booking_date", "transactionPrice", "transaction_price");

  private ContractCsv() {}

  /** One row: the contract's columns as written there, and the obligation. */
  private record Row(String customer, String currency, LocalDate booked, BigDecimal price, Optional<String> dealId,
      BillingPlan billing, PerformanceObligation obligation) {}

  /**
   * An importer of contracts, with the guarantees of {@link CsvGroupImporter}.
   *
   * @param zone the zone service dates start in
   * @return the importer
   */
  public static CsvGroupImporter<?, Contract> importer(ZoneId zone) {
    return CsvGroupImporter.<Row, Contract>of("contracts", "contract", REQUIRED, "contract_id", row -> read(row, zone),
        ContractCsv::assemble);
  }

  /**
   * Reads a whole file of contracts.
   *
   * @param input the CSV
   * @param zone the zone service dates start in
   * @return the contracts, the report and the rejections
   * @throws IOException if reading fails
   */
  public static ImportResult<Contract> readAll(Reader input, ZoneId zone) throws IOException {
    return importer(zone).readAll(input);
  }

  private static Row read(CsvRow row, ZoneId zone) {
    Optional<String> customer = row.require("customer");
    Optional<String> currency = row.require("currency").flatMap(c -> row.currency("currency"))
        .map(Currency::getCurrencyCode);
    Optional<LocalDate> booked = row.require("booking_date").isPresent() ? row.date("booking_date") : Optional.empty();
    Optional<BigDecimal> price = row.require("transaction_price").isPresent() ? row.decimal("transaction_price")
        : Optional.empty();
    Optional<BigDecimal> ssp = row.require("ssp").isPresent() ? row.decimal("ssp") : Optional.empty();
    Optional<BigDecimal> quantity = row.decimal("quantity");
    Optional<LocalDate> start = row.require("service_start").isPresent() ? row.date("service_start") : Optional.empty();
    Optional<LocalDate> end = row.require("service_end").isPresent() ? row.date("service_end") : Optional.empty();
    Optional<LocalDate> billingStart = row.date("billing_start");
    Optional<BigDecimal> billingCount = row.decimal("billing_count");
    Optional<String> lineId = row.require("line_id");
    Optional<String> billing = row.require("billing");
    Optional<String> recognition = row.require("recognition");
    boolean perMonth = pricedPerMonth(row);
    boolean inclusive = !row.get("end_inclusive").map(v -> v.equalsIgnoreCase("false") || v.equals("0"))
        .orElse(false);
    RecognitionPattern pattern = recognition.map(r -> pattern(row, r)).orElse(null);
    if (row.hasProblems()) {
      return null;
    }
    BillingPlan plan;
    ServicePeriod service;
    try {
      plan = plan(row, billing.get(), billingStart.orElse(booked.get()), billingCount);
      service = ServicePeriod.ofDates(start.get(), end.get(), inclusive, zone);
    } catch (InvalidValueException e) {
      // a bound or rule of the plan or the service: reported on the file's column, with its cell
      String startColumn = billingStart.isPresent() ? "billing_start" : "booking_date";
      for (InvalidValueException.Violation v : e.violations()) {
        String column = e.getMessage().startsWith("billing plan") ? startColumn
            : v.field().equals("start") ? "service_start" : "service_end";
        if (v.detail().isEmpty()) {
          row.problem(column, v.rule());
        } else {
          row.problem(column, v.rule(), v.detail());
        }
      }
      return null;
    }
    if (plan == null) {
      return null;
    }
    Money unit = Money.of(Money.currency(currency.get()), ssp.get());
    PerformanceObligation o = PerformanceObligation.builder().id(lineId.get()).description(row.get("description"))
        .standaloneSellingPrice(unit).quantity(quantity.orElse(BigDecimal.ONE))
        .pricedPerMonth(perMonth ? Optional.of(zone) : Optional.empty()).service(service).pattern(pattern).build();
    return new Row(customer.get(), currency.get(), booked.get(), price.get(), row.get("deal_id"), plan, o);
  }

  private static final String RECOGNITIONS = "point-in-time, exact-time, whole-days, monthly-even, monthly-prorated, "
      + "monthly-prorated-cumulative, monthly-prorata-temporis or monthly-equal";

  private static RecognitionPattern pattern(CsvRow row, String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.equals("point-in-time")) {
      return RecognitionPattern.pointInTime();
    }
    for (RatableConvention c : RatableConvention.values()) {
      if (c.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(n)) {
        return RecognitionPattern.ratable(c);
      }
    }
    row.problem("recognition", "must be " + RECOGNITIONS);
    return null;
  }

  private static boolean pricedPerMonth(CsvRow row) {
    String per = row.get("price_per").map(v -> v.toLowerCase(Locale.ROOT)).orElse("unit");
    if (!per.equals("unit") && !per.equals("month")) {
      row.problem("price_per", "must be unit or month");
    }
    return per.equals("month");
  }

  private static BillingPlan plan(CsvRow row, String name, LocalDate start, Optional<BigDecimal> count) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.equals("up-front")) {
      return BillingPlan.upFront(start);
    }
    String[] parts = n.split("-");
    BillingInterval interval = null;
    BillingTiming timing = null;
    if (parts.length == 2) {
      interval = switch (parts[0]) {
        case "monthly" -> BillingInterval.MONTHLY;
        case "quarterly" -> BillingInterval.QUARTERLY;
        case "annual" -> BillingInterval.ANNUAL;
        default -> null;
      };
      timing = switch (parts[1]) {
        case "advance" -> BillingTiming.IN_ADVANCE;
        case "arrears" -> BillingTiming.IN_ARREARS;
        default -> null;
      };
    }
    if (interval == null || timing == null) {
      row.problem("billing", "must be up-front or monthly, quarterly or annual followed by -advance or -arrears");
      return null;
    }
    if (count.isEmpty() || count.get().signum() <= 0 || count.get().stripTrailingZeros().scale() > 0
        || count.get().compareTo(BigDecimal.valueOf(ContractBounds.MAX_INVOICES)) > 0) {
      row.problem("billing_count", "must be a whole number of invoices from 1 to " + ContractBounds.MAX_INVOICES
          + " for a periodic plan (contract bounds)");
      return null;
    }
    return BillingPlan.periodic(start, interval, count.get().intValueExact(), timing);
  }

  private static Contract assemble(String id, List<Row> rows) {
    Row first = rows.get(0);
    for (Row r : rows) {
      if (!r.customer().equals(first.customer()) || !r.currency().equals(first.currency())
          || !r.booked().equals(first.booked()) || r.price().compareTo(first.price()) != 0
          || !r.dealId().equals(first.dealId()) || !r.billing().equals(first.billing())) {
        throw new InvalidValueException("contract " + id, List.of(new InvalidValueException.Violation("contract_id", id,
            "must have the same customer, currency, booking date, price, deal and billing on every row")));
      }
    }
    try {
      return Contract.builder().id(id).customer(first.customer()).currency(Money.currency(first.currency()))
          .bookingDate(first.booked()).transactionPrice(Money.of(first.currency(), first.price()))
          .addAllObligations(rows.stream().map(Row::obligation).toList()).billing(first.billing())
          .dealId(first.dealId()).build();
    } catch (InvalidValueException e) {
      // the contract's own rules, on the file's columns where there is one
      throw new InvalidValueException("contract " + id, e.violations().stream().map(v -> new InvalidValueException
          .Violation(COLUMNS.getOrDefault(v.field(), v.field()), v.value(), v.rule(), v.detail())).toList());
    }
  }
}
