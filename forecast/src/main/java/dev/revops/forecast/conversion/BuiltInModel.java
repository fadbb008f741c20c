package dev.revops.forecast.conversion;

import dev.revops.core.deal.Deal;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.probability.Probability;
import java.util.Objects;

/**
 * The two probability models that read a deal as it is, without history.
 */
public enum BuiltInModel implements ProbabilityModel {
  /** The stage's default probability from the pipeline definition; overrides are ignored. */
  STAGE_DEFAULT("stage-default"),
  /** The deal's effective probability: its override when it has one, else the stage default. */
  DEAL_EFFECTIVE("deal-effective");

  private final DefinitionRef ref;

  BuiltInModel(String id) {
    this.ref = DefinitionRef.of(id, 1);
  }

  @Override
  public DefinitionRef ref() {
    return ref;
  }

  @Override
  public Probability probability(Deal deal) {
    Objects.requireNonNull(deal, "deal");
    return this == STAGE_DEFAULT ? deal.stage().defaultProbability() : deal.effectiveProbability().probability();
  }

  /**
   * Finds a model by its id.
   *
   * @param id {@code stage-default} or {@code deal-effective}
   * @return the model
   * @throws IllegalArgumentException if no built-in model has that id
   */
  public static BuiltInModel byId(String id) {
    for (BuiltInModel m : values()) {
      if (m.ref.id().equals(id)) {
        return m;
      }
    }
    throw new IllegalArgumentException("no built-in probability model '" + id + "' (stage-default, deal-effective)");
  }
}
