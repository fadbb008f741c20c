package dev.revops.forecast.pipeline;

import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.metric.Metric;
import dev.revops.core.metric.MetricUnit;

/**
 * The governed definitions of the numbers this package computes, each declared once here and cited
 * by every {@link dev.revops.core.metric.MetricValue} and every result's {@link
 * dev.revops.core.metric.Provenance} the package returns.
 */
public final class ForecastMetrics {
  private ForecastMetrics() {}

  /** Sum over open deals of amount x probability. */
  public static final Metric WEIGHTED_PIPELINE = metric("weighted-pipeline", "Weighted pipeline",
      "Sum over open deals of amount x probability, with the probability model cited; amounts in a reporting "
          + "currency are converted at the rate in force on the expected close date. Summed exactly, rounded "
          + "half-even once.", MetricUnit.MONEY);

  /** Open pipeline: open deals in Pipeline, Best Case, Most Likely and Commit. */
  public static final Metric OPEN_PIPELINE = metric("open-pipeline", "Open pipeline",
      "Sum of the amounts of open deals in forecast categories Pipeline, Best Case, Most Likely and Commit, "
          + "placed in the period of their expected close date; Omitted deals excluded.", MetricUnit.MONEY);

  /** Won in the period. */
  public static final Metric CLOSED_WON = metric("closed-won", "Closed won",
      "Sum of the amounts of deals won with a closed date in the period.", MetricUnit.MONEY);

  /** Commit, cumulative: commit + closed. */
  public static final Metric COMMIT_FORECAST = metric("commit-forecast", "Commit forecast",
      "Closed won in the period plus open deals in Commit expected to close in it.", MetricUnit.MONEY);

  /** Most likely, cumulative: most likely + commit + closed. */
  public static final Metric MOST_LIKELY_FORECAST = metric("most-likely-forecast", "Most likely forecast",
      "Closed won in the period plus open deals in Commit and Most Likely expected to close in it.",
      MetricUnit.MONEY);

  /** Best case, cumulative: best case + most likely + commit + closed. */
  public static final Metric BEST_CASE_FORECAST = metric("best-case-forecast", "Best case forecast",
      "Closed won in the period plus open deals in Commit, Most Likely and Best Case expected to close in it.",
      MetricUnit.MONEY);

  /** Open pipeline over the remaining target. */
  public static final Metric PIPELINE_COVERAGE = metric("pipeline-coverage", "Pipeline coverage",
      "Open pipeline of the period divided by the target still to win (target minus closed won); absent when "
          + "the target is met.", MetricUnit.RATIO);

  /** The win rate the open pipeline needs to close the gap. */
  public static final Metric NEEDED_WIN_RATE = metric("needed-win-rate", "Needed win rate",
      "Target still to win divided by the open pipeline of the period: the share of the open amount that must be "
          + "won; above 1 the gap cannot be closed with the current pipeline.", MetricUnit.RATIO);

  /** Expected won revenue: won so far plus the expected value of the open deals. */
  public static final Metric EXPECTED_WON_REVENUE = metric("expected-won-revenue", "Expected won revenue",
      "Closed won in the period plus the sum over its open deals of amount x probability, the deals closing "
          + "independently.", MetricUnit.MONEY);

  /**
   * The attainment of a target: closed won in the period over the target, cited with the coverage
   * and needed win rate {@link TargetAttainment} reports beside it.
   */
  public static final Metric TARGET_ATTAINMENT = metric("target-attainment", "Target attainment",
      "Closed won in the target's period and group divided by the target; absent for a zero target.",
      MetricUnit.RATIO);

  /**
   * The forecast-category roll-ups as a report ({@link ForecastRollup}): closed won, the cumulative
   * forecasts and the open pipeline per close period and group, each of them one of the metrics above.
   */
  public static final DefinitionRef FORECAST_ROLLUP = DefinitionRef.of("forecast-rollup", 1);

  private static Metric metric(String id, String name, String description, MetricUnit unit) {
    return Metric.builder().id(id).name(name).description(description).unit(unit).owningTeam("revops")
        .version(1).build();
  }
}
