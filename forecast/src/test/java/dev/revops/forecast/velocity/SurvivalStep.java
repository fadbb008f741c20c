package dev.revops.forecast.velocity;

import org.immutables.value.Value;

/**
 * One step of a survival curve: after {@link #time()}, the estimated share of visits still going
 * is {@link #survival()}.
 */
@Value.Immutable
abstract class SurvivalStep {

  /** Only the generated implementation extends this class, so every instance is validated. */
  SurvivalStep() {}

  /**
   * The time of the step, in the unit of the durations estimated (seconds in velocity results).
   *
   * @return the time
   */
  @Value.Parameter
  public abstract long time();

  /**
   * The estimated share still going after that time.
   *
   * @return a value in [0, 1]
   */
  @Value.Parameter
  public abstract double survival();

  static SurvivalStep of(long time, double survival) {
    return ImmutableSurvivalStep.of(time, survival);
  }
}
