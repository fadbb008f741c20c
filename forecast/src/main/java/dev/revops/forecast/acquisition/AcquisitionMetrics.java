package dev.revops.forecast.acquisition;

import dev.revops.core.metric.Metric;
import dev.revops.core.metric.MetricUnit;

/**
 * The governed definitions of acquisition cost, each declared once and cited by every value
 * {@link AcquisitionCost} returns. Example: {@code AcquisitionMetrics.BLENDED_CAC.id()}.
 */
public final class AcquisitionMetrics {
  private AcquisitionMetrics() {}

  /** Blended CAC. */
  public static final Metric BLENDED_CAC = metric("blended-cac", "Blended CAC",
      "All acquisition spend (paid media and other) of the period divided by the new customers won in it, "
          + "rounded half-even to the minor unit; absent with no new customer.", MetricUnit.MONEY);
  /** Paid CAC. */
  public static final Metric PAID_CAC = metric("paid-cac", "Paid CAC",
      "Paid media spend divided by the new customers counted (first touch, or shared by a named attribution "
          + "model) on channels with paid spend, rounded half-even; absent with no such customer.", MetricUnit.MONEY);
  /** CAC of one channel. */
  public static final Metric CHANNEL_CAC = metric("channel-cac", "CAC by channel",
      "A channel's spend divided by the new customers counted on it (first touch, or shared by a named "
          + "attribution model), rounded half-even; absent with no such customer.", MetricUnit.MONEY);
  /** CAC of one segment. */
  public static final Metric SEGMENT_CAC = metric("segment-cac", "CAC by segment",
      "A segment's spend divided by the segment's new customers, rounded half-even; absent with none.",
      MetricUnit.MONEY);
  /** CAC payback in months. */
  public static final Metric CAC_PAYBACK_MONTHS = metric("cac-payback-months", "CAC payback (months)",
      "CAC divided by (monthly recurring revenue per new customer x gross margin): the months of gross profit that "
          + "repay the acquisition cost, to 2 decimals half-even.", MetricUnit.RATIO);
  /** Lifetime value. */
  public static final Metric LTV = metric("ltv", "Customer lifetime value",
      "Monthly revenue per account x gross margin / monthly churn rate (the named churn input), rounded "
          + "half-even to the minor unit.", MetricUnit.MONEY);
  /** LTV:CAC. */
  public static final Metric LTV_TO_CAC = metric("ltv-to-cac", "LTV:CAC",
      "Lifetime value divided by CAC, to 2 decimals half-even.", MetricUnit.RATIO);
  /** The magic number. */
  public static final Metric MAGIC_NUMBER = metric("magic-number", "Magic number",
      "(Recurring revenue of the quarter minus that of the previous quarter) x 4 divided by the previous "
          + "quarter's acquisition spend, to 2 decimals half-even.", MetricUnit.RATIO);

  /** Monthly revenue per new customer, from bookings. */
  public static final Metric MONTHLY_REVENUE_PER_CUSTOMER = metric("monthly-revenue-per-customer",
      "Monthly revenue per new customer (from bookings)",
      "The new customers' won amounts, taken as annual contract values and converted to the reporting currency on "
          + "their close dates, averaged and divided by 12, rounded half-even to the minor unit.", MetricUnit.MONEY);
  /** Quarterly recurring revenue, from bookings. */
  public static final Metric QUARTERLY_RECURRING_REVENUE = metric("quarterly-recurring-revenue",
      "Quarterly recurring revenue (from bookings)",
      "The won amounts of deals closed on or before the quarter's last day, taken as annual contract values without "
          + "churn, converted on their close dates, divided by 4 and rounded half-even to the minor unit.",
      MetricUnit.MONEY);

  private static Metric metric(String id, String name, String description, MetricUnit unit) {
    return Metric.builder().id(id).name(name).description(description).unit(unit).owningTeam("revops")
        .version(1).build();
  }
}
