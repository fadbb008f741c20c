package dev.revops.forecast.review;

import dev.revops.core.scope.Scope;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.money.Money;
import dev.revops.core.period.PeriodKind;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.forecast.conversion.ProbabilityModel;
import dev.revops.forecast.pipeline.RangeSettings;
import dev.revops.forecast.pipeline.Target;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The weekly-reviews example of the README, as written there, on the hand-checked {@link Week}. */
class ReadmeReviewTest {
  @Test
  void the_readme_review_example_runs_as_written() {
    PipelineDefinition definition = Week.DEF;
    Instant lastWeek = Week.MONDAY;
    Instant today = Week.NEXT_MONDAY;
    List<Target> targets = List.of(Target.builder().period("2026-Q4").amount(Money.parse("USD 50000.00")).build());
    ProbabilityModel markov = BuiltInModel.STAGE_DEFAULT;   // a fitted StageProbabilityModel in real use
    List<DealSeries> series = Week.series();

    ReviewOptions options = ReviewOptions.builder()
        .scope(Scope.builder().asOf(today).zone(definition.timeZone()).periodKind(PeriodKind.QUARTER).build())
        .addStates(PipelineState.of("2026-09-24", lastWeek), PipelineState.of("2026-10-01", today))
        .putAgingThresholdDays("proposal", new BigDecimal("41.33"))   // from StageVelocityRow.agingThresholdDays()
        .build();
    PipelineReview monday = new PipelineReview(options, definition, BuiltInModel.DEAL_EFFECTIVE, markov);
    ForecastReconciliation wednesday = new ForecastReconciliation(options, BuiltInModel.DEAL_EFFECTIVE, targets,
        RangeSettings.defaults());
    ExecutionReview friday = new ExecutionReview(options, BuiltInModel.DEAL_EFFECTIVE);
    for (DealSeries s : series) {          // DealSeries.of(id, List.of(Optional.of(before), Optional.of(now)))
      monday.add(s); wednesday.add(s); friday.add(s);
    }

    assertEquals(Money.parse("USD 20000.00"), monday.result().waterfalls().get(0).amount().end());
    assertEquals(Money.parse("USD 23000.00"), wednesday.result().rows().get(0).latest().commitForecast());
    assertEquals(2, friday.result().wonDeals());
  }
}
