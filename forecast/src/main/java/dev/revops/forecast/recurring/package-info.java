/**
 * Customer success's end of the lifecycle: recurring revenue and what happens to it.
 *
 * <ul>
 *   <li><b>Recurring revenue per customer</b>: {@link dev.revops.forecast.recurring.MrrLine}s read
 *       from contracts ({@link dev.revops.forecast.recurring.ContractMrr}, recurring obligations
 *       normalised to a monthly amount by a named rule, one-time items counted apart) or from a
 *       subscriptions export shaped like Stripe's ({@link dev.revops.forecast.recurring.SubscriptionCsv}),
 *       gathered per customer by {@link dev.revops.forecast.recurring.CustomerHistories}.</li>
 *   <li><b>Movements</b> per customer and period (new, reactivation, expansion, contraction,
 *       churn, or unchanged) with the identity "closing - opening = new + reactivation + expansion
 *       - contraction - churn" exact per period, currency and group
 *       ({@link dev.revops.forecast.recurring.MrrMovements}); and the change-by-change activity log of
 *       one customer ({@link dev.revops.forecast.recurring.CustomerHistory#activities()}).</li>
 *   <li><b>Churn and retention</b> as named, versioned definitions computed side by side, each
 *       value citing its definition ({@link dev.revops.forecast.recurring.RetentionDefinition},
 *       {@link dev.revops.forecast.recurring.RetentionRates}).</li>
 *   <li><b>Cohorts</b>: logo and revenue retention by start period
 *       ({@link dev.revops.forecast.recurring.Cohorts}).</li>
 *   <li><b>Renewals</b>: contracts ending in a period, matched with the customer's next contract and
 *       classified ({@link dev.revops.forecast.recurring.Renewals}).</li>
 * </ul>
 *
 * <p>Every aggregate is an accumulator with an associative merge; money is exact in minor units
 * and two currencies are never added unless converted by the scope's rate table.
 */
@ValueStyle
package dev.revops.forecast.recurring;

import dev.revops.core.style.ValueStyle;
