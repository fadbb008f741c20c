package dev.revops.core.deal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.history.StageChange;
import org.immutables.value.Value;

/**
 * The result of moving a deal: the deal in its new stage and the stage change that records it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStageMove.class)
@JsonDeserialize(as = ImmutableStageMove.class)
public abstract class StageMove {
  /** Only the generated implementation extends this class, so every instance is validated. */
  StageMove() {}

  /**
   * The deal after the move.
   *
   * @return the moved deal
   */
  public abstract Deal deal();

  /**
   * The recorded change.
   *
   * @return the change
   */
  public abstract StageChange change();

  static StageMove of(Deal deal, StageChange change) {
    return new Builder().deal(deal).change(change).build();
  }

  /** Builds moves (deals do). */
  static final class Builder extends ImmutableStageMove.Builder {
    Builder() {}
  }
}
