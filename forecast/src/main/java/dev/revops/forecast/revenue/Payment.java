package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Cash received from the customer. Payments change cash and receivables, never revenue; in a
 * functional currency, the difference between the rate at payment and the rate of the invoice it
 * settles is an FX gain or loss, kept apart from revenue.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePayment.class)
@JsonDeserialize(as = ImmutablePayment.class)
public abstract class Payment {

  /** Only the generated implementation extends this class, so every instance is validated. */
  Payment() {}

  /**
   * The payment's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * When it was received.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * How much, in the contract's currency.
   *
   * @return a positive amount
   */
  public abstract Money amount();

  /**
   * The invoice it pays.
   *
   * @return the invoice id; empty to settle the oldest open invoices first
   */
  public abstract Optional<String> invoiceId();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds payments. */
  public static final class Builder extends ImmutablePayment.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("payment " + id());
    v.text("id", id());
    v.text("invoiceId", invoiceId());
    v.check(amount().isPositive(), "amount", amount(), "must be positive");
    ContractBounds.date(v, "date", date());
    v.throwIfInvalid();
  }
}
