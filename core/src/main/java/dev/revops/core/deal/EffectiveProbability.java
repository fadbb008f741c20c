package dev.revops.core.deal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.probability.Probability;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The probability a deal is weighted with, and where it came from.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEffectiveProbability.class)
@JsonDeserialize(as = ImmutableEffectiveProbability.class)
public abstract class EffectiveProbability {
  /** Only the generated implementation extends this class, so every instance is validated. */
  EffectiveProbability() {}

  /**
   * The probability.
   *
   * @return the probability
   */
  public abstract Probability probability();

  /**
   * Its source: the stage default or an override.
   *
   * @return the source
   */
  public abstract ProbabilitySource source();

  /**
   * Who set it, for an override.
   *
   * @return the setter, empty for a stage default
   */
  public abstract Optional<String> setBy();

  static EffectiveProbability of(Probability p, ProbabilitySource source, Optional<String> setBy) {
    return new Builder().probability(p).source(source).setBy(setBy).build();
  }

  /** Builds effective probabilities (deals do). */
  static final class Builder extends ImmutableEffectiveProbability.Builder {
    Builder() {}
  }

  /**
   * The probability and its source.
   *
   * @return for example {@code "0.6 (STAGE_DEFAULT)"}
   */
  @Override
  public String toString() {
    return probability() + " (" + source() + setBy().map(s -> " by " + s).orElse("") + ")";
  }
}
