package dev.revops.forecast.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.deal.Deal;
import dev.revops.core.money.Money;
import dev.revops.forecast.conversion.BuiltInModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RangeForecastTest {
  static final LocalDate AS_OF = LocalDate.parse("2026-10-01");

  static RangeForecastResult run(List<Deal> deals, RangeSettings settings) {
    RangeForecast r = new RangeForecast(PipelineOptions.builder().scope(PipelineTestScopes.quarters(AS_OF).build()).build(), BuiltInModel.DEAL_EFFECTIVE,
        settings);
    deals.forEach(r::add);
    return r.result();
  }

  @Test
  void enumerates_few_deals_exactly() {
    // 100 at 0.5 and 300 at 0.2: totals 0 (0.4), 100 (0.4), 300 (0.1), 400 (0.1); CDF 0.4, 0.8, 0.9, 1.0.
    // Won already: 50. Expected 50 + 50 + 60 = 160; variance 100^2 x 0.25 + 300^2 x 0.16 = 16900; sd 130.
    List<Deal> deals = List.of(
        Deals.open("R1", "x", "USD 100.00", "proposal", "2026-11-01", "0.5"),
        Deals.open("R2", "x", "USD 300.00", "proposal", "2026-12-01", "0.2"),
        Deals.closed("R3", "x", "USD 50.00", "closed-won", "2026-10-02"),
        Deals.closed("R4", "x", "USD 5.00", "closed-lost", "2026-10-02"));
    RangeForecastResult r = run(deals, RangeSettings.defaults());
    PeriodRange q4 = r.periods().get(0);
    assertEquals(RangeMethod.EXACT, q4.method());
    assertEquals(Money.parse("USD 50.00"), q4.closedWon());
    assertEquals(Money.parse("USD 160.00"), q4.expected());
    assertEquals(new BigDecimal("16900"), q4.variance());
    assertEquals(Money.parse("USD 130.00"), q4.standardDeviation());
    assertEquals(Money.parse("USD 50.00"), q4.p10());
    assertEquals(Money.parse("USD 150.00"), q4.p50());
    assertEquals(Money.parse("USD 350.00"), q4.p90());
    assertEquals(2, r.openDeals());
    assertEquals(1, r.wonDeals());
    assertEquals("lost", r.excluded().get(0).reason());
    assertEquals(Money.parse("USD 160.00"), r.metricValues().get(0).money().orElseThrow());
  }

  @Test
  void simulates_more_deals_with_a_seed_and_gives_the_same_answer_for_the_same_seed() {
    List<Deal> deals = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      deals.add(Deals.open(String.format("S%02d", i), "x", "USD " + (100 + i) + ".00", "proposal", "2026-11-01"));
    }
    RangeSettings settings = RangeSettings.builder().seed(7).trials(5_000).build();
    PeriodRange a = run(deals, settings).periods().get(0);
    assertEquals(RangeMethod.SIMULATION, a.method());
    assertEquals(5_000, a.trials().orElseThrow());
    assertEquals(a, run(deals, settings).periods().get(0));
    // Expected 0.6 x (100 + ... + 139) = 0.6 x 4780 = 2868; the median is near it.
    assertEquals(Money.parse("USD 2868.00"), a.expected());
    assertTrue(a.p50().minus(a.expected()).abs().isLessThan(Money.parse("USD 200.00")), a.toString());
    assertTrue(a.p10().isLessThan(a.p50()) && a.p50().isLessThan(a.p90()));
  }

  @Test
  void uses_the_normal_approximation_beyond_the_simulation_limit() {
    List<Deal> deals = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      deals.add(Deals.open("N" + i, "x", "USD 100.00", "proposal", "2026-11-01", "0.5"));
    }
    PeriodRange r = run(deals, RangeSettings.builder().exactLimit(5).simulationLimit(10).build()).periods().get(0);
    assertEquals(RangeMethod.NORMAL_APPROXIMATION, r.method());
    // mean 1500, variance 30 x 100^2 x 0.25 = 75000, sd 273.86; P10 = 1500 - 1.28155 x 273.861 = 1149.03
    assertEquals(Money.parse("USD 1500.00"), r.p50());
    assertEquals(Money.parse("USD 273.86"), r.standardDeviation());
    assertEquals(Money.parse("USD 1149.03"), r.p10());
    assertEquals(Money.parse("USD 1850.97"), r.p90());
  }

  @Test
  void trials_are_bounded_so_that_a_simulation_cannot_fill_memory() {
    assertEquals(1_000_000, RangeSettings.builder().trials(1_000_000).build().trials());
    dev.revops.core.InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(
        dev.revops.core.InvalidValueException.class, () -> RangeSettings.builder().trials(1_000_001).build());
    assertTrue(e.getMessage().contains("trials '1000001' must be between 1 and 1000000"), e.getMessage());
  }
}
