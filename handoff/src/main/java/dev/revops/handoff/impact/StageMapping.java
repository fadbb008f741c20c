package dev.revops.handoff.impact;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.probability.Probability;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where one stage of the earlier definition goes in the later one, what its defaults become, and
 * how many of the deals given sit in it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStageMapping.class)
@JsonDeserialize(as = ImmutableStageMapping.class)
public abstract class StageMapping {

  /** Only the generated implementation extends this class, so every instance is validated. */
  StageMapping() {}

  /**
   * The stage in the earlier version.
   *
   * @return its id
   */
  public abstract String fromStageId();

  /**
   * The stage it maps to in the later version (by id or alias).
   *
   * @return its id; empty when the later version has no such stage
   */
  public abstract Optional<String> toStageId();

  /**
   * The default probability before.
   *
   * @return the probability
   */
  public abstract Probability probabilityBefore();

  /**
   * The default probability after.
   *
   * @return the probability; empty when unmapped
   */
  public abstract Optional<Probability> probabilityAfter();

  /**
   * The default forecast category before.
   *
   * @return the category
   */
  public abstract ForecastCategory categoryBefore();

  /**
   * The default forecast category after.
   *
   * @return the category; empty when unmapped
   */
  public abstract Optional<ForecastCategory> categoryAfter();

  /**
   * The entry criteria before, described.
   *
   * @return the criteria
   */
  public abstract List<String> entryCriteriaBefore();

  /**
   * The entry criteria after, described.
   *
   * @return the criteria; empty when unmapped
   */
  public abstract List<String> entryCriteriaAfter();

  /**
   * Deals given that sit in the stage.
   *
   * @return the count
   */
  public abstract long deals();

  /**
   * Whether anything about the stage changes.
   *
   * @return true when the id, default probability, default category or entry criteria differ
   */
  public boolean changes() {
    return !toStageId().equals(Optional.of(fromStageId())) || !probabilityAfter().equals(Optional.of(
        probabilityBefore())) || !categoryAfter().equals(Optional.of(categoryBefore()))
        || !entryCriteriaAfter().equals(entryCriteriaBefore());
  }

  /** Builds mappings (the impact does). */
  static final class Builder extends ImmutableStageMapping.Builder {
    Builder() {}
  }
}
