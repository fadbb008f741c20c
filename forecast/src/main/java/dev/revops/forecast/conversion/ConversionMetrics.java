package dev.revops.forecast.conversion;

import dev.revops.core.metric.Metric;
import dev.revops.core.metric.MetricUnit;

/**
 * The governed definitions of what this package computes, each declared once and cited as the
 * {@code definition} of its results' {@link dev.revops.core.metric.Provenance}.
 */
public final class ConversionMetrics {
  private ConversionMetrics() {}

  /** The moves between stages of closed deals, which stage probabilities are fitted from. */
  public static final Metric STAGE_TRANSITIONS = metric("stage-transitions", "Stage transitions",
      "Per open stage, the weighted moves of deals closed before the as-of instant (in the look-back window) to "
          + "each stage, won and lost included, and the weight of the deals through it and won; weights 1 or "
          + "0.5^(age / half-life), exact to nine decimals.", MetricUnit.COUNT);

  /** The won and lost counts per feature value behind the naive-Bayes scorer. */
  public static final Metric NAIVE_BAYES_COUNTS = metric("naive-bayes-counts", "Naive-Bayes counts",
      "Weighted won and lost counts of the closed deals learned from, per stage and per value of each feature.",
      MetricUnit.COUNT);

  /** Odoo's predictive lead scoring frequency table. */
  public static final Metric LEAD_SCORING_FREQUENCIES = metric("lead-scoring-frequencies",
      "Lead scoring frequencies", "Odoo's crm.lead.scoring.frequency table: won and lost counts per team, field and "
          + "value, rebuilt from the closed deals learned from.", MetricUnit.COUNT);

  /** How well a model's probabilities predicted outcomes. */
  public static final Metric CALIBRATION = metric("calibration", "Calibration",
      "Brier score and log loss of a model's probabilities against won (1) and lost (0) outcomes, and a "
          + "reliability table of ten bins; rounded half-even to six decimals.", MetricUnit.SCORE);

  /** Models fitted before a split date and scored on deals open at it. */
  public static final Metric HOLD_OUT = metric("hold-out-evaluation", "Hold-out evaluation",
      "Stage defaults, Markov chain, share of closed deals and naive Bayes fitted on deals closed before the split "
          + "date and scored (calibration) on the deals open at it that closed before the as-of date.",
      MetricUnit.SCORE);

  private static Metric metric(String id, String name, String description, MetricUnit unit) {
    return Metric.builder().id(id).name(name).description(description).unit(unit).owningTeam("revops")
        .version(1).build();
  }
}
