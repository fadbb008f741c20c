package dev.revops.forecast.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.metric.MetricValue;
import dev.revops.core.money.Money;
import dev.revops.core.period.PeriodKind;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.forecast.pipeline.ForecastMetrics;
import dev.revops.forecast.pipeline.Target;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The coverage trend over three small monthly periods (stage defaults: negotiation 80%, proposal 60%,
 * prospecting 10%), states on 2026-07-03 (week 1 of July), 2026-08-05 (week 1 of August), 2026-08-20
 * (week 3 of August) and 2026-09-04 (week 1 of September); targets July 1,000, August 800, September
 * 500 (USD).
 *
 * <pre>
 * deal  07-03                       08-05                      08-20                     09-04
 * A     negotiation 600 close 07-20 won 600 closed 07-20       won                       won
 * B     proposal 400 close 08-15    negotiation 400 close 08-15 won 400 closed 08-15     won
 * C     (absent)                    proposal 1,000 close 08-30 proposal 1,000 close 09-10 negotiation close 09-10
 * D     (absent)                    (absent)                   (absent)                  prospecting 500 close 09-25
 * E     won 200 closed 07-02        won                        won                       won
 * </pre>
 */
class CoverageTrendTest {
  static final String[] DATES = {"2026-07-03", "2026-08-05", "2026-08-20", "2026-09-04"};

  static ReviewOptions options() {
    ReviewOptions.Builder b = ReviewOptions.builder().scope(Scope.builder()
        .asOf(Instant.parse("2026-09-04T00:00:00Z")).periodKind(PeriodKind.MONTH).build());
    for (String d : DATES) {
      b.addStates(PipelineState.of(d, Instant.parse(d + "T00:00:00Z")));
    }
    return b.build();
  }

  static List<Target> targets() {
    return List.of(target("2026-07", "1000.00"), target("2026-08", "800.00"), target("2026-09", "500.00"),
        Target.builder().period("2026-09").putGroup("owner", "ann").amount(Money.parse("USD 1.00")).build());
  }

  static Target target(String period, String amount) {
    return Target.builder().period(period).amount(Money.parse("USD " + amount)).build();
  }

  static DealSeries series(String id, Deal... states) {
    return DealSeries.of(id, Arrays.stream(states).map(Optional::ofNullable).toList());
  }

  static CoverageTrendResult trend() {
    Deal aWon = Week.closed("A", "600.00", "closed-won", "2026-07-20");
    Deal bWon = Week.closed("B", "400.00", "closed-won", "2026-08-15");
    Deal e = Week.closed("E", "200.00", "closed-won", "2026-07-02");
    List<DealSeries> all = List.of(
        series("A", Week.open("A", "600.00", "negotiation", "2026-07-20"), aWon, aWon, aWon),
        series("B", Week.open("B", "400.00", "proposal", "2026-08-15"), Week.open("B", "400.00", "negotiation",
            "2026-08-15"), bWon, bWon),
        series("C", null, Week.open("C", "1000.00", "proposal", "2026-08-30"), Week.open("C", "1000.00", "proposal",
            "2026-09-10"), Week.open("C", "1000.00", "negotiation", "2026-09-10")),
        series("D", null, null, null, Week.open("D", "500.00", "prospecting", "2026-09-25")),
        series("E", e, e, e, e));
    CoverageTrend trend = new CoverageTrend(options(), BuiltInModel.STAGE_DEFAULT, targets());
    all.forEach(trend::add);
    return trend.result();
  }

  static String line(CoveragePoint p) {
    return p.state() + " " + p.period().label() + " w" + p.week() + " won " + p.closedWon().getAmount() + " open "
        + p.openPipeline().getAmount() + " weighted " + p.weightedPipeline().getAmount() + " remaining "
        + p.remaining().map(Money::getAmount).map(BigDecimal::toPlainString).orElse("-") + " coverage "
        + p.coverage().map(BigDecimal::toPlainString).orElse("-") + " weighted "
        + p.weightedCoverage().map(BigDecimal::toPlainString).orElse("-");
  }

  @Test
  void each_state_s_coverage_of_its_period_at_its_week() {
    // 07-03: July: E won 200, A open 600 (x 0.8 = 480); remaining 1,000 - 200 = 800: 600/800 = 0.75,
    //        480/800 = 0.6
    // 08-05: August: B 400 (x 0.8 = 320) and C 1,000 (x 0.6 = 600) open: 1,400 and 920; nothing won;
    //        remaining 800: 1.75 and 1.15
    // 08-20: August: B won 400, C pushed to September: open 0; remaining 400: 0 and 0
    // 09-04: September: C 1,000 (x 0.8 = 800), D 500 (x 0.1 = 50): 1,500 and 850; remaining 500: 3 and 1.7
    assertEquals(List.of(
        "2026-07-03 2026-07 w1 won 200.00 open 600.00 weighted 480.00 remaining 800.00 coverage 0.7500 weighted 0.6000",
        "2026-08-05 2026-08 w1 won 0.00 open 1400.00 weighted 920.00 remaining 800.00 coverage 1.7500 weighted 1.1500",
        "2026-08-20 2026-08 w3 won 400.00 open 0.00 weighted 0.00 remaining 400.00 coverage 0.0000 weighted 0.0000",
        "2026-09-04 2026-09 w1 won 0.00 open 1500.00 weighted 850.00 remaining 500.00 coverage 3.0000 weighted 1.7000"),
        trend().points().stream().map(CoverageTrendTest::line).toList());
  }

  @Test
  void the_latest_week_reads_against_the_same_week_of_the_earlier_periods() {
    CoverageTrendResult r = trend();
    assertEquals(1, r.latestWeek());
    assertEquals(List.of("2026-07", "2026-08", "2026-09"), r.sameWeek().stream().map(p -> p.period().label()).toList());
    assertEquals(List.of("2026-07-03", "2026-08-05", "2026-09-04"), r.sameWeek().stream().map(CoveragePoint::state)
        .toList());
    // the per-owner target is listed, not used
    assertEquals(1, r.targetsNotUsed().size());
    assertEquals(5, r.provenance().counted());
    assertEquals(ReviewDefinitions.COVERAGE_TREND, r.provenance().definition());
  }

  @Test
  void each_coverage_is_a_metric_value_citing_its_definition() {
    List<MetricValue> values = trend().points().get(0).metricValues();
    assertEquals(List.of(ForecastMetrics.PIPELINE_COVERAGE, ReviewDefinitions.WEIGHTED_PIPELINE_COVERAGE),
        values.stream().map(MetricValue::metric).toList());
    assertEquals(new BigDecimal("0.7500"), values.get(0).number().orElseThrow());
    assertEquals("1", values.get(0).dimensions().get("week"));
  }

  @Test
  void two_whole_pipeline_targets_of_one_period_are_refused() {
    assertThrows(InvalidValueException.class, () -> new CoverageTrend(options(), BuiltInModel.STAGE_DEFAULT,
        List.of(target("2026-07", "1.00"), target("2026-07", "2.00"))));
  }
}
