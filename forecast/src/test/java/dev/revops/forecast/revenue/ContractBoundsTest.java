package dev.revops.forecast.revenue;

import static dev.revops.forecast.revenue.Contracts.at;
import static dev.revops.forecast.revenue.Contracts.contract;
import static dev.revops.forecast.revenue.Contracts.date;
import static dev.revops.forecast.revenue.Contracts.days;
import static dev.revops.forecast.revenue.Contracts.line;
import static dev.revops.forecast.revenue.Contracts.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.io.ImportResult;
import dev.revops.core.io.JsonRecordImporter;
import dev.revops.core.io.Rejection;
import dev.revops.core.json.RevopsJson;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A contract outside the {@link ContractBounds} is refused alone, with a message naming the field,
 * the value and the bound; within them, the worst contract schedules in bounded time.
 */
class ContractBoundsTest {
  static final RecognitionPattern EXACT = RecognitionPattern.ratable(RatableConvention.EXACT_TIME);

  static String refusal(Runnable build) {
    return assertThrows(InvalidValueException.class, build::run).getMessage();
  }

  @Test
  void a_service_longer_than_a_century_is_refused() {
    assertEquals("service period: end '2126-01-01T00:00:01Z' must be at most 100 years after the start (contract "
        + "bounds) (start is 2026-01-01T00:00:00Z)", refusal(() -> ServicePeriod.of(at("2026-01-01T00:00:00Z"),
            at("2126-01-01T00:00:01Z"))));
    ServicePeriod.of(at("2026-01-01T00:00:00Z"), at("2126-01-01T00:00:00Z"));   // exactly a century is fine
  }

  @Test
  void an_end_in_9999_and_a_start_before_1900_are_refused() {
    String end9999 = refusal(() -> days("2026-01-01", "9999-12-31"));
    assertTrue(end9999.startsWith("service period: end '+10000-01-01T00:00:00Z' must be from 1899-12-31T00:00:00Z to "
        + "before 2200-01-02T00:00:00Z (contract bounds)"), end9999);
    assertTrue(refusal(() -> days("1700-01-01", "1701-12-31")).startsWith(
        "service period: start '1700-01-01T00:00:00Z' must be from 1899-12-31T00:00:00Z"));
    assertTrue(refusal(() -> contract("OLD", usd("1.00"), "1899-12-31", BillingPlan.upFront(date("1900-01-01")),
        line("L", usd("1.00"), days("1900-01-01", "1900-01-31"), EXACT)).build()).startsWith(
        "contract OLD: bookingDate '1899-12-31' must be from 1900-01-01 to 2199-12-31 (contract bounds)"));
    assertTrue(refusal(() -> BillingPlan.upFront(date("9999-12-31"))).startsWith(
        "billing plan: start '9999-12-31' must be from 1900-01-01 to 2199-12-31 (contract bounds)"));
  }

  @Test
  void a_billing_count_beyond_the_service_is_refused_and_huge_counts_never_reach_the_calendar() {
    PerformanceObligation year = line("L", usd("1200.00"), days("2026-01-01", "2026-12-31"), EXACT);
    assertEquals("billing plan: count '2000000000' must hold at most 1200 invoices (contract bounds)",
        refusal(() -> BillingPlan.periodic(date("2026-01-01"), BillingInterval.MONTHLY, 2_000_000_000,
            BillingTiming.IN_ADVANCE)));
    assertEquals("contract B: billing.count '13' must not bill beyond the service: it spans 12 monthly billing periods "
        + "from 2026-01-01T00:00:00Z to 2027-01-01T00:00:00Z (contract bounds; bill longer terms with a custom plan)",
        refusal(() -> contract("B", usd("1200.00"), "2026-01-01", BillingPlan.periodic(date("2026-01-01"),
            BillingInterval.MONTHLY, 13, BillingTiming.IN_ADVANCE), year).build()));
    // twelve monthly, four quarterly or one annual invoice, wherever the plan starts, are fine
    contract("B", usd("1200.00"), "2026-01-01", BillingPlan.periodic(date("2026-02-01"), BillingInterval.MONTHLY, 12,
        BillingTiming.IN_ARREARS), year).build();
    contract("B", usd("1200.00"), "2026-01-01", BillingPlan.periodic(date("2026-01-01"), BillingInterval.QUARTERLY, 4,
        BillingTiming.IN_ADVANCE), year).build();
    assertTrue(refusal(() -> contract("B", usd("1200.00"), "2026-01-01", BillingPlan.periodic(date("2026-01-01"),
        BillingInterval.ANNUAL, 2, BillingTiming.IN_ADVANCE), year).build()).contains("it spans 1 annual billing period"));
  }

