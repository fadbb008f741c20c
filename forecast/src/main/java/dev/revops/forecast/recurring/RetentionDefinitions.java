package dev.revops.forecast.recurring;

import java.util.List;

/**
 * The built-in churn and retention definitions, each with its published source where it follows
 * one. They are data: write your own (or a new version of one) as JSON and compute it beside these.
 *
 * <table>
 *   <caption>Built-in definitions</caption>
 *   <tr><th>id@version</th><th>formula</th></tr>
 *   <tr><td>chartmogul-gross-mrr-churn@1</td><td>(churn + contraction) / opening MRR</td></tr>
 *   <tr><td>chartmogul-net-mrr-churn@1</td><td>(churn + contraction - expansion - reactivation) / opening MRR</td></tr>
 *   <tr><td>chartmogul-customer-churn@1</td><td>churned customers, less those who joined and churned in the period,
 *       / customers at the opening</td></tr>
 *   <tr><td>chartmogul-customer-churn@2</td><td>as version 1, also less those who churned and reactivated in the
 *       period</td></tr>
 *   <tr><td>stripe-subscriber-churn@1</td><td>churns in the 30 days to the period's close / (subscribers 30 days
 *       before + new subscribers in those days)</td></tr>
 *   <tr><td>gross-revenue-retention@1</td><td>(opening - churn - contraction) / opening MRR, at most 100%</td></tr>
 *   <tr><td>net-revenue-retention@1</td><td>(opening + expansion - contraction - churn) / opening MRR</td></tr>
 *   <tr><td>net-revenue-retention-with-reactivation@1</td><td>(opening + expansion + reactivation - contraction
 *       - churn) / opening MRR</td></tr>
 * </table>
 *
 * <pre>{@code
 * RetentionRates rates = new RetentionRates(options, RetentionDefinitions.ALL);
 * }</pre>
 */
public final class RetentionDefinitions {
  private RetentionDefinitions() {}

  /** ChartMogul's Gross MRR Churn Rate, Standard (B2B) formula. */
  public static final RetentionDefinition CHARTMOGUL_GROSS_MRR_CHURN = RetentionDefinition.builder()
      .id("chartmogul-gross-mrr-churn").version(1).name("Gross MRR churn rate (ChartMogul, B2B formula)")
      .description("(Churn MRR + contraction MRR) / MRR at the start of the period; expansion and reactivation do "
          + "not offset it, so it is never negative.")
      .source("https://help.chartmogul.com/hc/en-us/articles/203359341-Metric-MRR-Churn-Rate")
      .kind(RetentionKind.GROSS_MRR_CHURN).build();

  /** ChartMogul's Net MRR Churn Rate, Standard (B2B) formula. */
  public static final RetentionDefinition CHARTMOGUL_NET_MRR_CHURN = RetentionDefinition.builder()
      .id("chartmogul-net-mrr-churn").version(1).name("Net MRR churn rate (ChartMogul, B2B formula)")
      .description("(Churn MRR + contraction MRR - expansion MRR - reactivation MRR) / MRR at the start of the "
          + "period; negative when expansion and reactivation outweigh losses.")
      .source("https://help.chartmogul.com/hc/en-us/articles/4414075567250-Metric-Net-MRR-Churn-Rate")
      .kind(RetentionKind.NET_MRR_CHURN).includeReactivation(true).build();

  /** ChartMogul's Customer Churn Rate, B2B formula, as its metric article states it. */
  public static final RetentionDefinition CHARTMOGUL_CUSTOMER_CHURN = RetentionDefinition.builder()
      .id("chartmogul-customer-churn").version(1).name("Customer churn rate (ChartMogul, B2B formula)")
      .description("Customers who churned in the period, excluding any who both joined and churned in it, / "
          + "customers at the start of the period.")
      .source("https://help.chartmogul.com/hc/en-us/articles/203359321-Metric-Customer-Churn-rate")
      .kind(RetentionKind.CUSTOMER_CHURN).excludeJoinedAndChurned(true).build();

