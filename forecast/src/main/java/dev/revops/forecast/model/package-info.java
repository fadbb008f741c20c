/**
 * Probability models: what gives each deal its chance of closing won
 * ({@link dev.revops.forecast.model.ProbabilityModel}). The weighted pipeline and the range
 * forecast take any model; {@link dev.revops.forecast.model.BuiltInModel} offers the two read off
 * the deal itself, and models learned from history implement the same interface.
 */
package dev.revops.forecast.model;
