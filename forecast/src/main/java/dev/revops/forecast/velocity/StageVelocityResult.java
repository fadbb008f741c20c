package dev.revops.forecast.velocity;

import dev.revops.core.metric.Provenance;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.metric.Exclusion;
import java.util.List;
import org.immutables.value.Value;

/**
 * Stage velocity: one row per open stage (and group), in pipeline order, the aging deals, and what
 * was counted and excluded.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStageVelocityResult.class)
@JsonDeserialize(as = ImmutableStageVelocityResult.class)
public abstract class StageVelocityResult {

  /** Only the generated implementation extends this class, so every instance is validated. */
  StageVelocityResult() {}

  /**
   * Where the result comes from: the definition, the scope's as-of and definitions, what was
   * counted and excluded.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * The options used.
   *
   * @return the options
   */
  public abstract VelocityOptions options();

  /**
   * Deal histories counted.
   *
   * @return the count
   */
  public abstract long counted();

  /**
   * Histories left out, by reason.
   *
   * @return the exclusions
   */
  public abstract List<Exclusion> excluded();

  /**
   * The stages, by group and then pipeline order.
   *
   * @return the rows
   */
  public abstract List<StageVelocityRow> stages();

  /**
   * Open deals in their stage longer than its aging threshold, longest first.
   *
   * @return the aging deals
   */
  public abstract List<AgingDeal> aging();

  /**
   * Open deals whose stage (in their group) had no completed visit to set a threshold with.
   *
   * @return the count
   */
  public abstract long notJudgedForAging();

  /** Builds results (velocity does; public for JSON). */
  public static final class Builder extends ImmutableStageVelocityResult.Builder {
    Builder() {}
  }
}