  /** ChartMogul's Customer Churn Rate, Standard (B2B) formula, as its churn-rate-formulas article states it. */
  public static final RetentionDefinition CHARTMOGUL_CUSTOMER_CHURN_V2 = RetentionDefinition.builder()
      .id("chartmogul-customer-churn").version(2).name("Customer churn rate (ChartMogul, Standard formula)")
      .description("Customers who churned in the period, excluding any who both joined and churned in it or both "
          + "churned and reactivated in it, / customers at the start of the period.")
      .source("https://help.chartmogul.com/hc/en-us/articles/207340419-Churn-rate-formulas")
      .kind(RetentionKind.CUSTOMER_CHURN).excludeJoinedAndChurned(true).excludeChurnedAndReactivated(true).build();

  /** Stripe Billing's subscriber churn rate. */
  public static final RetentionDefinition STRIPE_SUBSCRIBER_CHURN = RetentionDefinition.builder()
      .id("stripe-subscriber-churn").version(1).name("Subscriber churn rate (Stripe Billing)")
      .description("Churned subscribers in the past 30 days / (active subscribers as of 30 days ago + new "
          + "subscribers in those 30 days); a subscriber churns going from non-zero MRR to zero, a new subscriber "
          + "who churns in the window is in both, a returning subscriber who churns again is a second churn.")
      .source("https://support.stripe.com/questions/calculating-subscriber-churn-rate-in-billing")
      .kind(RetentionKind.SUBSCRIBER_CHURN_ROLLING).windowDays(30).build();

  /** Gross revenue retention. */
  public static final RetentionDefinition GROSS_REVENUE_RETENTION = RetentionDefinition.builder()
      .id("gross-revenue-retention").version(1).name("Gross revenue retention")
      .description("(MRR at the start of the period - churn MRR - contraction MRR) / MRR at the start of the "
          + "period, over the customers paying at the start: each counts at most what it paid then, so it never "
          + "exceeds 100%; expansion, reactivation and new business are left out.")
      .kind(RetentionKind.GROSS_REVENUE_RETENTION).build();

  /** Net revenue retention without reactivation. */
  public static final RetentionDefinition NET_REVENUE_RETENTION = RetentionDefinition.builder()
      .id("net-revenue-retention").version(1).name("Net revenue retention")
      .description("(MRR at the start of the period + expansion - contraction - churn) / MRR at the start of the "
          + "period: what the customers paying at the start pay at the end; former customers coming back "
          + "(reactivation) and new business are left out.")
      .kind(RetentionKind.NET_REVENUE_RETENTION).build();

  /** Net revenue retention with reactivation: one minus ChartMogul's net MRR churn rate. */
  public static final RetentionDefinition NET_REVENUE_RETENTION_WITH_REACTIVATION = RetentionDefinition.builder()
      .id("net-revenue-retention-with-reactivation").version(1).name("Net revenue retention with reactivation")
      .description("(MRR at the start of the period + expansion + reactivation - contraction - churn) / MRR at the "
          + "start of the period: one minus ChartMogul's net MRR churn rate; former customers coming back count as "
          + "retained revenue.")
      .kind(RetentionKind.NET_REVENUE_RETENTION).includeReactivation(true).build();

  /** Every built-in definition, in the order above. */
  public static final List<RetentionDefinition> ALL = List.of(CHARTMOGUL_GROSS_MRR_CHURN, CHARTMOGUL_NET_MRR_CHURN,
      CHARTMOGUL_CUSTOMER_CHURN, CHARTMOGUL_CUSTOMER_CHURN_V2, STRIPE_SUBSCRIBER_CHURN, GROSS_REVENUE_RETENTION,
      NET_REVENUE_RETENTION, NET_REVENUE_RETENTION_WITH_REACTIVATION);
}
