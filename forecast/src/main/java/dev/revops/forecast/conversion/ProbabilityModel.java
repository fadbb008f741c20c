package dev.revops.forecast.conversion;

import dev.revops.forecast.conversion.BuiltInModel;

import dev.revops.core.deal.Deal;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.probability.Probability;

/**
 * Gives a deal its probability of closing won. Implementations are pure (same deal, same answer)
 * and thread-safe, so aggregates may call them from any thread.
 *
 * <p>Every result computed with a model cites its {@link #ref()}.
 *
 * <pre>{@code
 * ProbabilityModel model = BuiltInModel.STAGE_DEFAULT;
 * Probability p = model.probability(deal);
 * }</pre>
 */
public interface ProbabilityModel {

  /**
   * The model's id and version, cited by every result computed with it.
   *
   * @return for example {@code stage-default@1}
   */
  DefinitionRef ref();

  /**
   * The probability that a deal closes won.
   *
   * @param deal the deal (open or closed)
   * @return the probability
   */
  Probability probability(Deal deal);
}
