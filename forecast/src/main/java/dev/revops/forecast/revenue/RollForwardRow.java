package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import org.immutables.value.Value;

/**
 * The roll-forward of one period in one currency, netted per contract:
 * <pre>
 * opening deferred + billings to deferred - revenue from deferred = closing deferred
 * opening unbilled + revenue to unbilled - billings against unbilled = closing unbilled
 * </pre>
 * Within a contract's period, billings first clear its unbilled receivable (the rest is deferred),
 * then revenue first consumes its deferred revenue (the rest is unbilled); credit notes and
 * reversals run the other way. Every row adds up exactly, or cannot be built.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRollForwardRow.class)
@JsonDeserialize(as = ImmutableRollForwardRow.class)
public abstract class RollForwardRow {

  /** Only the generated implementation extends this class, so every instance is validated. */
  RollForwardRow() {}

  /**
   * The period.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * Deferred revenue (contract liabilities) at the start.
   *
   * @return the amount
   */
  public abstract Money openingDeferred();

  /**
   * Billings that became deferred revenue.
   *
   * @return the amount (negative for credit notes)
   */
  public abstract Money billingsToDeferred();

  /**
   * Revenue recognized out of deferred revenue.
   *
   * @return the amount (negative for reversals)
   */
  public abstract Money revenueFromDeferred();

  /**
   * Deferred revenue at the end.
   *
   * @return the amount
   */
  public abstract Money closingDeferred();

  /**
   * Unbilled receivables (contract assets) at the start.
   *
   * @return the amount
   */
  public abstract Money openingUnbilled();

  /**
   * Revenue recognized ahead of billing.
   *
   * @return the amount
   */
  public abstract Money revenueToUnbilled();

  /**
   * Billings that cleared unbilled receivables.
   *
   * @return the amount
   */
  public abstract Money billingsAgainstUnbilled();

  /**
   * Unbilled receivables at the end.
   *
   * @return the amount
   */
  public abstract Money closingUnbilled();

  /**
   * Billed in the period.
   *
   * @return billings to deferred + billings against unbilled
   */
  public Money billed() {
    return billingsToDeferred().plus(billingsAgainstUnbilled());
  }

  /**
   * Recognized in the period.
   *
   * @return revenue from deferred + revenue to unbilled
   */
  public Money recognized() {
    return revenueFromDeferred().plus(revenueToUnbilled());
  }

  /** Builds rows (roll-forwards do). */
  static final class Builder extends ImmutableRollForwardRow.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("roll-forward " + period().label());
    v.check(openingDeferred().plus(billingsToDeferred()).minus(revenueFromDeferred()).equals(closingDeferred()),
        "closingDeferred", closingDeferred(), "must equal opening deferred + billings to deferred - revenue from deferred");
    v.check(openingUnbilled().plus(revenueToUnbilled()).minus(billingsAgainstUnbilled()).equals(closingUnbilled()),
        "closingUnbilled", closingUnbilled(),
        "must equal opening unbilled + revenue to unbilled - billings against unbilled");
    v.throwIfInvalid();
  }
}
