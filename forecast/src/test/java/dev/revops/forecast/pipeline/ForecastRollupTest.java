package dev.revops.forecast.pipeline;

import dev.revops.core.dimension.Dimension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.metric.MetricValue;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.ForecastCategory;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import dev.revops.core.io.ImportResult;
import dev.revops.core.period.FiscalCalendar;
import dev.revops.core.period.PeriodKind;
import org.junit.jupiter.api.Test;

class ForecastRollupTest {
  static final LocalDate AS_OF = LocalDate.parse("2026-10-01");

  static List<Deal> alice() {
    return List.of(
        Deals.open("A1", "alice", "USD 100.00", "negotiation", "2026-11-10"),                      // commit
        Deals.open("A2", "alice", "USD 200.00", "proposal", "2026-12-01"),                         // best case
        Deals.openInCategory("A3", "alice", "USD 50.00", "discovery", "2026-10-15", ForecastCategory.MOST_LIKELY),
        Deals.open("A4", "alice", "USD 25.00", "prospecting", "2026-11-30"),                       // pipeline
        Deals.closed("A5", "alice", "USD 400.00", "closed-won", "2026-10-05"),                     // closed Q4
        Deals.closed("A6", "alice", "USD 70.00", "closed-won", "2026-09-30"),                      // closed Q3
        Deals.closed("A7", "alice", "USD 999.00", "closed-lost", "2026-10-20"),
        Deals.openInCategory("A8", "alice", "USD 1.00", "proposal", "2026-11-01", ForecastCategory.OMITTED),
        Deals.open("B1", "bob", "USD 30.00", "negotiation", "2026-12-24"));                        // commit
  }

  static RollupResult run(PipelineOptions options) {
    ForecastRollup r = new ForecastRollup(options);
    alice().forEach(r::add);
    return r.result();
  }

  @Test
  void rolls_up_each_category_and_the_cumulative_forecasts() {
    RollupResult r = run(PipelineOptions.builder().scope(PipelineTestScopes.quarters(AS_OF).build()).addGroupBy(Dimension.OWNER).build());
    RollupRow q4 = r.rows().stream().filter(x -> x.period().label().equals("2026-Q4")
        && x.group().get("owner").equals("alice")).findFirst().orElseThrow();
    assertEquals(Money.parse("USD 25.00"), q4.pipeline());
    assertEquals(Money.parse("USD 200.00"), q4.bestCase());
    assertEquals(Money.parse("USD 50.00"), q4.mostLikely());
    assertEquals(Money.parse("USD 100.00"), q4.commit());
    assertEquals(Money.parse("USD 400.00"), q4.closed());
    assertEquals(Money.parse("USD 500.00"), q4.commitForecast());       // commit + closed
    assertEquals(Money.parse("USD 550.00"), q4.mostLikelyForecast());   // + most likely
    assertEquals(Money.parse("USD 750.00"), q4.bestCaseForecast());     // + best case
    assertEquals(Money.parse("USD 375.00"), q4.openPipeline());         // open only, nothing closed
    assertEquals(4, q4.openDeals());
    assertEquals(1, q4.wonDeals());
    RollupRow q3 = r.rows().get(0);
    assertEquals("2026-Q3", q3.period().label());
    assertEquals(Money.parse("USD 70.00"), q3.commitForecast());
    RollupRow total = r.totals().stream().filter(x -> x.period().label().equals("2026-Q4")).findFirst().orElseThrow();
    assertEquals(Money.parse("USD 130.00"), total.commit());            // alice 100 + bob 30
    assertEquals(List.of(Exclusion.builder().reason("forecast category omitted").count(1).addExamples("A8").build(),
        Exclusion.builder().reason("lost").count(1).addExamples("A7").build()), r.excluded());
    assertEquals(7, r.counted());
  }

  @Test
  void a_row_that_does_not_add_up_cannot_exist() {
    RollupRow ok = run(PipelineOptions.builder().scope(PipelineTestScopes.quarters(AS_OF).build()).build()).totals().get(0);
    assertThrows(InvalidValueException.class, () -> new RollupRow.Builder().period(ok.period()).openDeals(0)
        .wonDeals(0).pipeline(ok.pipeline()).bestCase(ok.bestCase()).mostLikely(ok.mostLikely()).commit(ok.commit())
        .closed(ok.closed()).commitForecast(ok.commit()).mostLikelyForecast(ok.mostLikelyForecast())
        .bestCaseForecast(ok.bestCaseForecast()).openPipeline(ok.openPipeline()).build());
  }

