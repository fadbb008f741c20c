package dev.revops.handoff.impact;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.probability.Probability;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** One deal a new pipeline definition version changes, and how. */
@Value.Immutable
@JsonSerialize(as = ImmutableDealImpact.class)
@JsonDeserialize(as = ImmutableDealImpact.class)
public abstract class DealImpact {

  /** Only the generated implementation extends this class, so every instance is validated. */
  DealImpact() {}

  /**
   * The deal.
   *
   * @return its id
   */
  public abstract String dealId();

  /**
   * What changes.
   *
   * @return at least one kind
   */
  public abstract Set<ImpactKind> changes();

  /**
   * Its stage before.
   *
   * @return the stage id
   */
  public abstract String stageBefore();

  /**
   * Its stage after.
   *
   * @return the stage id; empty when the later version has no stage for it
   */
  public abstract Optional<String> stageAfter();

  /**
   * Its effective probability before.
   *
   * @return the probability
   */
  public abstract Probability probabilityBefore();

  /**
   * Its effective probability after.
   *
   * @return the probability; empty when unmapped
   */
  public abstract Optional<Probability> probabilityAfter();

  /**
   * Its effective forecast category before.
   *
   * @return the category
   */
  public abstract ForecastCategory categoryBefore();

  /**
   * Its effective forecast category after.
   *
   * @return the category; empty when unmapped
   */
  public abstract Optional<ForecastCategory> categoryAfter();

  /**
   * The entry criteria of its stage it does not meet, before.
   *
   * @return why, one per criterion
   */
  public abstract List<String> unmetBefore();

  /**
   * The entry criteria of its stage it does not meet, after.
   *
   * @return why, one per criterion
   */
  public abstract List<String> unmetAfter();

  /**
   * Its weighted value before (amount x probability, rounded to the minor unit).
   *
   * @return the value; empty without an amount
   */
  public abstract Optional<Money> weightedBefore();

  /**
   * Its weighted value after.
   *
   * @return the value; empty without an amount, or unmapped
   */
  public abstract Optional<Money> weightedAfter();

  /** Builds deal impacts (the impact does). */
  static final class Builder extends ImmutableDealImpact.Builder {
    Builder() {}
  }
}
