package dev.revops.forecast.review;

import dev.revops.core.scope.Scope;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.money.Money;
import dev.revops.core.period.PeriodKind;
import dev.revops.forecast.conversion.BuiltInModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExecutionReviewTest {
  static Money usd(String amount) {
    return Money.parse("USD " + amount);
  }

  @Test
  void lists_what_closed_and_slipped_in_the_week() {
    ExecutionReview e = new ExecutionReview(Week.options().build(), BuiltInModel.DEAL_EFFECTIVE);
    Week.series().forEach(e::add);
    ExecutionReviewResult r = e.result();
    assertEquals(2, r.wonDeals());
    assertEquals(List.of(usd("11000.00")), r.wonAmounts());
    assertEquals(1, r.lostDeals());
    assertEquals(List.of(usd("4000.00")), r.lostAmounts());
    assertEquals(List.of("C", "F", "D"), r.closed().stream().map(ClosedDeal::dealId).toList());
    assertEquals(Optional.of("proposal"), r.closed().get(0).fromStage());
    assertEquals(1, r.slippedDeals());
    assertEquals(1, r.slippedOutOfPeriod());
    assertEquals(26, r.daysSlipped());
    // no quarter ended between the two Mondays: nothing to score
    assertEquals(List.of(), r.accuracy());
  }

  /**
   * Q3 2026 ends on 30 September. At 2026-09-24: R won 5,000; P in Negotiation 10,000 (80%), Q in
   * Proposal 20,000 (60%) and T in Discovery 10,000 (40%) all expected in September. By 2026-10-01:
   * P won, Q slipped to October, T lost, and S was created and won 4,000 on the 26th.
   */
  static List<DealSeries> quarterEnd() {
    return List.of(
        Week.pair("P", Week.open("P", "10000.00", "negotiation", "2026-09-30"),
            Week.closed("P", "10000.00", "closed-won", "2026-09-29")),
        Week.pair("Q", Week.open("Q", "20000.00", "proposal", "2026-09-28"),
            Week.open("Q", "20000.00", "proposal", "2026-10-20")),
        Week.pair("R", Week.closed("R", "5000.00", "closed-won", "2026-09-10"),
            Week.closed("R", "5000.00", "closed-won", "2026-09-10")),
        Week.pair("S", null, Week.closed("S", "4000.00", "closed-won", "2026-09-26")),
        Week.pair("T", Week.open("T", "10000.00", "discovery", "2026-09-30"),
            Week.closed("T", "10000.00", "closed-lost", "2026-09-30")));
  }

  static ExecutionReviewResult scored(PeriodKind kind) {
    ReviewOptions options = ReviewOptions.builder()
        .scope(Scope.builder().asOf(Instant.parse("2026-10-01T00:00:00Z")).periodKind(kind).build())
        .addStates(PipelineState.of("2026-09-24", Instant.parse("2026-09-24T00:00:00Z")),
            PipelineState.of("2026-10-01", Instant.parse("2026-10-01T00:00:00Z"))).build();
    ExecutionReview e = new ExecutionReview(options, BuiltInModel.DEAL_EFFECTIVE);
    quarterEnd().forEach(e::add);
    return e.result();
  }

  @Test
  void scores_the_forecast_of_an_ended_quarter_against_what_was_won() {
    ExecutionReviewResult r = scored(PeriodKind.QUARTER);
    assertEquals(1, r.accuracy().size());
    PeriodAccuracy q3 = r.accuracy().get(0);
    assertEquals("2026-Q3", q3.period().label());
    assertEquals("2026-09-24", q3.forecastState().label());
    assertEquals(usd("19000.00"), q3.actual());                    // R 5,000 + P 10,000 + S 4,000
    MeasureAccuracy weighted = q3.measures().get(0);
    assertEquals(ForecastMeasure.WEIGHTED, weighted.measure());
    assertEquals(usd("29000.00"), weighted.forecast());            // 5,000 + 8,000 + 12,000 + 4,000
    assertEquals(usd("10000.00"), weighted.error());
    assertEquals(Optional.of(new BigDecimal("0.5263")), weighted.absolutePercentageError());
    MeasureAccuracy commit = q3.measures().get(1);
    assertEquals(usd("15000.00"), commit.forecast());              // 5,000 won + P in Commit
    assertEquals(usd("-4000.00"), commit.error());
    assertEquals(Optional.of(new BigDecimal("0.2105")), commit.absolutePercentageError());
    assertEquals(usd("45000.00"), q3.measures().get(3).forecast()); // + Q and T in Best Case
    // (0.8 - 1)^2 + (0.6 - 0)^2 + (0.4 - 0)^2 = 0.56 over 3 deals
    assertEquals(3, q3.dealsScored());
    assertEquals(Optional.of(new BigDecimal("0.186667")), q3.brierScore());
  }

  @Test
  void summarises_accuracy_across_periods_as_wmape_and_bias() {
    ExecutionReviewResult r = scored(PeriodKind.MONTH);
    assertEquals("2026-09", r.accuracy().get(0).period().label());
    AccuracySummary weighted = r.summary().get(0);
    assertEquals(ForecastMeasure.WEIGHTED, weighted.measure());
    assertEquals(1, weighted.periods());
    assertEquals(Optional.of(new BigDecimal("0.5263")), weighted.wmape());
    assertEquals(Optional.of(new BigDecimal("0.5263")), weighted.bias());
    AccuracySummary commit = r.summary().get(1);
    assertEquals(Optional.of(new BigDecimal("-0.2105")), commit.bias());
  }
}