  @Test
  void a_term_change_past_a_century_is_refused() {
    PerformanceObligation year = line("L", usd("100.00"), days("2026-01-01", "2026-12-31"), EXACT);
    ContractModification forever = ContractModification.builder().id("M").effective(at("2026-06-01T00:00:00Z"))
        .kind(ContractModification.Kind.TERM_CHANGE).treatment(Treatment.PROSPECTIVE).obligationId("L")
        .serviceEnd(at("2190-01-01T00:00:00Z")).build();
    assertEquals("contract T: modifications.M.serviceEnd '2190-01-01T00:00:00Z' must be at most 100 years after the "
        + "service start (contract bounds) (start is 2026-01-01T00:00:00Z)",
        refusal(() -> contract("T", usd("100.00"), "2026-01-01", year).addModifications(forever).build()));
  }

  @Test
  void too_many_milestones_and_too_precise_shares_or_quantities_are_refused() {
    List<Milestone> many = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      many.add(Milestone.of("M" + i, at("2026-01-02T00:00:00Z").plusSeconds(i), new BigDecimal("0.01")));
    }
    assertTrue(refusal(() -> RecognitionPattern.milestones(many)).startsWith(
        "recognition pattern: milestones '101' must hold at most 100 milestones (contract bounds)"));
    assertEquals("recognition pattern: milestones.M.share '1E-999999999' must have at most 12 decimals (contract "
        + "bounds)", refusal(() -> RecognitionPattern.milestones(List.of(Milestone.of("M", at("2026-01-02T00:00:00Z"),
            new BigDecimal("1E-999999999"))))));
    assertEquals("performance obligation L: quantity '1E+999999999' must be at most 1000000000000 (contract bounds)",
        refusal(() -> PerformanceObligation.builder().id("L").standaloneSellingPrice(usd("1.00"))
            .quantity(new BigDecimal("1E+999999999")).service(days("2026-01-01", "2026-01-31")).pattern(EXACT).build()));
  }

  @Test
  void too_many_changes_are_refused() {
    Contract.Builder b = contract("X", usd("100.00"), "2026-01-01", line("L", usd("100.00"),
        days("2026-01-01", "2026-12-31"), EXACT));
    for (int i = 0; i < 101; i++) {
      b.addModifications(ContractModification.builder().id("M" + i).effective(at("2026-02-01T00:00:00Z").plusSeconds(i))
          .kind(ContractModification.Kind.PRICE_CHANGE).treatment(Treatment.PROSPECTIVE).priceChange(usd("0.01")).build());
    }
    assertEquals("contract X: modifications '101' must hold at most 100 changes: modifications and credit notes with a "
        + "treatment (contract bounds)", refusal(b::build));
  }

  @Test
  void an_importer_rejects_the_out_of_bounds_contract_alone() throws IOException {
    String header = "contract_id,customer,currency,booking_date,transaction_price,deal_id,billing,billing_start,"
        + "billing_count,line_id,description,ssp,quantity,service_start,service_end,end_inclusive,recognition\n";
    String csv = header
        + "G1,Acme,USD,2026-01-01,1200.00,,monthly-advance,,12,L1,,1200.00,1,2026-01-01,2026-12-31,true,monthly-even\n"
        + "B1,Acme,USD,2026-01-01,1200.00,,monthly-advance,,2000000000,L1,,1200.00,1,2026-01-01,2026-12-31,true,"
        + "monthly-even\n"
        + "B2,Acme,USD,2026-01-01,1200.00,,up-front,,,L1,,1200.00,1,2026-01-01,9999-12-31,true,monthly-even\n"
        + "B3,Acme,USD,2026-01-01,1200.00,,up-front,,,L1,,1200.00,1,1901-01-01,2150-12-31,true,exact-time\n"
        + "B4,Acme,USD,2026-01-01,1200.00,,monthly-advance,,24,L1,,1200.00,1,2026-01-01,2026-12-31,true,monthly-even\n"
        + "G2,Acme,USD,2026-01-01,100.00,,up-front,,,L1,,100.00,1,2026-01-01,2026-01-31,true,exact-time\n";
    ImportResult<Contract> r = ContractCsv.readAll(new StringReader(csv), ZoneOffset.UTC);
    assertEquals(List.of("G1", "G2"), r.accepted().stream().map(Contract::id).toList());
    List<String> rejected = r.rejected().stream().map(Rejection::toString).toList();
    assertEquals(4, rejected.size(), rejected.toString());
    assertTrue(rejected.get(0).contains("billing_count '2000000000' must be a whole number of invoices from 1 to 1200"),
        rejected.get(0));
    assertTrue(rejected.get(1).contains("service_end '9999-12-31'") && rejected.get(1).contains("contract bounds"),
        rejected.get(1));
    assertTrue(rejected.get(2).contains("at most 100 years after the start"), rejected.get(2));
    assertTrue(rejected.get(3).contains("billing_count '24' must not bill beyond the service"), rejected.get(3));
    r.accepted().forEach(c -> RevenueSchedule.of(c, Contracts.months()));

    // the same in JSON: the bad contract is one rejected element, the others are read
    String good = RevopsJson.mapper().writeValueAsString(r.accepted().get(1));
    String bad = good.replace("\"G2\"", "\"B9\"").replace("2026-02-01T00:00:00Z", "9999-02-01T00:00:00Z");
    ImportResult<Contract> j = JsonRecordImporter.of("contracts", "contract", Contract.class, Contract::id)
        .readAll(new StringReader("[" + bad + "," + good + "]"));
    assertEquals(List.of("G2"), j.accepted().stream().map(Contract::id).toList());
    assertTrue(j.rejected().get(0).toString().contains("contract bounds"), j.rejected().get(0).toString());
  }

  /**
   * The worst contract within bounds: the most obligations, each on a century of service under a
   * different convention, the most changes, a century of monthly invoices and the most payments.
   * Its schedule must come back: the test measures it and the README quotes the figure; no timing
   * is asserted beyond a generous ceiling that only a runaway computation would reach.
   */
  @Test
  void the_worst_contract_within_bounds_schedules_in_bounded_time() {
    Contract worst = worstWithinBounds();
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long t0 = System.nanoTime();
    long cpu0 = threads.getCurrentThreadCpuTime();
    ContractSchedule s = RevenueSchedule.of(worst, Contracts.months());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("worst contract within bounds: " + s.periods().size() + " periods, " + s.entries().size()
        + " entries, scheduled in " + ms + " ms (" + (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000
        + " ms of CPU)");
    assertEquals(s.finalPrice(), s.periods().get(s.periods().size() - 1).recognizedToDate());
    assertTrue(ms < 120_000, "scheduling took " + ms + " ms");
  }

  static Contract worstWithinBounds() {
    return worstWithinBounds(ContractBounds.MAX_CHANGES);
  }

  static Contract worstWithinBounds(int changes) {
    RatableConvention[] conventions = RatableConvention.values();
    Instant start = at("2000-01-15T12:00:00Z");
    Instant end = at("2100-01-15T12:00:00Z");
    Contract.Builder b = Contract.builder().id("WORST").customer("Acme").currency(usd("1").getCurrency())
        .bookingDate(date("2000-01-01")).transactionPrice(usd("1000000000.00"))
        .billing(BillingPlan.periodic(date("2000-01-01"), BillingInterval.MONTHLY, ContractBounds.MAX_INVOICES,
            BillingTiming.IN_ADVANCE));
    for (int i = 0; i < ContractBounds.MAX_OBLIGATIONS; i++) {
      RecognitionPattern p = i % 9 == 7 ? RecognitionPattern.pointInTime(start.plusSeconds(86_400L * i))
          : i % 9 == 8 ? RecognitionPattern.milestones(milestones(start)) : RecognitionPattern.ratable(conventions[i % 7]);
      b.addObligations(PerformanceObligation.builder().id("L" + i).standaloneSellingPrice(usd("1000.00"))
          .quantity(BigDecimal.valueOf(i + 1)).service(ServicePeriod.of(start, end)).pattern(p).build());
    }
    for (int i = 0; i < changes; i++) {
      Instant at = start.plusSeconds(86_400L * 360 * (i + 1) - 86_400L * 7 * i);
      b.addModifications(ContractModification.builder().id("M" + i).effective(at)
          .kind(ContractModification.Kind.PRICE_CHANGE).treatment(i % 2 == 0 ? Treatment.PROSPECTIVE
              : Treatment.CUMULATIVE_CATCH_UP).priceChange(usd("1000.00")).build());
    }
    for (int i = 0; i < ContractBounds.MAX_PAYMENTS; i++) {
      b.addPayments(Payment.builder().id("P" + i).date(date("2000-02-01").plusDays(i * 3L)).amount(usd("1.00")).build());
    }
    return b.build();
  }

  static List<Milestone> milestones(Instant start) {
    List<Milestone> ms = new ArrayList<>();
    for (int k = 0; k < ContractBounds.MAX_MILESTONES; k++) {
      ms.add(Milestone.of("m" + k, start.plusSeconds(86_400L * 365 * k), new BigDecimal("0.01")));
    }
    return ms;
  }
}
