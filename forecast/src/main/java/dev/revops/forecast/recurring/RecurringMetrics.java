package dev.revops.forecast.recurring;

import dev.revops.core.metric.Metric;
import dev.revops.core.metric.MetricUnit;

/**
 * The governed definitions of the money figures and renewal rates this package computes, cited
 * by every {@link dev.revops.core.metric.MetricValue} it returns. The churn and retention rates are
 * {@link RetentionDefinition}s (data, with their parameters), not constants here.
 *
 * <pre>{@code
 * RecurringMetrics.MRR.ref();   // mrr@1
 * }</pre>
 */
public final class RecurringMetrics {
  private RecurringMetrics() {}

  /** Monthly recurring revenue at a period's close. */
  public static final Metric MRR = metric("mrr", "MRR",
      "Sum over customers of the monthly amounts of their recurring lines in force just before the period closes "
          + "(contracts: recurring obligations normalised by term months; subscriptions: amount x quantity per "
          + "interval, normalised to a month); one-time items excluded.", MetricUnit.MONEY);

  /** New business MRR. */
  public static final Metric NEW_MRR = metric("new-mrr", "New business MRR",
      "Closing MRR of customers paying nothing at the period's opening and never before (movement rules cited).",
      MetricUnit.MONEY);

  /** Reactivation MRR. */
  public static final Metric REACTIVATION_MRR = metric("reactivation-mrr", "Reactivation MRR",
      "Closing MRR of former customers paying nothing at the period's opening (movement rules cited).",
      MetricUnit.MONEY);

  /** Expansion MRR. */
  public static final Metric EXPANSION_MRR = metric("expansion-mrr", "Expansion MRR",
      "Closing minus opening MRR of customers paying more at the close than at the opening.", MetricUnit.MONEY);

  /** Contraction MRR. */
  public static final Metric CONTRACTION_MRR = metric("contraction-mrr", "Contraction MRR",
      "Opening minus closing MRR of customers paying less, but not nothing, at the close.", MetricUnit.MONEY);

  /** Churned MRR. */
  public static final Metric CHURNED_MRR = metric("churned-mrr", "Churned MRR",
      "Opening MRR of customers paying nothing at the close (a downgrade to zero included).", MetricUnit.MONEY);

  /** ARR of contracts ending in a period. */
  public static final Metric ARR_UP_FOR_RENEWAL = metric("arr-up-for-renewal", "ARR up for renewal",
      "Twelve times the MRR in force just before the end of the contracts whose recurring term ends in the period "
          + "(cancelled contracts excluded).", MetricUnit.MONEY);

  /** Logo renewal rate. */
  public static final Metric RENEWAL_RATE = metric("renewal-rate", "Renewal rate",
      "Contracts ending in the period that were renewed (flat, expanded or contracted: a next contract of the "
          + "customer, same currency, starting within the gap of the end) over those renewed or churned; "
          + "contracts still inside the gap are pending and left out.", MetricUnit.RATIO);

  /** Gross ARR renewal rate. */
  public static final Metric GROSS_ARR_RENEWAL_RATE = metric("gross-arr-renewal-rate", "Gross ARR renewal rate",
      "Sum over decided renewals of the smaller of the renewed ARR and the ending ARR, over the ending ARR; at "
          + "most 1.", MetricUnit.RATIO);

  /** Net ARR renewal rate. */
  public static final Metric NET_ARR_RENEWAL_RATE = metric("net-arr-renewal-rate", "Net ARR renewal rate",
      "Renewed ARR over ending ARR, over decided renewals (churned ones renew 0).", MetricUnit.RATIO);

  /** The cohort triangle ({@link Cohorts}): logo and revenue retention of each start-period cohort. */
  public static final Metric COHORT_RETENTION = metric("cohort-retention", "Cohort retention",
      "Per start-period cohort, currency and group, period by period from the start: customers still paying over the "
          + "cohort's customers (logo retention) and their MRR over the cohort's starting MRR (revenue retention).",
      MetricUnit.RATIO);

  /** The renewal pipeline ({@link Renewals}): contracts by the period of their end, matched and classified. */
  public static final Metric RENEWAL_PIPELINE = metric("renewal-pipeline", "Renewal pipeline",
      "Contracts ending in each period (ARR up for renewal), each matched with the customer's next contract in the "
          + "same currency starting within the gap of its end and classified renewed flat, expanded, contracted, "
          + "churned or pending.", MetricUnit.MONEY);

  private static Metric metric(String id, String name, String description, MetricUnit unit) {
    return Metric.builder().id(id).name(name).description(description).unit(unit).owningTeam("customer-success")
        .version(1).build();
  }
}
