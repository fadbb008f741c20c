package dev.revops.forecast.review;

import dev.revops.core.dimension.Dimension;
import dev.revops.core.money.Money;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.forecast.pipeline.RangeSettings;
import dev.revops.forecast.pipeline.Target;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The records the review accumulators' contract tests feed: three weekly-ish states spanning a
 * quarter end (so that the execution review scores an ended period), amounts converted into USD,
 * and series of deals drawn from a small pool of ids (so that a deal may come twice).
 */
final class ReviewRecords {
  private ReviewRecords() {}

  /** States 2026-09-24, 2026-12-28 and 2027-01-04, in USD, grouped by owner, short lists. */
  static ReviewOptions options() {
    return ReviewOptions.builder()
        .scope(Week.quarters(Instant.parse("2027-01-04T00:00:00Z")).reportingCurrency(Money.currency("USD"))
            .exchangeRates(ReviewProperties.RATES).exampleLimit(3).build())
        .addStates(PipelineState.of("2026-09-24", Instant.parse("2026-09-24T00:00:00Z")),
            PipelineState.of("2026-12-28", Instant.parse("2026-12-28T00:00:00Z")),
            PipelineState.of("2027-01-04", Instant.parse("2027-01-04T00:00:00Z")))
        .putAgingThresholdDays("discovery", BigDecimal.ONE).putAgingThresholdDays("proposal", BigDecimal.TEN)
        .addGroupBy(Dimension.OWNER).listLimit(3).build();
  }

  /** Up to 25 series over {@link #options()}' three states, ids from a pool of 12. */
  static Arbitrary<List<DealSeries>> series() {
    Arbitrary<DealSeries> one = Arbitraries.integers().between(0, 11).map(i -> "D" + i).flatMap(id ->
        ReviewProperties.state(id).list().ofSize(3).filter(l -> l.stream().anyMatch(Optional::isPresent))
            .map(l -> DealSeries.of(id, l)));
    return one.list().ofMaxSize(25);
  }

  /** A pipeline review of {@link #options()} with the deals' own probabilities, judged against stage defaults. */
  static PipelineReview pipelineReview() {
    return new PipelineReview(options(), ReviewProperties.DEF, BuiltInModel.DEAL_EFFECTIVE,
        BuiltInModel.STAGE_DEFAULT);
  }

  /** A forecast reconciliation of {@link #options()} against a 2026-Q4 target. */
  static ForecastReconciliation reconciliation() {
    return new ForecastReconciliation(options(), BuiltInModel.DEAL_EFFECTIVE,
        List.of(Target.builder().period("2026-Q4").amount(Money.parse("USD 5000.00")).build()),
        RangeSettings.defaults());
  }

  /** An execution review of {@link #options()}. */
  static ExecutionReview executionReview() {
    return new ExecutionReview(options(), BuiltInModel.DEAL_EFFECTIVE);
  }

}
