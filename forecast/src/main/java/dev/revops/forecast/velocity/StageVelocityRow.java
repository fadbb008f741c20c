package dev.revops.forecast.velocity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The visits of one open stage (in one group): how many entered, how they left, how many are still
 * there, and how long they took.
 *
 * <p>Every visit entered is counted exactly once in how it ended: {@code entered = exitedForward +
 * exitedBackward + exitedToLost + stillOpen} (checked). Forward includes closing won; backward is
 * a move to an earlier open stage.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStageVelocityRow.class)
@JsonDeserialize(as = ImmutableStageVelocityRow.class)
public abstract class StageVelocityRow {

  /** Only the generated implementation extends this class, so every instance is validated. */
  StageVelocityRow() {}

  /**
   * The group: dimension name to value.
   *
   * @return the group; empty without grouping
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> group();

  /**
   * The stage.
   *
   * @return its id
   */
  public abstract String stageId();

  /**
   * Visits entered.
   *
   * @return the count
   */
  public abstract long entered();

  /**
   * Visits left for a later stage (or won).
   *
   * @return the count
   */
  public abstract long exitedForward();

  /**
   * Visits left for an earlier stage.
   *
   * @return the count
   */
  public abstract long exitedBackward();

  /**
   * Visits that ended in a lost stage.
   *
   * @return the count
   */
  public abstract long exitedToLost();

  /**
   * Visits still open at the as-of instant.
   *
   * @return the count
   */
  public abstract long stillOpen();

  /**
   * Durations of the completed visits.
   *
   * @return the summary; empty when none completed
   */
  public abstract Optional<DurationSummary> completed();

  /**
   * The Kaplan-Meier view, using the open visits too.
   *
   * @return the survival summary
   */
  public abstract SurvivalSummary survival();

  /**
   * The aging threshold: the options' percentile of the completed visits' durations, in days (two
   * decimals). An open deal in the stage longer than this is aging.
   *
   * @return the threshold; empty without completed visits
   */
  public abstract Optional<BigDecimal> agingThresholdDays();

  /** Builds rows (velocity does). */
  static final class Builder extends ImmutableStageVelocityRow.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("stage velocity of " + stageId());
    v.check(entered() == exitedForward() + exitedBackward() + exitedToLost() + stillOpen(), "entered", entered(),
        "must equal exited forward + backward + to lost + still open");
    v.check(completed().map(DurationSummary::count).orElse(0L) == entered() - stillOpen(), "completed",
        completed().map(DurationSummary::count).orElse(0L), "must count every visit that ended");
    v.throwIfInvalid();
  }
}
