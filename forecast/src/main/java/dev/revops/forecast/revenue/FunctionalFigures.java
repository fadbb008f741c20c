package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import org.immutables.value.Value;

/**
 * One period of a foreign-currency contract in the functional currency: billings at their
 * invoice dates' rates, revenue at the rates of the invoices that billed it (first billed, first
 * recognized; revenue not yet billed at the period end's rate), cash at the payment dates' rates,
 * and the FX gain or loss (kept apart from revenue): the difference between the rate at payment
 * and the rate of the invoice it settles, and between the rate unbilled revenue was recognized at
 * and the rate of the invoice that later billed it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFunctionalFigures.class)
@JsonDeserialize(as = ImmutableFunctionalFigures.class)
public abstract class FunctionalFigures {

  /** Only the generated implementation extends this class, so every instance is validated. */
  FunctionalFigures() {}

  /**
   * Revenue recognized.
   *
   * @return the amount in the functional currency
   */
  public abstract Money recognized();

  /**
   * Billed.
   *
   * @return the amount in the functional currency
   */
  public abstract Money billed();

  /**
   * Collected.
   *
   * @return the amount in the functional currency
   */
  public abstract Money collected();

  /**
   * FX gain (positive) or loss (negative).
   *
   * @return the amount in the functional currency
   */
  public abstract Money fxGainLoss();

  /** Builds figures (schedules do). */
  static final class Builder extends ImmutableFunctionalFigures.Builder {
    Builder() {}
  }
}
