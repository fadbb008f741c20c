package dev.revops.core.money;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.InvalidValueException;
import dev.revops.core.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * An explicit table of dated exchange rates: the only way amounts in different currencies are
 * combined. The rate used on a date is the rate of that pair with the latest effective date on or
 * before it.
 *
 * <p>Only the rates written in the table are used: a EUR to USD rate does not imply a USD to EUR
 * rate (its inverse is rarely an exact decimal, and finance publishes both directions anyway).
 * Converting a currency into itself needs no rate.
 *
 * <pre>{@code
 * ExchangeRateTable rates = ExchangeRateTable.of(
 *     ExchangeRate.of("EUR", "USD", LocalDate.parse("2026-01-01"), "1.08"),
 *     ExchangeRate.of("EUR", "USD", LocalDate.parse("2026-07-01"), "1.12"));
 * rates.convert(Money.parse("EUR 100.00"), Money.currency("USD"), LocalDate.parse("2026-08-15"),
 *     RoundingMode.HALF_EVEN);   // USD 112.00
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExchangeRateTable.class)
@JsonDeserialize(as = ImmutableExchangeRateTable.class)
public abstract class ExchangeRateTable {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ExchangeRateTable() {}

  /**
   * The rates, in any order.
   *
   * @return the rates
   */
  public abstract List<ExchangeRate> rates();

  /**
   * A table of the given rates.
   *
   * @param rates the rates
   * @return the table
   */
  public static ExchangeRateTable of(ExchangeRate... rates) {
    return new Builder().addRates(rates).build();
  }

  /**
   * A table without rates: converts each currency only into itself.
   *
   * @return the empty table
   */
  public static ExchangeRateTable empty() {
    return new Builder().build();
  }

  /** Builds tables. */
  public static final class Builder extends ImmutableExchangeRateTable.Builder {
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
    Validation v = Validation.of("exchange rate table");
    Set<String> seen = new HashSet<>();
    for (ExchangeRate r : rates()) {
      String key = r.from() + "/" + r.to() + "@" + r.effectiveFrom();
      v.check(seen.add(key), "rates", key, "must not give two rates for one pair on one date");
    }
    v.throwIfInvalid();
  }

  /** Rates by pair, by date. */
  @Value.Lazy
  @JsonIgnore
  Map<String, TreeMap<LocalDate, BigDecimal>> index() {
    Map<String, TreeMap<LocalDate, BigDecimal>> index = new HashMap<>();
    for (ExchangeRate r : rates()) {
      index.computeIfAbsent(r.from().getCurrencyCode() + r.to().getCurrencyCode(), k -> new TreeMap<>())
          .put(r.effectiveFrom(), r.rate());
    }
    return index;
  }

  /**
   * The rate in force on a date.
   *
   * @param from the currency converted from
   * @param to the currency converted to
   * @param on the date
   * @return units of {@code to} per unit of {@code from}: 1 for the same currency; empty when the
   *     table has no rate of that pair on or before the date
   */
  public Optional<BigDecimal> rate(Currency from, Currency to, LocalDate on) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(on, "on");
    if (from.equals(to)) {
      return Optional.of(BigDecimal.ONE);
    }
    TreeMap<LocalDate, BigDecimal> byDate = index().get(from.getCurrencyCode() + to.getCurrencyCode());
    return Optional.ofNullable(byDate).map(m -> m.floorEntry(on)).map(Map.Entry::getValue);
  }

  /**
   * An amount in another currency, exactly: {@code amount x rate}, in units of the target
   * currency, not rounded.
   *
   * @param amount the amount
   * @param to the target currency
   * @param on the date whose rate applies
   * @return the exact converted amount
   * @throws InvalidValueException if the table has no rate for the pair on that date
   */
  public BigDecimal convertExactly(Money amount, Currency to, LocalDate on) {
    BigDecimal rate = rate(amount.getCurrency(), to, on).orElseThrow(() -> new InvalidValueException("currency",
        amount.getCurrencyCode(), "has no rate into " + to.getCurrencyCode() + " in the exchange rate table",
        "on " + on));
    return amount.getAmount().multiply(rate);
  }

  /**
   * An amount in another currency, rounded once to the target's minor unit.
   *
   * @param amount the amount
   * @param to the target currency
   * @param on the date whose rate applies
   * @param rounding how to round to the minor unit
   * @return the converted amount
   * @throws InvalidValueException if the table has no rate for the pair on that date
   */
  public Money convert(Money amount, Currency to, LocalDate on, RoundingMode rounding) {
    return Money.of(to, convertExactly(amount, to, on), rounding);
  }
}
