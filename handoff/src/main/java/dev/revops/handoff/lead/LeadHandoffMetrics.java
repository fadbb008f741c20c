package dev.revops.handoff.lead;

import dev.revops.core.metric.Metric;
import dev.revops.core.metric.MetricUnit;

/**
 * The governed definition of the lead-level handoff comparison, cited by its results.
 *
 * <pre>{@code
 * LeadHandoffMetrics.CONVERSION_BY_ADHERENCE.ref();   // lead-handoff-conversion@1
 * }</pre>
 */
public final class LeadHandoffMetrics {
  private LeadHandoffMetrics() {}

  /** Conversion of leads by whether their handoff met its protocol. */
  public static final Metric CONVERSION_BY_ADHERENCE = Metric.builder().id("lead-handoff-conversion")
      .name("Conversion by handoff adherence")
      .description("The leads that entered the step triggering a lead-level handoff, split by whether their latest "
          + "handoff of the protocol (latest sent, the greater id on a tie) met it as of the as-of instant (met, not "
          + "met, waiting, not sent) and by its status, each with the cohort rule's conversion from that step to the "
          + "target: converted, not converted, unresolved; of resolved and of all, 4 decimals half-even. Counts of "
          + "leads, not a causal estimate.")
      .unit(MetricUnit.PROBABILITY).owningTeam("revops").version(1).build();
}
