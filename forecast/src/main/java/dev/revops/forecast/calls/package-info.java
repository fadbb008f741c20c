/**
 * Forecast calls: the pipeline rolled up the sales hierarchy, the calls people submit, the
 * adjustments managers and owners layer on top, and who calls best.
 *
 * <ul>
 *   <li>{@link dev.revops.forecast.calls.HierarchyRollup}: each person's own deals and everything
 *       below them, per close period, credited to the roster on a named day ({@link
 *       dev.revops.core.roster.CreditDate});</li>
 *   <li>{@link dev.revops.forecast.calls.DealGrouping}: won, lost, open and win rate grouped by any
 *       {@link dev.revops.core.dimension.OpenDimension} (a roster level, an attribute, the account);</li>
 *   <li>{@link dev.revops.forecast.calls.AdjustedForecast}: the amount without and with adjustments
 *       per person, with Salesforce's layering (adjustments never change deals; a manager's adjusted
 *       number includes the adjusted numbers of their reports);</li>
 *   <li>{@link dev.revops.forecast.calls.CallAccuracy}: error, bias and WMAPE per caller and level
 *       over ended periods, beside the system's forecast.</li>
 * </ul>
 */
@ValueStyle
package dev.revops.forecast.calls;

import dev.revops.core.style.ValueStyle;
