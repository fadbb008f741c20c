package dev.revops.core.deal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.probability.Probability;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A probability set on a deal by someone, replacing its stage's default, and who set it.
 *
 * <p>JSON: {@code {"probability": 0.55, "setBy": "alice", "reason": "verbal yes"}}.
 *
 * <pre>{@code
 * ProbabilityOverride o = ProbabilityOverride.of(Probability.ofPercent(55), "alice");
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProbabilityOverride.class)
@JsonDeserialize(as = ImmutableProbabilityOverride.class)
public abstract class ProbabilityOverride {
  /** Only the generated implementation extends this class, so every instance is validated. */
  ProbabilityOverride() {}

  /**
   * The probability.
   *
   * @return the probability
   */
  public abstract Probability probability();

  /**
   * Who set it: a user, or the system that imported it.
   *
   * @return a non-blank name
   */
  public abstract String setBy();

  /**
   * Why.
   *
   * @return the reason, if given
   */
  public abstract Optional<String> reason();

  /**
   * An override without a reason.
   *
   * @param probability the probability
   * @param setBy who set it
   * @return the override
   */
  public static ProbabilityOverride of(Probability probability, String setBy) {
    return builder().probability(probability).setBy(setBy).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds overrides. */
  public static final class Builder extends ImmutableProbabilityOverride.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("probability override");
    v.text("setBy", setBy());
    v.text("reason", reason());
    v.throwIfInvalid();
  }
}
