package dev.revops.forecast.recurring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * One customer's movement in one period (per currency, per product when grouping by product): the
 * line of a movement row, for drilling down ("who churned in March?"). See
 * {@link MrrMovements#classify}.
 *
 * <pre>{@code
 * movements.classify(history).stream().filter(m -> m.kind() == MovementKind.CHURN).toList();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCustomerMovement.class)
@JsonDeserialize(as = ImmutableCustomerMovement.class)
public abstract class CustomerMovement {
  /** Only the generated implementation extends this class, so every instance is validated. */
  CustomerMovement() {}

  /**
   * The customer.
   *
   * @return its id
   */
  public abstract String customer();

  /**
   * The period.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * The customer's group.
   *
   * @return dimension name to value
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> group();

  /**
   * The movement.
   *
   * @return the kind
   */
  public abstract MovementKind kind();

  /**
   * MRR just before the period opens.
   *
   * @return the opening MRR
   */
  public abstract Money opening();

  /**
   * MRR just before the period closes.
   *
   * @return the closing MRR
   */
  public abstract Money closing();

  /**
   * The movement's amount.
   *
   * @return not negative; zero for {@link MovementKind#UNCHANGED}
   */
  public abstract Money amount();

  /**
   * Whether the customer joined (first revenue ever) in the period.
   *
   * @return true when it did
   */
  public abstract boolean joined();

  /**
   * How many times the customer's MRR fell to zero in the period.
   *
   * @return the count
   */
  public abstract int churns();

  /**
   * How many times the customer came back (revenue after none, not the first time) in the period.
   *
   * @return the count
   */
  public abstract int returns();

  /** Builds movements (the accumulator does). */
  static final class Builder extends ImmutableCustomerMovement.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("movement of " + customer() + " in " + period().label());
    v.check(opening().isSameCurrency(closing()) && amount().isSameCurrency(closing()), "amount", amount(),
        "must be in the currency of opening and closing");
    v.check(!amount().isNegative(), "amount", amount(), "must not be negative");
    v.throwIfInvalid();
  }
}
