/**
 * The weighted pipeline ({@link dev.revops.forecast.pipeline.WeightedPipeline}), forecast-category
 * roll-ups ({@link dev.revops.forecast.pipeline.ForecastRollup}), targets and coverage ({@link
 * dev.revops.forecast.pipeline.TargetTracker}, {@link dev.revops.forecast.pipeline.TargetAttainment})
 * and the range forecast of won revenue ({@link dev.revops.forecast.pipeline.RangeForecast}).
 *
 * <p>Each aggregate is a {@link dev.revops.core.aggregate.Accumulator} of deals: {@code add(deal)}
 * one deal at a time, {@code merge} another accumulator of other deals (associative, so threads or
 * cluster partitions give the identical answer), and {@code result()} an immutable value that
 * serializes to JSON and carries its {@link dev.revops.core.metric.Provenance}: what it counted,
 * what it excluded and why, and which definitions (declared once in {@link
 * dev.revops.forecast.pipeline.ForecastMetrics}) it used. Each takes {@link
 * dev.revops.forecast.pipeline.PipelineOptions}: its own grouping and window, and the {@link
 * dev.revops.core.scope.Scope} it is computed in. Sums are exact; money is rounded once, at the
 * end, with {@code Rounding.MONEY}.
 */
@ValueStyle
package dev.revops.forecast.pipeline;

import dev.revops.core.style.ValueStyle;
