package dev.revops.forecast.revenue;

import static dev.revops.forecast.revenue.Contracts.contract;
import static dev.revops.forecast.revenue.Contracts.days;
import static dev.revops.forecast.revenue.Contracts.line;
import static dev.revops.forecast.revenue.Contracts.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.metric.Provenance;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every revenue report cites its definition, the scope's as-of and what it counted and left out. */
class RevenueProvenanceTest {
  static final RevenueOptions MONTHS = Contracts.months();

  /** A (1,200 over 2026, billed 300 a quarter in advance), B (600 booked 20 January, billed up front), LATE (booked in February). */
  static List<ContractSchedule> schedules() {
    Contract late = contract("LATE", usd("300.00"), "2026-02-10", line("S", usd("300.00"),
        days("2026-02-10", "2026-05-09"), RecognitionPattern.ratable(RatableConvention.MONTHLY_EVEN))).build();
    return List.of(RevenueSchedule.of(ClosedBooksTest.a(), MONTHS), RevenueSchedule.of(ClosedBooksTest.b(), MONTHS),
        RevenueSchedule.of(late, MONTHS));
  }

  @Test
  void the_close_counts_the_contracts_booked_by_its_end_and_lists_the_later_ones_by_reason() {
    PeriodClose close = new PeriodClose(MONTHS, RevenueReportsTest.month("2026-01"));
    schedules().forEach(close::add);
    PeriodCloseResult r = close.result();
    Provenance p = r.provenance();
    assertEquals(DefinitionRef.of("period-close", 1), p.definition());
    assertEquals(Instant.parse("2026-10-01T00:00:00Z"), p.asOf());
    assertEquals(2, p.counted());
    assertEquals(List.of(Exclusion.builder().reason("booked after the period").count(1).addExamples("LATE").build()),
        p.excluded());
    // January: A recognizes 1,200 / 12 = 100 and bills 1,200 / 4 = 300; B recognizes nothing (licence in
    // March, support from February) and bills 600. Deferred: (300 - 100) + (600 - 0) = 800; value
    // 1,200 + 600 = 1,800; remaining 1,800 - 100 = 1,700; unbilled backlog 1,800 - 900 = 900.
    ClosePosition usd = r.positions().get(0);
    assertEquals(2, usd.contracts());
    assertEquals(usd("100.00"), usd.recognized());
    assertEquals(usd("900.00"), usd.billed());
    assertEquals(usd("800.00"), usd.deferred());
    assertEquals(usd("1800.00"), usd.totalContractValue());
    assertEquals(usd("1700.00"), usd.remaining());
    assertEquals(usd("900.00"), usd.unbilledBacklog());
  }

  @Test
  void every_other_report_counts_every_schedule_under_its_own_definition() {
    List<ContractSchedule> all = schedules();
    RevenueBridge bridge = new RevenueBridge(MONTHS, RevenueReportsTest.month("2026-01"), 5);
    RevenueRollForward rollForward = new RevenueRollForward(MONTHS, List.of(RevenueReportsTest.month("2026-01")));
    RevenueWaterfall waterfall = new RevenueWaterfall(MONTHS, List.of(RevenueReportsTest.month("2026-02")), 5);
    ScheduleTotals totals = new ScheduleTotals(MONTHS, List.of(RevenueReportsTest.month("2026-01")));
    all.forEach(s -> {
      bridge.add(s);
      rollForward.add(s);
      waterfall.add(s);
      totals.add(s);
    });
    assertEquals(List.of("revenue-bridge@1 3", "revenue-roll-forward@1 3", "revenue-waterfall@1 3",
        "schedule-totals@1 3"), List.of(bridge.result().provenance(), rollForward.result().provenance(),
            waterfall.result().provenance(), totals.result().provenance()).stream()
        .map(p -> p.definition() + " " + p.counted() + (p.excluded().isEmpty() ? "" : " excluded")).toList());
    // the bridge of January: A's base 100 is all from its January booking: booked 1,200, deferred
    // 1,200 - 100 = 1,100; B booked 600, of which LIC's 300 is not yet started (allocated 600 x 400/800),
    // and SUP's 300 deferred: revenue 100
    assertEquals(usd("100.00"), bridge.result().totals().get(0).revenue());
  }
}
