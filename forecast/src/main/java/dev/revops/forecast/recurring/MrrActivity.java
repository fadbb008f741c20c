package dev.revops.forecast.recurring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * One change of a customer's MRR: when, which movement, by how much, and the MRR after it (see
 * {@link CustomerHistory#activities()}).
 *
 * <p>JSON: {@code {"customer": "cus_7", "at": "2026-01-15T00:00:00Z", "kind": "NEW", "amount":
 * "USD 166.67", "mrrAfter": "USD 166.67"}}.
 *
 * <pre>{@code
 * MrrActivity a = history.activities().get(0);
 * a.kind();     // NEW
 * a.amount();   // USD 166.67
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMrrActivity.class)
@JsonDeserialize(as = ImmutableMrrActivity.class)
public abstract class MrrActivity {
  /** Only the generated implementation extends this class, so every instance is validated. */
  MrrActivity() {}

  /**
   * The customer.
   *
   * @return its id
   */
  public abstract String customer();

  /**
   * When the MRR changed.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * The movement.
   *
   * @return never {@link MovementKind#UNCHANGED}
   */
  public abstract MovementKind kind();

  /**
   * By how much.
   *
   * @return the size of the change, positive
   */
  public abstract Money amount();

  /**
   * The MRR in the change's currency after it.
   *
   * @return the MRR, zero after a churn
   */
  public abstract Money mrrAfter();

  static MrrActivity of(String customer, Instant at, MovementKind kind, Money amount, Money after) {
    return new Builder().customer(customer).at(at).kind(kind).amount(amount).mrrAfter(after).build();
  }

  /** Builds activities (for JSON). */
  static final class Builder extends ImmutableMrrActivity.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("MRR activity of " + customer());
    v.check(kind() != MovementKind.UNCHANGED, "kind", kind(), "must be a change");
    v.check(amount().isPositive(), "amount", amount(), "must be positive");
    v.check(amount().isSameCurrency(mrrAfter()), "mrrAfter", mrrAfter(), "must be in the amount's currency");
    v.check((kind() == MovementKind.CHURN) == mrrAfter().isZero(), "mrrAfter", mrrAfter(),
        "must be zero exactly after a churn");
    v.throwIfInvalid();
  }
}
