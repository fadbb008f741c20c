package dev.revops.forecast.funnel;

import dev.revops.core.metric.Metric;
import dev.revops.core.metric.MetricUnit;

/**
 * The governed definitions of the numbers the funnel computes, cited by the provenance of each of
 * its results.
 *
 * <pre>{@code
 * FunnelMetrics.COHORT_CONVERSION.ref();   // cohort-conversion@1
 * }</pre>
 */
public final class FunnelMetrics {
  private FunnelMetrics() {}

  /** Entries into each funnel step. */
  public static final Metric STEP_ENTRIES = metric("funnel-step-entries", "Funnel step entries",
      "Leads that reached each funnel step by the as-of instant, each lead counted once per step: a lifecycle stage "
          + "at its first entry (and, when the funnel says so, at the entry of a later lifecycle step for a stage "
          + "passed through), the deal step at the lead's conversion, the won step when its deal was won.", MetricUnit.COUNT);

  /** The cohort rule. */
  public static final Metric COHORT_CONVERSION = metric("cohort-conversion", "Cohort conversion",
      "The leads that entered a step (the cohort, by the period they entered it in and in all), followed forward: "
          + "converted when they reached the target step or a later one of its kind (a later lifecycle stage; the "
          + "won deal for the deal step) (within the window after entering, when "
          + "there is one); not converted when disqualified after entering, when their deal was lost (for the won "
          + "step) or when the window ran out; otherwise unresolved. Converted of resolved = converted / (converted + "
          + "not converted); converted of all = converted / entered, the unresolved counted. Both within [0, 1]; "
          + "4 decimals, half-even.", MetricUnit.PROBABILITY);

  /** The period rule. */
  public static final Metric PERIOD_CONVERSION = metric("period-conversion", "Period conversion",
      "Conversions from a step to the target step (or a later one of its kind) that happened in a period, divided by the "
          + "entries into the step in the same period, whenever the converted leads entered. It may exceed 100% "
          + "(conversions of leads that entered in earlier periods). 4 decimals, half-even.", MetricUnit.RATIO);

  /** Time to convert, censored. */
  public static final Metric TIME_TO_CONVERT = metric("time-to-convert", "Time to convert",
      "Days from entering a step to converting to the target step, estimated by Kaplan-Meier with the leads not "
          + "converted by the as-of instant censored at their age then (so recent cohorts are not understated). "
          + "Percentile p is the first time the estimated share converted reaches p of the share converted by the "
          + "last conversion seen (the time by which p of the converters converted); converted within N days is one "
          + "minus the survival at N days. A conversion dated before the entry is left out and counted.",
      MetricUnit.DAYS);

  private static Metric metric(String id, String name, String description, MetricUnit unit) {
    return Metric.builder().id(id).name(name).description(description).unit(unit).owningTeam("revops").version(1)
        .build();
  }
}
