package dev.revops.forecast.review;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import org.immutables.value.Value;

/**
 * One waterfall: the period's pipeline in the previous state, each step with its amount and its
 * number of deals, and the pipeline in the latest state. The steps add up exactly, to the minor
 * unit: start + created + pulled in + increased - decreased - pushed out - lost - won - removed =
 * end. A waterfall that does not add up cannot be built.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWaterfallFigures.class)
@JsonDeserialize(as = ImmutableWaterfallFigures.class)
public abstract class WaterfallFigures {

  /** Only the generated implementation extends this class, so every instance is validated. */
  WaterfallFigures() {}

  /**
   * The period's open pipeline in the previous state.
   *
   * @return the amount
   */
  public abstract Money start();

  /**
   * Open deals in the period in the previous state.
   *
   * @return the count
   */
  public abstract long startDeals();

  /**
   * Added by deals created since.
   *
   * @return the amount
   */
  public abstract Money created();

  /**
   * Deals created since.
   *
   * @return the count
   */
  public abstract long createdDeals();

  /**
   * Added by deals pulled into the period.
   *
   * @return the amount
   */
  public abstract Money pulledIn();

  /**
   * Deals pulled into the period.
   *
   * @return the count
   */
  public abstract long pulledInDeals();

  /**
   * Added by deals whose value went up.
   *
   * @return the amount
   */
  public abstract Money increased();

  /**
   * Deals whose value went up.
   *
   * @return the count
   */
  public abstract long increasedDeals();

  /**
   * Taken by deals whose value went down.
   *
   * @return the amount
   */
  public abstract Money decreased();

  /**
   * Deals whose value went down.
   *
   * @return the count
   */
  public abstract long decreasedDeals();

  /**
   * Taken by deals pushed out of the period.
   *
   * @return the amount
   */
  public abstract Money pushedOut();

  /**
   * Deals pushed out of the period.
   *
   * @return the count
   */
  public abstract long pushedOutDeals();

  /**
   * Taken by deals lost.
   *
   * @return the amount
   */
  public abstract Money lost();

  /**
   * Deals lost.
   *
   * @return the count
   */
  public abstract long lostDeals();

  /**
   * Taken by deals won in the period.
   *
   * @return the amount
   */
  public abstract Money won();

  /**
   * Deals won in the period.
   *
   * @return the count
   */
  public abstract long wonDeals();

  /**
   * Taken by deals absent from the latest state.
   *
   * @return the amount
   */
  public abstract Money removed();

  /**
   * Deals absent from the latest state.
   *
   * @return the count
   */
  public abstract long removedDeals();

  /**
   * The period's open pipeline in the latest state.
   *
   * @return the amount
   */
  public abstract Money end();

  /**
   * Open deals in the period in the latest state.
   *
   * @return the count
   */
  public abstract long endDeals();

  /**
   * The amount of one step.
   *
   * @param step the step
   * @return its amount (positive or zero; {@link WaterfallStep#adds()} says its sign)
   */
  public Money amount(WaterfallStep step) {
    switch (step) {
      case CREATED:
        return created();
      case PULLED_IN:
        return pulledIn();
      case INCREASED:
        return increased();
      case DECREASED:
        return decreased();
      case PUSHED_OUT:
        return pushedOut();
      case LOST:
        return lost();
      case WON:
        return won();
      default:
        return removed();
    }
  }

  /**
   * The number of deals of one step.
   *
   * @param step the step
   * @return the count
   */
  public long deals(WaterfallStep step) {
    switch (step) {
      case CREATED:
        return createdDeals();
      case PULLED_IN:
        return pulledInDeals();
      case INCREASED:
        return increasedDeals();
      case DECREASED:
        return decreasedDeals();
      case PUSHED_OUT:
        return pushedOutDeals();
      case LOST:
        return lostDeals();
      case WON:
        return wonDeals();
      default:
        return removedDeals();
    }
  }

  /** Builds waterfalls (reviews do). */
  static final class Builder extends ImmutableWaterfallFigures.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("waterfall");
    String currency = start().getCurrencyCode();
    Money total = start();
    for (WaterfallStep step : WaterfallStep.values()) {
      Money m = amount(step);
      v.check(m.getCurrencyCode().equals(currency), step.name(), m, "must be in the start's currency " + currency);
      v.check(!m.isNegative(), step.name(), m, "must not be negative (the step says the sign)");
      v.check(deals(step) >= 0, step.name() + " deals", deals(step), "must not be negative");
      if (m.getCurrencyCode().equals(currency)) {
        total = step.adds() ? total.plus(m) : total.minus(m);
      }
    }
    v.check(end().getCurrencyCode().equals(currency), "end", end(), "must be in the start's currency " + currency);
    if (!v.hasViolations()) {
      v.check(total.equals(end()), "end", end(),
          "must equal start + created + pulled in + increased - decreased - pushed out - lost - won - removed",
          "the steps give " + total);
    }
    v.throwIfInvalid();
  }
}
