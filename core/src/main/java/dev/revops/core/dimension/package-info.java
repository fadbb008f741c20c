/**
 * What deals are grouped by: the fixed {@link dev.revops.core.dimension.Dimension}s (owner,
 * segment, source, product, stage, forecast category, close period) and the open {@link
 * dev.revops.core.dimension.OpenDimension} (any of those, the account, {@code attribute:NAME},
 * {@code level:NAME} of a roster on a deal's credit day). Pipeline roll-ups, stage and sales
 * velocity, win and loss, the reviews, forecast calls and targets all group by the same
 * dimensions, so the concept lives in core.
 */
package dev.revops.core.dimension;
