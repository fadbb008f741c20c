package dev.revops.forecast.review;

/** How a deal's stage changed between two states. */
public enum MovementKind {
  /** To the next open stage. */
  ADVANCED,
  /** To a later open stage, passing over at least one. */
  SKIPPED,
  /** To an earlier open stage. */
  MOVED_BACK,
  /** From an open stage to the won stage. */
  WON,
  /** From an open stage to a lost stage. */
  LOST,
  /** From a closed stage to an open one. */
  REOPENED,
  /** From one closed stage to another (a won deal marked lost, say). */
  RECLOSED
}
