/**
 * From pipeline to revenue, billings, cash and margin by period: the projection finance plans with.
 * {@link dev.revops.forecast.projection.RevenueTemplates} say, per product, how a won deal becomes
 * a contract (service start lag, term, recognition, billing, payment terms or a DSO, gross margin,
 * a {@link dev.revops.forecast.projection.CostToClose});
 * {@link dev.revops.forecast.projection.Projection} books each open deal as if won on its expected
 * close date, schedules it with the revenue engine ({@link dev.revops.forecast.revenue.RevenueSchedule})
 * and weighs it by its probability, beside the remaining schedule of each booked contract, per
 * currency or in the scope's reporting currency, and per group of any open dimension
 * ({@link dev.revops.forecast.projection.ProjectionGroup}); the ranges simulate each deal as one
 * Bernoulli carrying its whole schedule; {@link dev.revops.forecast.projection.PlanComparison} sets
 * it against revenue targets.
 */
@ValueStyle
package dev.revops.forecast.projection;

import dev.revops.core.style.ValueStyle;
