/**
 * The lead funnel: entries into each lifecycle stage, conversion between steps and to won deals,
 * by any grouping (source, campaign, owner, segment, entry month, custom attributes), under two
 * named conversion rules computed side by side when asked (cohort and period conversion, each
 * citing its definition), and time to convert with right-censoring (Kaplan-Meier).
 *
 * <p>{@link dev.revops.forecast.funnel.Funnel} is the accumulator: it adds one {@link
 * dev.revops.core.lead.LeadJourney} per lead and returns a {@link
 * dev.revops.forecast.funnel.FunnelResult}.
 */
@ValueStyle
package dev.revops.forecast.funnel;

import dev.revops.core.style.ValueStyle;
