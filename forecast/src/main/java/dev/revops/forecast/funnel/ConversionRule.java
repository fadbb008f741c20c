package dev.revops.forecast.funnel;

import dev.revops.core.metric.Metric;

/**
 * The two named ways of counting conversion, chosen explicitly and computed side by side when both
 * are asked for.
 */
public enum ConversionRule {
  /** An entry cohort followed forward ({@link FunnelMetrics#COHORT_CONVERSION}). */
  COHORT(FunnelMetrics.COHORT_CONVERSION),
  /** Entries and conversions counted in the same period ({@link FunnelMetrics#PERIOD_CONVERSION}). */
  PERIOD(FunnelMetrics.PERIOD_CONVERSION);

  private final Metric metric;

  ConversionRule(Metric metric) {
    this.metric = metric;
  }

  /**
   * The rule's governed definition.
   *
   * @return the metric its results cite
   */
  public Metric metric() {
    return metric;
  }
}
