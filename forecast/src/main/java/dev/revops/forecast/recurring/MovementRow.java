package dev.revops.forecast.recurring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.util.Currency;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The MRR movements of one period, currency and group, with the customers in each.
 *
 * <p>The identity holds exactly, to the minor unit, or the row cannot be built:
 * {@code closing - opening = new + reactivation + expansion - contraction - churn}; and the
 * customers: {@code atClose = atOpen + new + reactivated - churned}. With a reporting currency,
 * {@link #restatement()} is this opening minus the previous period's closing (the same customers
 * valued at this period's rate); without one there is none, as opening always equals the previous
 * closing.
 *
 * <pre>{@code
 * MovementRow r = result.totals().get(0);
 * r.closing().minus(r.opening()).equals(r.netChange());   // true
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMovementRow.class)
@JsonDeserialize(as = ImmutableMovementRow.class)
public abstract class MovementRow {
  /** Only the generated implementation extends this class, so every instance is validated. */
  MovementRow() {}

  /**
   * The period.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * Whether the period closed before the as-of instant.
   *
   * @return false for the period the as-of falls in (read up to the as-of)
   */
  public abstract boolean complete();

  /**
   * The currency of every amount.
   *
   * @return the customers' currency, or the reporting currency
   */
  public abstract Currency currency();

  /**
   * The group.
   *
   * @return dimension name to value; empty for the total
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> group();

  /**
   * MRR just before the period opens.
   *
   * @return the opening MRR
   */
  public abstract Money opening();

  /**
   * New business MRR.
   *
   * @return the sum, not negative
   */
  public abstract Money newBusiness();

  /**
   * Reactivation MRR.
   *
   * @return the sum, not negative
   */
  public abstract Money reactivation();

  /**
   * Expansion MRR.
   *
   * @return the sum, not negative
   */
  public abstract Money expansion();

  /**
   * Contraction MRR.
   *
   * @return the sum, not negative
   */
  public abstract Money contraction();

  /**
   * Churned MRR.
   *
   * @return the sum, not negative
   */
  public abstract Money churn();

  /**
   * MRR just before the period closes.
   *
   * @return the closing MRR
   */
  public abstract Money closing();

  /**
   * This opening minus the previous period's closing, with a reporting currency.
   *
   * @return the restatement; empty without a reporting currency and in the first period
   */
  public abstract Optional<Money> restatement();

  /**
   * Customers paying at the opening.
   *
   * @return the count
   */
  public abstract long customersAtOpen();

  /**
   * Customers paying at the close.
   *
   * @return the count
   */
  public abstract long customersAtClose();

  /**
   * Customers in {@link MovementKind#NEW}.
   *
   * @return the count
   */
  public abstract long newCustomers();

  /**
   * Customers in {@link MovementKind#REACTIVATION}.
   *
   * @return the count
   */
  public abstract long reactivatedCustomers();

  /**
   * Customers in {@link MovementKind#EXPANSION}.
   *
   * @return the count
   */
  public abstract long expandedCustomers();

  /**
   * Customers in {@link MovementKind#CONTRACTION}.
   *
   * @return the count
   */
  public abstract long contractedCustomers();

  /**
   * Customers in {@link MovementKind#CHURN}.
   *
   * @return the count
   */
  public abstract long churnedCustomers();

  /**
   * Customers paying the same, not zero, at both ends.
   *
   * @return the count
   */
  public abstract long unchangedCustomers();

  /**
   * Customers paying at neither end but during the period (joined and left, came back and left).
   *
   * @return the count
   */
  public abstract long inAndOutCustomers();

  /**
   * The change of MRR over the period.
   *
   * @return closing minus opening
   */
  public Money netChange() {
    return closing().minus(opening());
  }

  /** Builds rows (the accumulator does). */
  static final class Builder extends ImmutableMovementRow.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("movements of " + period().label() + " " + currency().getCurrencyCode() + " " + group());
    Money[] all = {opening(), newBusiness(), reactivation(), expansion(), contraction(), churn(), closing()};
    boolean same = true;
    for (Money m : all) {
      same &= m.getCurrency().equals(currency());
    }
    restatement().ifPresent(r -> v.check(r.getCurrency().equals(currency()), "restatement", r,
        "must be in " + currency()));
    v.check(same, "currency", currency(), "must be the currency of every amount");
    if (same) {
      for (Money m : new Money[] {newBusiness(), reactivation(), expansion(), contraction(), churn()}) {
        v.check(!m.isNegative(), "movements", m, "must not be negative");
      }
      Money movements = newBusiness().plus(reactivation()).plus(expansion()).minus(contraction()).minus(churn());
      v.check(netChange().equals(movements), "closing", closing(),
          "must equal opening + new + reactivation + expansion - contraction - churn",
          "opening " + opening() + ", movements " + movements);
    }
    v.check(customersAtClose() == customersAtOpen() + newCustomers() + reactivatedCustomers() - churnedCustomers(),
        "customersAtClose", customersAtClose(), "must equal customers at open + new + reactivated - churned");
    v.throwIfInvalid();
  }
}
