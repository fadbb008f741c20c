package dev.revops.forecast.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.deal.Deal;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.dimension.Dimension;
import dev.revops.core.money.ExchangeRate;
import dev.revops.core.money.ExchangeRateTable;
import dev.revops.core.money.Money;
import dev.revops.core.period.FiscalCalendar;
import dev.revops.core.period.PeriodKind;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.conversion.BuiltInModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The forecasting example of the README, as written there, on three hand-made deals in a fiscal
 * year starting in February (FY2027-Q3 is August to October 2026, FY2027-Q4 November 2026 to
 * January 2027).
 */
class ReadmePipelineTest {
  @Test
  void the_readme_forecasting_example_runs_as_written() {
    PipelineDefinition definition = Deals.DEF;
    ExchangeRateTable rates = ExchangeRateTable.of(ExchangeRate.of("EUR", "USD", LocalDate.parse("2026-01-01"), "1.10"));
    List<Deal> deals = List.of(
        Deals.open("E1", "erin", "EUR 100.00", "proposal", "2026-11-15"),      // USD 110.00 x 0.6 = 66.00
        Deals.open("U1", "erin", "USD 200.00", "negotiation", "2026-10-20"),   // 200.00 x 0.8 = 160.00
        Deals.closed("W1", "erin", "USD 300.00", "closed-won", "2026-11-02"));
    List<Target> targetList = List.of(Target.builder().period("FY2027-Q4").amount(Money.parse("USD 500.00")).build());

    Scope scope = Scope.builder().asOf(LocalDate.parse("2026-10-01"), ZoneOffset.UTC)
        .periodKind(PeriodKind.QUARTER).fiscalCalendar(FiscalCalendar.startingIn(Month.FEBRUARY))
        .reportingCurrency(Money.currency("USD")).exchangeRates(rates) // or leave out: totals per currency
        .addBasedOn(definition.ref())
        .build();
    PipelineOptions options = PipelineOptions.builder().scope(scope)
        .addGroupBy(Dimension.OWNER, Dimension.CLOSE_PERIOD)         // or none, for totals
        .build();                                                     // windowStart/windowEnd: optional
    WeightedPipeline weighted = new WeightedPipeline(options, BuiltInModel.DEAL_EFFECTIVE);
    ForecastRollup rollup = new ForecastRollup(options);
    RangeForecast range = new RangeForecast(options, BuiltInModel.DEAL_EFFECTIVE, RangeSettings.defaults());
    TargetTracker targets = new TargetTracker(targetList, options, BuiltInModel.DEAL_EFFECTIVE);
    deals.forEach(d -> { weighted.add(d); rollup.add(d); range.add(d); targets.add(d); });
    WeightedPipelineResult w = weighted.result();   // w.provenance(), w.metricValues()

    assertEquals(Money.parse("USD 226.00"), w.totals().get(0).weighted());       // 66.00 + 160.00
    assertEquals(Money.parse("USD 310.00"), w.totals().get(0).openAmount());     // 110.00 + 200.00
    assertEquals(List.of("FY2027-Q3", "FY2027-Q4"), w.groups().stream().map(g -> g.group().get("closePeriod")).toList());
    assertEquals(Money.parse("USD 160.00"), w.groups().get(0).weighted());
    assertEquals(Money.parse("USD 66.00"), w.groups().get(1).weighted());
    assertEquals(ForecastMetrics.WEIGHTED_PIPELINE.ref(), w.provenance().definition());
    assertEquals(List.of(definition.ref(), DefinitionRef.of("deal-effective", 1)), w.provenance().basedOn());
    assertEquals(Instant.parse("2026-10-01T00:00:00Z"), w.provenance().asOf());
    assertEquals(2, w.provenance().counted());
    assertEquals(1, w.provenance().excludedCount());                             // W1, closed

    RollupRow q4 = rollup.result().totals().get(1);
    assertEquals("FY2027-Q4", q4.period().label());
    assertEquals(Money.parse("USD 300.00"), q4.closed());
    assertEquals(Money.parse("USD 410.00"), q4.bestCaseForecast());              // 300.00 + 110.00 best case

    TargetAttainment a = targets.result().get(0);
    assertEquals(Money.parse("USD 200.00"), a.gap());                            // 500.00 - 300.00
    assertEquals(Optional.of(new BigDecimal("0.5500")), a.coverage());           // 110 / 200
    assertEquals(Optional.of(new BigDecimal("1.8182")), a.neededWinRate());      // 200 / 110 = 1.81818...
    assertEquals(Optional.of(new BigDecimal("0.6000")), a.attainment());         // 300 / 500
    assertEquals(Optional.of(Money.parse("USD 66.00")), a.weightedPipeline());

    RangeForecastResult r = range.result();
    assertEquals(Money.parse("USD 160.00"), r.periods().get(0).expected());      // nothing won yet in Q3
    assertEquals(Money.parse("USD 366.00"), r.periods().get(1).expected());      // 300.00 won + 66.00
  }
}
