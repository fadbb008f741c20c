/**
 * The weekly operating rhythm as pure functions over pipeline states: Monday's pipeline review
 * ({@link dev.revops.forecast.review.PipelineReview}: waterfall, stage movements, close-date slips,
 * deals at risk), Wednesday's forecast reconciliation ({@link
 * dev.revops.forecast.review.ForecastReconciliation}: each forecast figure against its target and
 * what moved it, deal by deal) and Friday's execution review ({@link
 * dev.revops.forecast.review.ExecutionReview}: what closed and slipped, and how accurate earlier
 * forecasts were).
 *
 * <p>A {@link dev.revops.forecast.review.PipelineState} is the set of deals as of an instant, from
 * a snapshot export or rebuilt with {@link dev.revops.core.deal.DealTimeline}. The reviews take
 * each deal's states as a {@link dev.revops.forecast.review.DealSeries}, so a batch job can join
 * the states however it likes (a map, a sorted merge, a Spark join) and feed the accumulators.
 */
@ValueStyle
package dev.revops.forecast.review;

import dev.revops.core.style.ValueStyle;
