package dev.revops.forecast.pipeline;

import dev.revops.core.dimension.Dimension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.deal.Deal;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.metric.MetricValue;
import dev.revops.core.money.ExchangeRate;
import dev.revops.core.money.ExchangeRateTable;
import dev.revops.core.money.Money;
import dev.revops.forecast.conversion.BuiltInModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightedPipelineTest {
  static final LocalDate AS_OF = LocalDate.parse("2026-10-01");

  static List<Deal> sample() {
    return List.of(
        Deals.open("D1", "alice", "USD 1000.05", "proposal", "2026-11-15"),            // 0.6 -> 600.03
        Deals.open("D2", "alice", "USD 333.33", "discovery", "2026-12-20"),            // 0.4 -> 133.332
        Deals.open("D3", "bob", "USD 100.01", "negotiation", "2027-01-10", "0.5"),     // 0.5 -> 50.005
        Deals.open("D4", "bob", "EUR 500.00", "proposal", "2026-11-01"),               // 0.6 -> 300.00
        Deals.closed("D5", "carol", "USD 250.00", "closed-won", "2026-09-15"),
        Deals.open("D6", "carol", null, "prospecting", "2026-12-01"),
        Deals.open("D7", "dave", "USD 10.00", "qualification", "2026-09-20"));         // 0.2 -> 2.00, past due
  }

  static WeightedPipelineResult run(PipelineOptions options, List<Deal> deals) {
    WeightedPipeline w = new WeightedPipeline(options, BuiltInModel.DEAL_EFFECTIVE);
    deals.forEach(w::add);
    return w.result();
  }

  @Test
  void sums_amount_times_probability_exactly_and_rounds_once_per_total() {
    WeightedPipelineResult r = run(PipelineOptions.builder().scope(PipelineTestScopes.quarters(AS_OF).build()).build(), sample());
    assertEquals(5, r.counted());
    assertEquals(1, r.pastDue());
    assertEquals(List.of(Exclusion.builder().reason("closed").count(1).addExamples("D5").build(),
        Exclusion.builder().reason("no amount").count(1).addExamples("D6").build()), r.excluded());
    PipelineFigures eur = r.totals().get(0);
    assertEquals(Money.parse("EUR 300.00"), eur.weighted());
    PipelineFigures usd = r.totals().get(1);
    assertEquals(4, usd.deals());
    assertEquals(Money.parse("USD 1443.39"), usd.openAmount());
    // 600.03 + 133.332 + 50.005 + 2.00 = 785.367 -> 785.37 (the per-deal roundings would give 785.36)
    assertEquals(Money.parse("USD 785.37"), usd.weighted());
  }

  @Test
  void groups_add_up_to_the_total_by_largest_remainder() {
    WeightedPipelineResult r = run(PipelineOptions.builder().scope(PipelineTestScopes.quarters(AS_OF).build())
        .addGroupBy(Dimension.OWNER, Dimension.CLOSE_PERIOD).build(), sample());
    Map<String, Money> usd = new java.util.LinkedHashMap<>();
    r.groups().stream().filter(g -> g.weighted().getCurrencyCode().equals("USD"))
        .forEach(g -> usd.put(g.group().get("owner") + " " + g.group().get("closePeriod"), g.weighted()));
    // exact: alice 733.362, bob 50.005, dave 2.00 = 785.367; rounded total 785.37. Floors 733.36 + 50.00 +
    // 2.00 = 785.36: the missing cent goes to the largest remainder (bob's 0.5), so bob shows 50.01.
    assertEquals(Map.of("alice 2026-Q4", Money.parse("USD 733.36"), "bob 2027-Q1", Money.parse("USD 50.01"),
        "dave 2026-Q3", Money.parse("USD 2.00")), usd);
    assertEquals(List.of("alice", "bob", "bob", "dave"),
        r.groups().stream().map(g -> g.group().get("owner")).toList());
  }

  @Test
  void the_stage_default_model_ignores_overrides() {
    WeightedPipeline w = new WeightedPipeline(PipelineOptions.builder().scope(PipelineTestScopes.quarters(AS_OF).build()).build(), BuiltInModel.STAGE_DEFAULT);
    sample().forEach(w::add);
    // D3 at its stage's 0.8: 100.01 x 0.8 = 80.008 -> total 600.03 + 133.332 + 80.008 + 2.00 = 815.37
    assertEquals(Money.parse("USD 815.37"), w.result().totals().get(1).weighted());
    assertEquals("stage-default@1", w.result().probabilityModel().toString());
  }

  @Test
  void weights_cost_to_close_and_projected_margin_the_same_way() {
    Deal d = Deal.builder().id("M1").stage(Deals.DEF.stage("proposal")).amount(Money.parse("USD 1000.00"))
        .costToClose(Money.parse("USD 100.00")).projectedMarginRate(new BigDecimal("0.725"))
        .expectedCloseDate(LocalDate.parse("2026-11-01")).build();
    PipelineFigures t = run(PipelineOptions.builder().scope(PipelineTestScopes.quarters(AS_OF).build()).build(), List.of(d)).totals().get(0);
    assertEquals(Money.parse("USD 60.00"), t.weightedCostToClose());      // 100 x 0.6
    assertEquals(Money.parse("USD 435.00"), t.weightedProjectedMargin()); // 1000 x 0.725 x 0.6
    assertEquals(1, t.dealsWithCost());
    assertEquals(1, t.dealsWithMargin());
  }

  @Test
  void converts_at_the_rate_in_force_on_the_expected_close_date_and_excludes_currencies_without_one() {
    ExchangeRateTable rates = ExchangeRateTable.of(
        ExchangeRate.of("EUR", "USD", LocalDate.parse("2026-01-01"), "1.10"),
        ExchangeRate.of("EUR", "USD", LocalDate.parse("2026-11-01"), "1.20"));
    List<Deal> deals = List.of(
        Deals.open("E1", "erin", "EUR 100.00", "proposal", "2026-10-31"),   // 100 x 1.10 x 0.6 = 66.00
        Deals.open("E2", "erin", "EUR 100.00", "proposal", "2026-11-01"),   // 100 x 1.20 x 0.6 = 72.00
        Deals.open("E3", "erin", "GBP 100.00", "proposal", "2026-11-01"),   // no GBP rate
        Deals.open("E4", "erin", "USD 10.00", "proposal", "2026-11-01"));   // 6.00
    WeightedPipelineResult r = run(PipelineOptions.builder().scope(PipelineTestScopes.quarters(AS_OF)
        .reportingCurrency(Money.currency("USD")).exchangeRates(rates).build()).build(), deals);
    assertEquals(1, r.totals().size());
    assertEquals(Money.parse("USD 144.00"), r.totals().get(0).weighted());
    assertEquals(Money.parse("USD 240.00"), r.totals().get(0).openAmount());
    assertEquals(List.of(Exclusion.builder().reason("currency without a rate").count(1).addExamples("E3").build()),
        r.excluded());
  }

  @Test
  void excludes_deals_outside_the_window_and_without_a_close_date_when_one_is_needed() {
    Deal noDate = Deal.builder().id("N1").stage(Deals.DEF.stage("proposal")).amount(Money.parse("USD 1.00")).build();
    PipelineOptions window = PipelineOptions.builder().scope(PipelineTestScopes.quarters(AS_OF).build()).windowStart(LocalDate.parse("2026-10-01"))
        .windowEnd(LocalDate.parse("2027-01-01")).build();
    WeightedPipelineResult r = run(window, List.of(noDate, Deals.open("W1", "x", "USD 1.00", "proposal", "2027-01-01"),
        Deals.open("W2", "x", "USD 1.00", "proposal", "2026-12-31")));
    assertEquals(1, r.counted());
    assertEquals(List.of("close date outside the window", "no expected close date"),
        r.excluded().stream().map(Exclusion::reason).toList());
    assertEquals(1, run(PipelineOptions.builder().scope(PipelineTestScopes.quarters(AS_OF).build()).build(), List.of(noDate)).counted());
  }

  @Test
  void results_are_metric_values_citing_definitions_and_model() {
    WeightedPipelineResult r = run(PipelineOptions.builder().scope(PipelineTestScopes.quarters(AS_OF).addBasedOn(Deals.DEF.ref()).build())
        .addGroupBy(Dimension.OWNER).build(), sample());
    List<MetricValue> values = r.metricValues();
    MetricValue usd = values.get(1);
    assertEquals(ForecastMetrics.WEIGHTED_PIPELINE, usd.metric());
    assertEquals(Money.parse("USD 785.37"), usd.money().orElseThrow());
    assertEquals(List.of("b2b@1", "deal-effective@1"), usd.basedOn().stream().map(Object::toString).toList());
    assertEquals(2, usd.excludedCount());
    assertTrue(values.stream().anyMatch(v -> "alice".equals(v.dimensions().get("owner"))));
  }

  @Test
  void refuses_to_merge_pipelines_built_differently() {
    WeightedPipeline a = new WeightedPipeline(PipelineOptions.builder().scope(PipelineTestScopes.quarters(AS_OF).build()).build(), BuiltInModel.DEAL_EFFECTIVE);
    WeightedPipeline b = new WeightedPipeline(PipelineOptions.builder().scope(PipelineTestScopes.quarters(AS_OF).build()).build(), BuiltInModel.STAGE_DEFAULT);
    assertThrows(IllegalArgumentException.class, () -> a.merge(b));
  }
}
