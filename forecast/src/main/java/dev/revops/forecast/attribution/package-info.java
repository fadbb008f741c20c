/**
 * Attribution: a deal's amount split exactly over its touches by several models side by side,
 * one of them primary.
 *
 * <p>Models are data ({@link dev.revops.forecast.attribution.AttributionModel}, versioned, JSON
 * round-trip); {@link dev.revops.forecast.attribution.Attribution} is the accumulator that credits
 * channels, campaigns, segments and periods with {@code Money.allocate}, so every deal's credits sum
 * to its amount to the minor unit.
 */
@ValueStyle
package dev.revops.forecast.attribution;

import dev.revops.core.style.ValueStyle;
