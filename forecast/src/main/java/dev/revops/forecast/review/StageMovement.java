package dev.revops.forecast.review;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import java.util.List;
import org.immutables.value.Value;

/**
 * The deals that moved from one stage to another between the previous and the latest state, with
 * their number and amounts (in the latest state; one amount per currency, or one converted).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStageMovement.class)
@JsonDeserialize(as = ImmutableStageMovement.class)
public abstract class StageMovement {

  /** Only the generated implementation extends this class, so every instance is validated. */
  StageMovement() {}

  /**
   * The stage in the previous state.
   *
   * @return the stage id
   */
  public abstract String from();

  /**
   * The stage in the latest state.
   *
   * @return the stage id
   */
  public abstract String to();

  /**
   * What kind of move it is.
   *
   * @return the kind
   */
  public abstract MovementKind kind();

  /**
   * How many deals made it.
   *
   * @return the count
   */
  public abstract long deals();

  /**
   * Their amounts, one per currency (sorted by code); deals without an amount count only in
   * {@link #deals()}.
   *
   * @return the amounts
   */
  public abstract List<Money> amounts();

  /** Builds movements (reviews do). */
  static final class Builder extends ImmutableStageMovement.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("stage movement " + from() + " -> " + to());
    v.check(!from().equals(to()), "to", to(), "must differ from the stage moved from");
    v.check(deals() > 0, "deals", deals(), "must be positive");
    v.throwIfInvalid();
  }
}
