/**
 * From pipeline to revenue, billings, cash and margin by period: the projection finance plans with.
 * {@link dev.revops.forecast.projection.RevenueTemplates} say, per product, how a won deal becomes
 * a contract (service start lag, term, recognition, billing, payment terms, gross margin);
 * {@link dev.revops.forecast.projection.Projection} books each open deal as if won on its expected
 * close date, schedules it with the revenue engine ({@link dev.revops.forecast.revenue.RevenueSchedule})
 * and weighs it by its probability, beside the remaining schedule of each booked contract; the
 * ranges simulate each deal as one Bernoulli carrying its whole schedule.
 */
@ValueStyle
package dev.revops.forecast.projection;

import dev.revops.core.style.ValueStyle;
