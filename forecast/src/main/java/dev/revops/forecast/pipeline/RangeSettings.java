package dev.revops.forecast.pipeline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import org.immutables.value.Value;

/**
 * How a range forecast finds its percentiles: exactly for few deals, by seeded simulation for a
 * moderate number, by a normal approximation beyond.
 *
 * <p>Defaults: exact up to 12 open deals in a period (4,096 outcomes), simulation of 10,000 trials
 * with seed 42 up to 5,000 deals, normal approximation beyond.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRangeSettings.class)
@JsonDeserialize(as = ImmutableRangeSettings.class)
public abstract class RangeSettings {

  /** The most trials a simulation runs: each is a {@code long} in memory while a period is simulated. */
  public static final int MAX_TRIALS = 1_000_000;

  /** Only the generated implementation extends this class, so every instance is validated. */
  RangeSettings() {}

  /**
   * The simulation's seed; the same seed gives the same answer.
   *
   * @return 42 unless set
   */
  @Value.Default
  public long seed() {
    return 42L;
  }

  /**
   * How many trials a simulation runs.
   *
   * @return 10,000 unless set; 1 to {@value #MAX_TRIALS}
   */
  @Value.Default
  public int trials() {
    return 10_000;
  }

  /**
   * Up to how many open deals in a period the distribution is enumerated exactly.
   *
   * @return 12 unless set; at most 20
   */
  @Value.Default
  public int exactLimit() {
    return 12;
  }

  /**
   * Up to how many open deals in a period are simulated (their amounts and probabilities are kept
   * in memory until then); beyond, the normal approximation is used.
   *
   * @return 5,000 unless set
   */
  @Value.Default
  public int simulationLimit() {
    return 5_000;
  }

  /**
   * The defaults.
   *
   * @return default settings
   */
  public static RangeSettings defaults() {
    return builder().build();
  }

  /**
   * A new builder.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds settings. */
  public static final class Builder extends ImmutableRangeSettings.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("range settings");
    v.check(trials() >= 1 && trials() <= MAX_TRIALS, "trials", trials(), "must be between 1 and 1000000 (a long "
        + "each in memory at once)");
    v.check(exactLimit() >= 0 && exactLimit() <= 20, "exactLimit", exactLimit(), "must be between 0 and 20");
    v.check(simulationLimit() >= exactLimit(), "simulationLimit", simulationLimit(), "must not be below exactLimit");
    v.throwIfInvalid();
  }
}
