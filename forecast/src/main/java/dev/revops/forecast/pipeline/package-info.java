/**
 * The weighted pipeline ({@link dev.revops.forecast.pipeline.WeightedPipeline}), forecast-category
 * roll-ups ({@link dev.revops.forecast.pipeline.ForecastRollup}), targets and coverage ({@link
 * dev.revops.forecast.pipeline.TargetAttainment}) and the range forecast of won revenue ({@link
 * dev.revops.forecast.pipeline.RangeForecast}).
 *
 * <p>Each aggregate is an accumulator: {@code add(deal)} one deal at a time, {@code merge} another
 * accumulator of other deals (associative, so threads or cluster partitions give the identical
 * answer), and {@code result()} an immutable value that serializes to JSON and says what it
 * counted, what it excluded and why, and which definitions it used. Sums are exact; money is
 * rounded once, at the end, with {@code HALF_EVEN}.
 */
@ValueStyle
package dev.revops.forecast.pipeline;

import dev.revops.core.style.ValueStyle;
