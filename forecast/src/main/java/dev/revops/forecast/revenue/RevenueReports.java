package dev.revops.forecast.revenue;

import dev.revops.core.metric.Metric;
import dev.revops.core.metric.MetricUnit;

/**
 * The governed definitions of the revenue reports, declared once: each report's result cites its
 * definition in its {@link dev.revops.core.metric.Provenance}, so a figure traces to the rule
 * that produced it and its version.
 *
 * <pre>{@code
 * bridge.result().provenance().definition();   // revenue-bridge@1
 * }</pre>
 */
public final class RevenueReports {
  private RevenueReports() {}

  /** The bridge of a period from bookings to recognized revenue ({@link RevenueBridge}). */
  public static final Metric REVENUE_BRIDGE = report("revenue-bridge", "Revenue bridge",
      "Recognized revenue of a period explained from bookings: booked in the period, less obligations not yet "
          + "started, less revenue deferred to later periods, plus revenue from earlier bookings, modifications, "
          + "credit notes, cancellations, corrections and FX.");

  /** The position of every contract at a period's close ({@link PeriodClose}). */
  public static final Metric PERIOD_CLOSE = report("period-close", "Period close",
      "Per currency at the end of a period: recognized, billed and collected in it and to date, deferred revenue, "
          + "unbilled receivables, receivables, total contract value, remaining performance obligations and "
          + "unbilled backlog, over contracts booked by the period's end.");

  /** When the remaining performance obligations will be recognized ({@link RevenueWaterfall}). */
  public static final Metric REVENUE_WATERFALL = report("revenue-waterfall", "Revenue waterfall",
      "Contract value per currency split into revenue recognized before the first period shown, in each period "
          + "shown and after them, over contracts booked before the periods end.");

  /** Deferred revenue and unbilled receivables rolled forward ({@link RevenueRollForward}). */
  public static final Metric REVENUE_ROLL_FORWARD = report("revenue-roll-forward", "Revenue roll-forward",
      "Per period and currency: opening deferred revenue plus billings less revenue released gives closing deferred "
          + "revenue; likewise for unbilled receivables.");

  /** The schedules summed per period and currency ({@link ScheduleTotals}). */
  public static final Metric SCHEDULE_TOTALS = report("schedule-totals", "Schedule totals",
      "Per period and currency from each contract's booking period: recognized, billed and collected in the period, "
          + "deferred revenue and unbilled receivables at its end; with a functional currency, the same in it.");

  private static Metric report(String id, String name, String description) {
    return Metric.builder().id(id).name(name).description(description).unit(MetricUnit.MONEY)
        .owningTeam("finance").version(1).build();
  }
}
