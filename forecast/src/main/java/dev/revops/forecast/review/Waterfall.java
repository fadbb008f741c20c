package dev.revops.forecast.review;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.period.Period;
import java.util.Currency;
import org.immutables.value.Value;

/**
 * The pipeline waterfall of one close period in one currency between the previous and the latest
 * state, in amount and in weighted amount.
 *
 * <p>In the weighted waterfall a deal's value is its weighted amount; a won deal's is its whole
 * amount, so the step from a deal's weighted value to its won amount shows as an increase.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWaterfall.class)
@JsonDeserialize(as = ImmutableWaterfall.class)
public abstract class Waterfall {

  /** Only the generated implementation extends this class, so every instance is validated. */
  Waterfall() {}

  /**
   * The close period.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * The waterfall of amounts.
   *
   * @return the figures
   */
  public abstract WaterfallFigures amount();

  /**
   * The waterfall of weighted amounts.
   *
   * @return the figures
   */
  public abstract WaterfallFigures weighted();

  /**
   * The currency of both.
   *
   * @return the currency
   */
  public Currency currency() {
    return amount().start().getCurrency();
  }

  /** Builds waterfalls (reviews do). */
  static final class Builder extends ImmutableWaterfall.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("waterfall of " + period().label());
    v.check(weighted().start().isSameCurrency(amount().start()), "weighted", weighted().start().getCurrencyCode(),
        "must be in the amount's currency " + amount().start().getCurrencyCode());
    v.throwIfInvalid();
  }
}
