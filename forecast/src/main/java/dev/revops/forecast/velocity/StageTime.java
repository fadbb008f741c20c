package dev.revops.forecast.velocity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One deal's time in one stage: its latest visit and all its visits together.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStageTime.class)
@JsonDeserialize(as = ImmutableStageTime.class)
public abstract class StageTime {

  /** Only the generated implementation extends this class, so every instance is validated. */
  StageTime() {}

  /**
   * The stage.
   *
   * @return its id
   */
  public abstract String stageId();

  /**
   * How many times the deal was in the stage.
   *
   * @return the number of visits
   */
  public abstract int visits();

  /**
   * The latest visit's length (to the as-of instant when it is still going).
   *
   * @return days
   */
  public abstract BigDecimal latestDays();

  /**
   * All visits together.
   *
   * @return days
   */
  public abstract BigDecimal cumulativeDays();

  /**
   * Whether the deal is in the stage at the as-of instant.
   *
   * @return true for the current stage
   */
  public abstract boolean current();

  /** Builds stage times (deal times do). */
  static final class Builder extends ImmutableStageTime.Builder {
    Builder() {}
  }
}
