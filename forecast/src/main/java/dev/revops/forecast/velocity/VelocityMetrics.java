package dev.revops.forecast.velocity;

import dev.revops.core.metric.Metric;
import dev.revops.core.metric.MetricUnit;

/**
 * The governed definitions of what this package computes, each declared once and cited as the
 * {@code definition} of its results' {@link dev.revops.core.metric.Provenance}.
 */
public final class VelocityMetrics {
  private VelocityMetrics() {}

  /** Time in stage: completed visits, their Kaplan-Meier view with open visits, and aging. */
  public static final Metric STAGE_VELOCITY = Metric.builder().id("stage-velocity").name("Stage velocity")
      .description("Per open stage: visits entered (in the look-back window), how each ended, the durations of the "
          + "completed visits (mean and type-7 percentiles), the Kaplan-Meier estimate with the visits still open "
          + "as censored, and the open deals longer in their stage than its aging percentile; in calendar or "
          + "business days, rounded half-even to hundredths.")
      .unit(MetricUnit.DAYS).owningTeam("revops").version(1).build();

  /** Sales velocity, in money per day. */
  public static final Metric SALES_VELOCITY = Metric.builder().id("sales-velocity").name("Sales velocity")
      .description("Qualified opportunities x win rate x average won amount / average days from creation to winning, "
          + "over the look-back window; in money per day.")
      .unit(MetricUnit.MONEY_PER_DAY).owningTeam("revops").version(1).build();
}
