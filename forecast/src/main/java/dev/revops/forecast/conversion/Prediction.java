package dev.revops.forecast.conversion;

import dev.revops.core.probability.Probability;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One prediction with its outcome: the win probability a model gave a deal, and whether the deal
 * was won. The one input of {@link Calibration}.
 *
 * <pre>{@code
 * calibration.add(Prediction.of(model.probability(deal), true));
 * }</pre>
 */
@Value.Immutable
public abstract class Prediction {

  /** Only the generated implementation extends this class. */
  Prediction() {}

  /**
   * The probability the model gave.
   *
   * @return the probability
   */
  @Value.Parameter
  public abstract Probability probability();

  /**
   * Whether the deal was won.
   *
   * @return true when won, false when lost
   */
  @Value.Parameter
  public abstract boolean won();

  /**
   * A prediction and its outcome.
   *
   * @param probability the probability the model gave
   * @param won whether the deal was won
   * @return the prediction
   */
  public static Prediction of(Probability probability, boolean won) {
    return ImmutablePrediction.of(Objects.requireNonNull(probability, "probability"), won);
  }
}
