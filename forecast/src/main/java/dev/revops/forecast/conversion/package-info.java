/**
 * Conversion probabilities learned from history, and how good they are.
 *
 * <p>{@link dev.revops.forecast.conversion.TransitionCounts} counts stage-to-stage moves of closed
 * deals (in a look-back window, optionally decayed by age) and fits a
 * {@link dev.revops.forecast.conversion.StageProbabilityModel}: P(win | stage) from an absorbing
 * Markov chain, or the share of closed deals through the stage that were won; smoothed toward the
 * stage's default with a Beta prior, each with an interval and sample size, optionally per segment
 * with fallback. {@link dev.revops.forecast.conversion.NaiveBayesCounts} fits a naive-Bayes deal
 * scorer of our own, {@link dev.revops.forecast.conversion.OdooLeadScoringCounts} Odoo's predictive
 * lead scoring, exactly. {@link dev.revops.forecast.conversion.HoldOut} compares models on deals that were open at a
 * split date, with Brier score, log loss and a reliability table. Every model is a
 * {@link dev.revops.forecast.conversion.ProbabilityModel} and an immutable JSON value.
 */
@ValueStyle
package dev.revops.forecast.conversion;

import dev.revops.core.style.ValueStyle;
