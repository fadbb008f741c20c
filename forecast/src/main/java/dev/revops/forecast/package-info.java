/**
 * Forecasting over the core deal model. This module will hold the weighted pipeline and
 * forecast-category roll-ups ({@code dev.revops.forecast.pipeline}), stage velocity and conversion
 * probabilities learned from history ({@code .velocity}, {@code .conversion}), the weekly reviews
 * ({@code .review}) and bookings-to-revenue reconciliation ({@code .revenue}); each lands with its
 * own issue. It depends on {@code revops-core} only.
 */
package dev.revops.forecast;
