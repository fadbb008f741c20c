package dev.revops.forecast.conversion;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.probability.Probability;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * P(win | a deal is in the stage), learned from closed deals: the smoothed probability, its
 * interval, the raw estimate before smoothing, the prior it was smoothed toward, and how many
 * deals it rests on. Probabilities have six decimals (the interval rounded outward).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStageEstimate.class)
@JsonDeserialize(as = ImmutableStageEstimate.class)
public abstract class StageEstimate {

  /** The decimal places of a probability and its interval bounds: 6. */
  public static final int SCALE = 6;

  /** Only the generated implementation extends this class, so every instance is validated. */
  StageEstimate() {}

  /**
   * The stage.
   *
   * @return its id
   */
  public abstract String stageId();

  /**
   * The smoothed probability, the one the model gives.
   *
   * @return the probability
   */
  public abstract Probability probability();

  /**
   * The lower end of the interval.
   *
   * @return the lower bound
   */
  public abstract Probability lower();

  /**
   * The upper end of the interval.
   *
   * @return the upper bound
   */
  public abstract Probability upper();

  /**
   * The estimate from the data alone.
   *
   * @return the raw probability; empty when no closed deal passed through the stage
   */
  public abstract Optional<Probability> raw();

  /**
   * The stage's default probability, the prior smoothed toward.
   *
   * @return the prior
   */
  public abstract Probability prior();

  /**
   * Closed deals that passed through the stage.
   *
   * @return the count
   */
  public abstract long sampleSize();

  /**
   * Their total weight (equal to the count without decay).
   *
   * @return the weighted count, nine decimals
   */
  public abstract BigDecimal weightedSampleSize();

  /**
   * The total weight of those of them that were won (equal to the count without decay). With
   * {@link #weightedSampleSize()}, the exact share of won deals that {@link #raw()} (six decimals)
   * rounds; for the Markov method it is the same count, not the model's estimate.
   *
   * @return the weighted count of won deals, nine decimals
   */
  public abstract BigDecimal weightedWon();

  /** Builds estimates (models do; public for JSON). */
  public static final class Builder extends ImmutableStageEstimate.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("estimate of " + stageId());
    v.check(lower().compareTo(probability()) <= 0 && probability().compareTo(upper()) <= 0, "probability",
        probability(), "must lie within its interval", "[" + lower() + ", " + upper() + "]");
    v.check(sampleSize() >= 0 && weightedSampleSize().signum() >= 0, "sampleSize", sampleSize(), "must not be negative");
    v.check(weightedWon().signum() >= 0 && weightedWon().compareTo(weightedSampleSize()) <= 0, "weightedWon",
        weightedWon(), "must lie between zero and the weighted sample size", weightedSampleSize().toPlainString());
    v.throwIfInvalid();
  }
}
