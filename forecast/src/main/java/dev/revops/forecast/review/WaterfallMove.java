package dev.revops.forecast.review;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import org.immutables.value.Value;

/** One deal's step in a waterfall: which step, in which period, for how much, and what changed. */
@Value.Immutable
@JsonSerialize(as = ImmutableWaterfallMove.class)
@JsonDeserialize(as = ImmutableWaterfallMove.class)
public abstract class WaterfallMove {

  /** Only the generated implementation extends this class, so every instance is validated. */
  WaterfallMove() {}

  /**
   * The deal.
   *
   * @return its id
   */
  public abstract String dealId();

  /**
   * The period whose waterfall the step is in.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * The step.
   *
   * @return the step
   */
  public abstract WaterfallStep step();

  /**
   * The amount of the step (positive; the step says the sign).
   *
   * @return the amount
   */
  public abstract Money amount();

  /**
   * The weighted amount of the step (positive; the step says the sign).
   *
   * @return the weighted amount
   */
  public abstract Money weighted();

  /**
   * What changed, in words.
   *
   * @return for example {@code "expected close 2026-12-15 -> 2027-01-20"}
   */
  public abstract String detail();

  /** Builds moves (reviews do). */
  static final class Builder extends ImmutableWaterfallMove.Builder {
    Builder() {}
  }
}
