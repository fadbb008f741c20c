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
 *   <li>{@code recognition}: {@code point-in-time}, {@code exact-time}, {@code whole-days},
 *       {@code monthly-even} or {@code monthly-prorated};</li>
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
    boolean inclusive = !row.get("end_inclusive").map(v -> v.equalsIgnoreCase("false") || v.equals("0"))
        .orElse(false);
    RecognitionPattern pattern = recognition.map(r -> pattern(row, r)).orElse(null);
    if (row.hasProblems()) {
      return null;
    }
    BillingPlan plan = plan(row, billing.get(), billingStart.orElse(booked.get()), billingCount);
    if (plan == null) {
      return null;
    }
    Money unit = Money.of(Money.currency(currency.get()), ssp.get());
    PerformanceObligation o = PerformanceObligation.builder().id(lineId.get()).description(row.get("description"))
        .standaloneSellingPrice(unit).quantity(quantity.orElse(BigDecimal.ONE))
        .service(ServicePeriod.ofDates(start.get(), end.get(), inclusive, zone)).pattern(pattern).build();
    return new Row(customer.get(), currency.get(), booked.get(), price.get(), row.get("deal_id"), plan, o);
  }

  private static RecognitionPattern pattern(CsvRow row, String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "point-in-time":
        return RecognitionPattern.pointInTime();
      case "exact-time":
        return RecognitionPattern.ratable(RatableConvention.EXACT_TIME);
      case "whole-days":
        return RecognitionPattern.ratable(RatableConvention.WHOLE_DAYS);
      case "monthly-even":
        return RecognitionPattern.ratable(RatableConvention.MONTHLY_EVEN);
      case "monthly-prorated":
        return RecognitionPattern.ratable(RatableConvention.MONTHLY_PRORATED);
      default:
        row.problem("recognition", "must be point-in-time, exact-time, whole-days, monthly-even or monthly-prorated");
        return null;
    }
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
    if (count.isEmpty() || count.get().signum() <= 0 || count.get().stripTrailingZeros().scale() > 0) {
      row.problem("billing_count", "must be a whole number of invoices for a periodic plan");
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
    return Contract.builder().id(id).customer(first.customer()).currency(Money.currency(first.currency()))
        .bookingDate(first.booked()).transactionPrice(Money.of(first.currency(), first.price()))
        .addAllObligations(rows.stream().map(Row::obligation).toList()).billing(first.billing())
        .dealId(first.dealId()).build();
  }
}
