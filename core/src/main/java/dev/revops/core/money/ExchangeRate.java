package dev.revops.core.money;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.immutables.value.Value;

/**
 * The rate that converts one currency into another from a date on, until a later rate of the same
 * pair takes over: one unit of {@link #from()} is {@link #rate()} units of {@link #to()}.
 *
 * <p>JSON: {@code {"from": "EUR", "to": "USD", "effectiveFrom": "2026-01-01", "rate": 1.0825}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExchangeRate.class)
@JsonDeserialize(as = ImmutableExchangeRate.class)
public abstract class ExchangeRate {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ExchangeRate() {}

  /**
   * The currency converted from.
   *
   * @return the source currency
   */
  public abstract Currency from();

  /**
   * The currency converted to.
   *
   * @return the target currency
   */
  public abstract Currency to();

  /**
   * The first day the rate is in force.
   *
   * @return the date
   */
  public abstract LocalDate effectiveFrom();

  /**
   * Units of {@link #to()} per unit of {@link #from()}.
   *
   * @return a positive, exact decimal
   */
  public abstract BigDecimal rate();

  /**
   * A rate.
   *
   * @param from the source currency code
   * @param to the target currency code
   * @param effectiveFrom the first day in force
   * @param rate units of {@code to} per unit of {@code from}, for example {@code "1.0825"}
   * @return the rate
   */
  public static ExchangeRate of(String from, String to, LocalDate effectiveFrom, String rate) {
    return new Builder().from(Money.currency(from)).to(Money.currency(to)).effectiveFrom(effectiveFrom)
        .rate(new BigDecimal(rate)).build();
  }

  /** Builds rates. */
  public static final class Builder extends ImmutableExchangeRate.Builder {
    Builder() {}
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("exchange rate " + from() + "/" + to());
    v.check(rate().signum() > 0, "rate", rate().toPlainString(), "must be positive");
    v.check(!from().equals(to()), "to", to(), "must differ from the currency converted from");
    v.throwIfInvalid();
  }
}
