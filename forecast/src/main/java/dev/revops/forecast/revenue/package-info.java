/**
 * From bookings to recognized revenue: contracts and their performance obligations, exact
 * allocation of the transaction price by relative standalone selling price, recognition patterns
 * (point in time, ratable by four named conventions, milestones), billing schedules, credit notes,
 * payments and modifications ({@link dev.revops.forecast.revenue.RevenueSchedule}); and the
 * period-close reports finance reconciles with the ledger: the roll-forward of deferred revenue and
 * unbilled receivables ({@link dev.revops.forecast.revenue.RevenueRollForward}), the revenue
 * waterfall ({@link dev.revops.forecast.revenue.RevenueWaterfall}), the bookings-to-revenue bridge
 * ({@link dev.revops.forecast.revenue.RevenueBridge}) and remaining performance obligations
 * ({@link dev.revops.forecast.revenue.PeriodClose}), with the schedule totals per period
 * ({@link dev.revops.forecast.revenue.ScheduleTotals}); and the books
 * ({@link dev.revops.forecast.revenue.ClosedBooks}), an append-only journal of closes, chained by
 * SHA-256 and verified whenever it is read, from which every report takes its closed periods.
 *
 * <p>Every amount is exact: allocations and schedules sum to their totals to the minor unit,
 * recognition rounds cumulatively (half-even) so that no cent is lost between periods, and every
 * report is an accumulator that merges, so a finance batch job can run per entity and combine.
 */
@ValueStyle
package dev.revops.forecast.revenue;

import dev.revops.core.style.ValueStyle;
