package dev.revops.forecast.review;

import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.metric.Metric;
import dev.revops.core.metric.MetricUnit;
import dev.revops.core.metric.Provenance;
import dev.revops.core.scope.Scope;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The governed definitions of the three weekly reviews, declared once here and cited as {@code
 * provenance.definition} by every review result. A change of what a review counts or how is a new
 * version of its definition.
 */
public final class ReviewDefinitions {
  private ReviewDefinitions() {}

  /**
   * Monday's pipeline review, version 1: the waterfall of each close period between the previous
   * and the latest state (start + created + pulled in + increased - decreased - pushed out - lost -
   * won - removed = end, exactly, each deal on one path), stage movements, close-date slips across
   * all the states and the open deals at risk, as {@link PipelineReview} documents them.
   */
  public static final DefinitionRef PIPELINE_REVIEW = DefinitionRef.of("pipeline-review", 1);

  /**
   * Wednesday's forecast reconciliation, version 1: per close period, in total and per group, the
   * roll-up, weighted pipeline, range forecast and target attainment of the previous and the latest
   * state, and the deals that moved each row, as {@link ForecastReconciliation} documents them.
   */
  public static final DefinitionRef FORECAST_RECONCILIATION = DefinitionRef.of("forecast-reconciliation", 1);

  /**
   * Friday's execution review, version 1: the deals closed and slipped between the previous and the
   * latest state, and the accuracy of the forecasts of every ended period (error, APE, WMAPE, bias,
   * Brier score), as {@link ExecutionReview} documents them.
   */
  public static final DefinitionRef EXECUTION_REVIEW = DefinitionRef.of("execution-review", 1);

  /**
   * The coverage trend, version 1: in each state, the pipeline coverage of the period the state falls
   * in, at its week of that period, beside the same week of earlier periods, as {@link CoverageTrend}
   * documents it. Its ratios are {@link dev.revops.forecast.pipeline.ForecastMetrics#PIPELINE_COVERAGE}
   * and {@link #WEIGHTED_PIPELINE_COVERAGE}.
   */
  public static final DefinitionRef COVERAGE_TREND = DefinitionRef.of("coverage-trend", 1);

  /** Weighted pipeline over the remaining target: the coverage the system expects to convert. */
  public static final Metric WEIGHTED_PIPELINE_COVERAGE = Metric.builder().id("weighted-pipeline-coverage")
      .name("Weighted pipeline coverage").description("Weighted pipeline of the period (amount x probability of its "
          + "open deals) divided by the target still to win (target minus closed won); absent when the target is "
          + "met. Rounded half-even to 4 decimals.").unit(MetricUnit.RATIO).owningTeam("revops").version(1).build();

  /**
   * The provenance of a review: the review's definition, the scope's definitions followed by the
   * models used, the scope's as-of instant, and every deal counted (a deal reaches a review only
   * when it is in at least one state, so none is excluded from the review as a whole; what a part
   * of a review leaves out is listed in that part).
   */
  static Provenance provenance(DefinitionRef review, Scope scope, long deals, List<DefinitionRef> models) {
    Set<DefinitionRef> basedOn = new LinkedHashSet<>(scope.basedOn());
    basedOn.addAll(models);
    return Provenance.builder().definition(review).addAllBasedOn(basedOn).asOf(scope.asOf()).counted(deals).build();
  }
}
