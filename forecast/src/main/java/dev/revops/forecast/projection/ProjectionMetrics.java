package dev.revops.forecast.projection;

import dev.revops.core.metric.Metric;
import dev.revops.core.metric.MetricUnit;

/**
 * The governed definition of the projection, declared once: every {@link ProjectionResult} cites
 * it in its provenance, beside the revenue templates and the probability model it used.
 *
 * <pre>{@code
 * result.provenance().definition();   // revenue-projection@2
 * }</pre>
 */
public final class ProjectionMetrics {
  private ProjectionMetrics() {}

  /** Revenue, billings, cash, cost and margin per period from booked contracts and open deals. */
  public static final Metric PROJECTION = Metric.builder().id("revenue-projection").name("Revenue projection")
      .description("Per period and currency (the reporting currency when the scope has one, each record converted at "
          + "the rate of its close or booking date) from the as-of period: each booked contract's schedule; each open "
          + "deal's schedule as if won on its expected close date under its product's revenue template, weighted by "
          + "its probability (the deal's totals rounded once half-even, split by the schedule's largest remainders); "
          + "cash an invoice's payment terms or DSO after it; cost revenue x (1 - gross margin rate) plus the cost to "
          + "close (x probability) in the close period; per group of the options' dimensions, summing to the rows.")
      .unit(MetricUnit.MONEY).owningTeam("finance").version(2).build();
}