  @Test
  void months_and_fiscal_years_follow_the_calendar() {
    RollupResult months = run(PipelineOptions.builder().scope(PipelineTestScopes.in(AS_OF, PeriodKind.MONTH).build())
        .build());
    assertEquals(List.of("2026-09", "2026-10", "2026-11", "2026-12"),
        months.totals().stream().map(t -> t.period().label()).toList());
    RollupResult years = run(PipelineOptions.builder().scope(PipelineTestScopes.in(AS_OF, PeriodKind.FISCAL_YEAR)
        .fiscalCalendar(FiscalCalendar.startingIn(java.time.Month.OCTOBER)).build()).build());
    // FY2027 runs October 2026 to September 2027; A6 (closed 2026-09-30) is in FY2026.
    assertEquals(List.of("FY2026", "FY2027"), years.totals().stream().map(t -> t.period().label()).toList());
  }

  @Test
  void targets_give_gap_coverage_and_the_needed_win_rate() {
    PipelineOptions options = PipelineOptions.builder().scope(PipelineTestScopes.quarters(AS_OF).build()).addGroupBy(Dimension.OWNER).build();
    RollupResult rollups = run(options);
    WeightedPipeline w = new WeightedPipeline(PipelineOptions.builder().scope(PipelineTestScopes.quarters(AS_OF).build())
        .addGroupBy(Dimension.OWNER, Dimension.CLOSE_PERIOD).build(), dev.revops.forecast.conversion.BuiltInModel.DEAL_EFFECTIVE);
    alice().forEach(w::add);
    List<TargetAttainment> a = TargetAttainment.of(List.of(
            Target.builder().period("2026-Q4").putGroup("owner", "alice").amount(Money.parse("USD 1000.00")).build(),
            Target.builder().period("2026-Q4").putGroup("owner", "zoe").amount(Money.parse("USD 10.00")).build(),
            Target.builder().period("2026-Q3").putGroup("owner", "alice").amount(Money.parse("USD 50.00")).build()),
        rollups, Optional.of(w.result()));
    TargetAttainment alice = a.get(0);
    assertEquals(Money.parse("USD 400.00"), alice.closedWon());
    assertEquals(Money.parse("USD 600.00"), alice.gap());
    assertEquals(Money.parse("USD 375.00"), alice.openPipeline());
    assertEquals(Optional.of(new BigDecimal("0.6250")), alice.coverage());      // 375 / 600
    assertEquals(Optional.of(new BigDecimal("1.6000")), alice.neededWinRate()); // 600 / 375: out of reach
    assertEquals(Optional.of(new BigDecimal("0.4000")), alice.attainment());
    // 100 x 0.8 + 200 x 0.6 + 50 x 0.4 + 25 x 0.1 + 1 x 0.6 (Omitted still weighs in the pipeline)
    assertEquals(Optional.of(Money.parse("USD 223.10")), alice.weightedPipeline());
    TargetAttainment zoe = a.get(1);
    assertEquals(false, zoe.matched());
    assertEquals(Optional.empty(), zoe.neededWinRate());
    TargetAttainment exceeded = a.get(2);
    assertEquals(Money.parse("USD -20.00"), exceeded.gap());
    assertEquals(Money.parse("USD 0.00"), exceeded.remaining());
    assertEquals(Optional.empty(), exceeded.coverage());
    // attainment, coverage and needed win rate, each citing its definition and the deals of alice's row
    assertEquals(List.of(ForecastMetrics.TARGET_ATTAINMENT, ForecastMetrics.PIPELINE_COVERAGE,
        ForecastMetrics.NEEDED_WIN_RATE), alice.metricValues().stream().map(MetricValue::metric).toList());
    assertEquals(ForecastMetrics.TARGET_ATTAINMENT.ref(), alice.provenance().definition());
  }

  @Test
  void targets_read_from_csv_with_every_bad_row_reported() throws IOException {
    ImportResult<Target> r = TargetCsv.importer(FiscalCalendar.calendarYear(), PeriodKind.QUARTER,
        Optional.of(Money.currency("USD"))).readAll(new StringReader(
            "period,owner,amount,currency\n2026-Q4,alice,1000,\n2026-Q5,bob,5,USD\n2026-Q4,,250000,EUR\n2026-Q4,carol,,\n"));
    assertEquals(List.of(
            Target.builder().period("2026-Q4").putGroup("owner", "alice").amount(Money.parse("USD 1000.00")).build(),
            Target.builder().period("2026-Q4").amount(Money.parse("EUR 250000.00")).build()),
        r.accepted());
    assertEquals(List.of("period '2026-Q5' is not a period label of the forecast's calendar (for example 2026-Q4)",
            "amount '' is required"),
        r.rejected().stream().map(x -> x.problems().get(0).toString()).toList());
  }
}
