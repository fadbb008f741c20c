/**
 * Stage velocity: how long deals really stay in each stage ({@link
 * dev.revops.forecast.velocity.StageVelocity}), with a Kaplan-Meier survival estimate that also uses
 * the visits still open ({@link dev.revops.forecast.velocity.SurvivalSummary}); per-deal times
 * ({@link dev.revops.forecast.velocity.DealTimes}); aging; and sales velocity ({@link
 * dev.revops.forecast.velocity.SalesVelocity}). Durations count calendar or business days.
 */
@ValueStyle
package dev.revops.forecast.velocity;

import dev.revops.core.style.ValueStyle;
