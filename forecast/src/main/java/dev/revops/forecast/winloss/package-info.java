/**
 * Win and loss from deals alone, for single-snapshot exports without stage histories: won, lost
 * and open counts, win rate, average won deal, and the sales cycle (created to closed; mean and
 * median) of won deals and of all closed deals, overall and by any grouping, custom attributes
 * included ({@link dev.revops.forecast.winloss.GroupKey}). See
 * {@link dev.revops.forecast.winloss.WinLoss}.
 */
@ValueStyle
package dev.revops.forecast.winloss;

import dev.revops.core.style.ValueStyle;
