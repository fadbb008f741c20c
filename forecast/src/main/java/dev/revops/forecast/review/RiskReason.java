package dev.revops.forecast.review;

/** Why an open deal is at risk. */
public enum RiskReason {
  /** In its stage longer than the stage's aging threshold. */
  STALLED,
  /** Still open after its expected close date. */
  PAST_DUE,
  /** Its expected close date slipped at least the configured number of times. */
  SLIPPED_REPEATEDLY,
  /** Its amount is lower than in the first state it was in. */
  AMOUNT_CUT,
  /** Its probability override is further from the reference model's probability than the tolerance. */
  OVERRIDE_FAR_FROM_MODEL
}
