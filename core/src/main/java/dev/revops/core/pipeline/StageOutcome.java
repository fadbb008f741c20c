package dev.revops.core.pipeline;

/**
 * Whether a stage is still open or ends the deal, and how.
 */
public enum StageOutcome {
  /** The deal is still being worked. */
  OPEN,
  /** The deal ended as a booking; probability exactly 1. */
  WON,
  /** The deal ended without a booking; probability exactly 0. */
  LOST;

  /**
   * Whether the outcome ends the deal.
   *
   * @return true for {@link #WON} and {@link #LOST}
   */
  public boolean isClosed() {
    return this != OPEN;
  }
}
