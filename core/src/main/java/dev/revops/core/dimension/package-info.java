/**
 * What deals are grouped by: {@link dev.revops.core.dimension.Dimension} (owner, segment, source,
 * product, stage, forecast category, close period). Pipeline roll-ups, stage velocity, conversion
 * and targets all group by the same dimensions, so the concept lives in core.
 */
package dev.revops.core.dimension;
