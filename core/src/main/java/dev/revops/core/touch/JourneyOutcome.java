package dev.revops.core.touch;

/**
 * How a deal of a {@link DealJourney} stands: won, open or lost. Example: {@code JourneyOutcome.WON}.
 */
public enum JourneyOutcome {
  /** Closed won: has a closed-won instant and probability 1. */
  WON,
  /** Still open: has a probability of winning in [0, 1]. */
  OPEN,
  /** Closed lost: probability 0; attribution credits nothing for it and says so. */
  LOST
}
