package dev.revops.core.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.revops.core.InvalidValueException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount of money in one ISO 4217 currency, held at the currency's minor unit (cents for
 * USD, none for JPY, thousandths for BHD).
 *
 * <p>In the manner of Joda-Money: immutable, thread-safe, never a binary floating point. Exact
 * operations ({@link #plus}, {@link #minus}, {@link #negated}, {@link #multipliedBy(long)},
 * {@link #allocate(List)}) need no rounding; every lossy operation takes a {@link RoundingMode}.
 * Combining two currencies throws {@link CurrencyMismatchException}. Arithmetic that leaves the
 * range of a {@code long} count of minor units throws {@link ArithmeticException}.
 *
 * <p>The text form is the currency code, one space and the amount at the currency's scale, and it
 * round-trips through {@link #parse}: {@code Money.parse("USD 1234.50").toString()} is
 * {@code "USD 1234.50"}. JSON uses the same text (a string, never a number).
 *
 * <pre>{@code
 * Money price = Money.parse("USD 1000.00");
 * Money weighted = price.multipliedBy(new BigDecimal("0.333"), RoundingMode.HALF_EVEN); // USD 333.00
 * List<Money> thirds = price.allocate(1, 1, 1);   // USD 333.34, USD 333.33, USD 333.33
 * }</pre>
 */
public final class Money implements Comparable<Money>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern AMOUNT = Pattern.compile("-?\\d+(\\.\\d+)?");
  /** The longest amount {@link #parse} reads, in characters. */
  private static final int MAX_AMOUNT_CHARS = 100;
  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

  /** The currency. */
  private final Currency currency;
  /** The amount in minor units of the currency. */
  private final long minor;

  private Money(Currency currency, long minor) {
    this.currency = currency;
    this.minor = minor;
  }

  /**
   * The currency for an ISO 4217 code, checked to have a minor unit.
   *
   * @param code three upper-case letters, for example {@code "USD"}
   * @return the currency
   * @throws InvalidValueException if the code is not an ISO 4217 currency with a minor unit
   *     (pseudo-currencies such as {@code XAU} have none)
   */
  public static Currency currency(String code) {
    Objects.requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new InvalidValueException("currency", code,
          "must be an ISO 4217 code of three upper-case letters");
    }
    Currency currency;
    try {
      currency = Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("currency", code, "is not an ISO 4217 currency code");
    }
    return checked(currency);
  }

  private static Currency checked(Currency currency) {
    if (currency.getDefaultFractionDigits() < 0) {
      throw new InvalidValueException("currency", currency.getCurrencyCode(),
          "has no minor unit, so it cannot hold an exact amount of money");
    }
    return currency;
  }

  /**
   * An amount given in minor units (cents for USD).
   *
   * @param currency the currency
   * @param amountMinor the amount in minor units, for example {@code 123450} for USD 1234.50
   * @return the money
   * @throws InvalidValueException if the currency has no minor unit
   */
  public static Money ofMinor(Currency currency, long amountMinor) {
    return new Money(checked(Objects.requireNonNull(currency, "currency")), amountMinor);
  }

  /**
   * An amount given in minor units, for a currency code.
   *
   * @param currencyCode an ISO 4217 code, for example {@code "USD"}
   * @param amountMinor the amount in minor units
   * @return the money
   * @throws InvalidValueException if the code is not a currency with a minor unit
   */
  public static Money ofMinor(String currencyCode, long amountMinor) {
    return new Money(currency(currencyCode), amountMinor);
  }

  /**
   * An exact amount: it must not have more decimal places than the currency's minor unit.
   *
   * @param currency the currency
   * @param amount the amount, for example {@code 1234.5} or {@code 1234.50} for USD
   * @return the money
   * @throws InvalidValueException if the amount has more decimals than the currency allows
   *     (use {@link #of(Currency, BigDecimal, RoundingMode)} to round) or is out of range
   */
  public static Money of(Currency currency, BigDecimal amount) {
    return of(currency, amount, RoundingMode.UNNECESSARY);
  }

  /**
   * An exact amount for a currency code.
   *
   * @param currencyCode an ISO 4217 code, for example {@code "USD"}
   * @param amount the amount
   * @return the money
   * @throws InvalidValueException if the code or amount is invalid, as {@link #of(Currency,
   *     BigDecimal)}
   */
  public static Money of(String currencyCode, BigDecimal amount) {
    return of(currency(currencyCode), amount);
  }

  /**
   * An amount rounded to the currency's minor unit with the given rule.
   *
   * @param currency the currency
   * @param amount the amount, at any scale
   * @param rounding how to round to the minor unit; {@code UNNECESSARY} rejects inexact amounts
   * @return the money
   * @throws InvalidValueException if rounding is {@code UNNECESSARY} and the amount has more
   *     decimals than the currency allows, or the amount is out of range
   */
  public static Money of(Currency currency, BigDecimal amount, RoundingMode rounding) {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(rounding, "rounding");
    int digits = checked(currency).getDefaultFractionDigits();
    BigDecimal scaled;
    try {
      scaled = amount.setScale(digits, rounding);
    } catch (ArithmeticException e) {
      throw new InvalidValueException("amount", amount.toPlainString(),
          "has more decimal places than " + currency.getCurrencyCode() + " allows (" + digits + ")");
    }
    BigInteger unscaled = scaled.unscaledValue();
    if (unscaled.bitLength() > 63) {
      throw new InvalidValueException("amount", amount.toPlainString(),
          "is out of range (at most 2^63-1 minor units)");
    }
    return new Money(currency, unscaled.longValue());
  }

  /**
   * Zero in a currency.
   *
   * @param currency the currency
   * @return zero
   */
  public static Money zero(Currency currency) {
    return ofMinor(currency, 0);
  }

  /**
   * Zero for a currency code.
   *
   * @param currencyCode an ISO 4217 code
   * @return zero
   */
  public static Money zero(String currencyCode) {
    return ofMinor(currencyCode, 0);
  }

  /**
   * Parses the text form: currency code, one space, plain decimal amount.
   *
   * <p>Accepted: {@code "USD 1234.50"}, {@code "USD 1234.5"}, {@code "USD -3"},
   * {@code "JPY 500"}. Rejected: thousands separators, exponents, a plus sign, more decimals than
   * the currency has, lower-case codes, amounts longer than 100 characters.
   *
   * @param text the text
   * @return the money
   * @throws InvalidValueException naming the text and what is wrong with it
   */
  @JsonCreator
  public static Money parse(String text) {
    Objects.requireNonNull(text, "text");
    int space = text.indexOf(' ');
    if (space < 0 || text.indexOf(' ', space + 1) >= 0) {
      throw new InvalidValueException("money", text,
          "must be a currency code, one space and an amount, like 'USD 1234.50'");
    }
    String code = text.substring(0, space);
    String amount = text.substring(space + 1);
    if (amount.length() > MAX_AMOUNT_CHARS) {
      // bounded before it is parsed: a number of a million digits takes seconds to read
      throw new InvalidValueException("money", text.substring(0, Math.min(text.length(), 120)) + "...",
          "must have an amount of at most " + MAX_AMOUNT_CHARS + " characters");
    }
    if (!AMOUNT.matcher(amount).matches()) {
      throw new InvalidValueException("money", text,
          "must have a plain decimal amount (digits, optional '-' and '.'), like 'USD 1234.50'");
    }
    return of(currency(code), new BigDecimal(amount));
  }

  /**
   * The currency.
   *
   * @return the currency
   */
  public Currency getCurrency() {
    return currency;
  }

  /**
   * The currency's ISO code.
   *
   * @return for example {@code "USD"}
   */
  public String getCurrencyCode() {
    return currency.getCurrencyCode();
  }

  /**
   * The amount as a decimal at the currency's scale.
   *
   * @return for example {@code 1234.50} (scale 2) for USD 1234.50
   */
  public BigDecimal getAmount() {
    return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits());
  }

  /**
   * The amount in minor units.
   *
   * @return for example {@code 123450} for USD 1234.50
   */
  public long getAmountMinor() {
    return minor;
  }

  /**
   * The sum of this and {@code other}.
   *
   * @param other an amount in the same currency
   * @return the exact sum
   * @throws CurrencyMismatchException if the currencies differ
   * @throws ArithmeticException on overflow
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(currency, Math.addExact(minor, other.minor));
  }

  /**
   * The difference of this and {@code other}.
   *
   * @param other an amount in the same currency
   * @return the exact difference
   * @throws CurrencyMismatchException if the currencies differ
   * @throws ArithmeticException on overflow
   */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(currency, Math.subtractExact(minor, other.minor));
  }

  /**
   * This amount with the opposite sign.
   *
   * @return {@code -this}
   * @throws ArithmeticException for the most negative amount
   */
  public Money negated() {
    return new Money(currency, Math.negateExact(minor));
  }

  /**
   * The absolute amount.
   *
   * @return this if not negative, otherwise {@link #negated()}
   */
  public Money abs() {
    return minor < 0 ? negated() : this;
  }

  /**
   * This amount times a whole number, exactly.
   *
   * @param factor the multiplier
   * @return the product
   * @throws ArithmeticException on overflow
   */
  public Money multipliedBy(long factor) {
    return new Money(currency, Math.multiplyExact(minor, factor));
  }

  /**
   * This amount times a decimal ratio (a probability, a margin rate, an exchange-free share),
   * rounded once to the minor unit.
   *
   * @param factor the multiplier, for example {@code 0.35}
   * @param rounding how to round the exact product to the minor unit; {@code HALF_EVEN}
   *     (banker's rounding) is the library's default rule
   * @return the rounded product
   * @throws ArithmeticException if {@code rounding} is {@code UNNECESSARY} and the product is not
   *     exact, or on overflow
   */
  public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(rounding, "rounding");
    BigDecimal product = BigDecimal.valueOf(minor).multiply(factor).setScale(0, rounding);
    return new Money(currency, product.longValueExact());
  }

  /**
   * This amount divided by a whole number, rounded once to the minor unit. To split an amount
   * into parts that sum back to it, use {@link #allocate(long...)} instead.
   *
   * @param divisor a non-zero divisor
   * @param rounding how to round the exact quotient to the minor unit
   * @return the rounded quotient
   * @throws ArithmeticException if the divisor is zero, or rounding is {@code UNNECESSARY} and
   *     the quotient is not exact
   */
  public Money dividedBy(long divisor, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    if (divisor == 0) {
      throw new ArithmeticException("cannot divide " + this + " by zero");
    }
    BigDecimal quotient = BigDecimal.valueOf(minor).divide(BigDecimal.valueOf(divisor), 0, rounding);
    return new Money(currency, quotient.longValueExact());
  }

  /**
   * Splits this amount into parts proportional to whole-number weights; the parts sum exactly to
   * this amount. See {@link #allocate(List)} for the rule.
   *
   * @param weights non-negative weights, at least one positive
   * @return one part per weight, in the same order
   * @throws InvalidValueException if a weight is negative or all are zero
   */
  public List<Money> allocate(long... weights) {
    Objects.requireNonNull(weights, "weights");
    return allocate(Arrays.stream(weights).mapToObj(BigDecimal::valueOf).toList());
  }

  /**
   * Splits this amount into parts proportional to {@code weights}, so that the parts sum
   * exactly to this amount, to the minor unit.
   *
   * <p>The rule (named <em>largest remainder</em>, or Hamilton's method): each part first gets
   * its exact share truncated toward zero to the minor unit; the minor units left over are then
   * handed out one each to the parts with the largest discarded remainders, ties going to the
   * earlier part. A part with weight zero always gets zero, and no part ever differs from its
   * exact share by a whole minor unit or more. Negative amounts are split the same way, by
   * magnitude.
   *
   * <p>Example: USD 100.00 by weights 1, 1, 1 gives USD 33.34, USD 33.33, USD 33.33.
   *
   * @param weights non-negative weights, at least one positive; any scale
   * @return one part per weight, in the same order
   * @throws InvalidValueException if a weight is negative or all weights are zero
   */
  public List<Money> allocate(List<BigDecimal> weights) {
    Objects.requireNonNull(weights, "weights");
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal w : weights) {
      Objects.requireNonNull(w, "weight");
      if (w.signum() < 0) {
        throw new InvalidValueException("weights", weights, "must not contain a negative weight");
      }
      total = total.add(w);
    }
    if (total.signum() == 0) {
      throw new InvalidValueException("weights", weights, "must contain at least one positive weight");
    }
    int n = weights.size();
    BigDecimal magnitude = BigDecimal.valueOf(minor).abs();
    long[] parts = new long[n];
    BigDecimal[] remainders = new BigDecimal[n];
    long handedOut = 0;
    for (int i = 0; i < n; i++) {
      // share = magnitude * w / total; compare remainders over the common denominator 'total'.
      BigDecimal numerator = magnitude.multiply(weights.get(i));
      BigDecimal[] qr = numerator.divideAndRemainder(total);
      parts[i] = qr[0].longValueExact();
      remainders[i] = qr[1];
      handedOut += parts[i];
    }
    handOutByLargestRemainder(parts, remainders, magnitude.longValueExact() - handedOut);
    List<Money> result = new ArrayList<>(n);
    for (long part : parts) {
      result.add(new Money(currency, minor < 0 ? -part : part));
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Rounds exact parts to whole minor units so that they add up to their total rounded once: the
   * same largest-remainder rule as {@link #allocate(List)}, for parts already known exactly (the
   * groups of an aggregate, each an exact sum) rather than shares of a rounded amount.
   *
   * <p>The rule: the exact total is rounded with {@link Rounding#MONEY}; each part is first rounded
   * down (toward negative infinity); the minor units still missing go one each to the parts with
   * the largest discarded fractions, ties going to the earlier part. No part moves by a whole minor
   * unit or more from its exact value. Parts may be negative.
   *
   * <p>Example: 10.4, 10.4 and 10.4 minor units (total 31.2, rounded 31) give 11, 10 and 10; 0.5
   * and 0.5 (total 1) give 1 and 0.
   *
   * @param exactMinor the exact parts, in minor units (any scale, any sign)
   * @return the rounded parts in minor units, in the same order; they sum to the rounded exact total
   * @throws ArithmeticException if a rounded part or the total does not fit in a {@code long}
   */
  public static long[] roundKeepingSum(List<BigDecimal> exactMinor) {
    Objects.requireNonNull(exactMinor, "exactMinor");
    int n = exactMinor.size();
    long[] parts = new long[n];
    BigDecimal[] fractions = new BigDecimal[n];
    BigDecimal total = BigDecimal.ZERO;
    long floors = 0;
    for (int i = 0; i < n; i++) {
      BigDecimal x = Objects.requireNonNull(exactMinor.get(i), "exact part");
      total = total.add(x);
      BigDecimal floor = x.setScale(0, RoundingMode.FLOOR);
      parts[i] = floor.longValueExact();
      fractions[i] = x.subtract(floor);
      floors = Math.addExact(floors, parts[i]);
    }
    handOutByLargestRemainder(parts, fractions, total.setScale(0, Rounding.MONEY).longValueExact() - floors);
    return parts;
  }

  /**
   * The one largest-remainder step: hands {@code left} minor units out one each to the parts with
   * the largest remainders, ties going to the earlier part.
   */
  private static void handOutByLargestRemainder(long[] parts, BigDecimal[] remainders, long left) {
    List<Integer> order = new ArrayList<>(parts.length);
    for (int i = 0; i < parts.length; i++) {
      order.add(i);
    }
    // Largest remainder first; the stable sort keeps earlier parts first on ties.
    order.sort((a, b) -> remainders[b].compareTo(remainders[a]));
    for (int k = 0; k < left; k++) {
      parts[order.get(k)]++;
    }
  }

  /**
   * The sign of the amount.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return Long.signum(minor);
  }

  /**
   * Whether the amount is zero.
   *
   * @return true for zero
   */
  public boolean isZero() {
    return minor == 0;
  }

  /**
   * Whether the amount is greater than zero.
   *
   * @return true for a positive amount
   */
  public boolean isPositive() {
    return minor > 0;
  }

  /**
   * Whether the amount is less than zero.
   *
   * @return true for a negative amount
   */
  public boolean isNegative() {
    return minor < 0;
  }

  /**
   * Whether this and {@code other} are in the same currency.
   *
   * @param other another amount
   * @return true when the currencies are equal
   */
  public boolean isSameCurrency(Money other) {
    return currency.equals(other.currency);
  }

  /**
   * Whether this amount is greater than {@code other}.
   *
   * @param other an amount in the same currency
   * @return true when this is greater
   * @throws CurrencyMismatchException if the currencies differ
   */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /**
   * Whether this amount is less than {@code other}.
   *
   * @param other an amount in the same currency
   * @return true when this is less
   * @throws CurrencyMismatchException if the currencies differ
   */
  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /**
   * Compares amounts of one currency.
   *
   * @param other an amount in the same currency
   * @return negative, zero or positive as this is less than, equal to or greater than other
   * @throws CurrencyMismatchException if the currencies differ: amounts in different currencies
   *     have no order without an exchange rate
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return Long.compare(minor, other.minor);
  }

  private void requireSameCurrency(Money other) {
    Objects.requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  /**
   * Equal when the currency and the amount are equal.
   *
   * @param o another object
   * @return true for the same currency and amount
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && m.minor == minor && m.currency.equals(currency);
  }

  @Override
  public int hashCode() {
    return currency.hashCode() * 31 + Long.hashCode(minor);
  }

  /**
   * The text form, which {@link #parse} reads back.
   *
   * @return for example {@code "USD 1234.50"}, {@code "JPY 500"}, {@code "EUR -3.10"}
   */
  @JsonValue
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + getAmount().toPlainString();
  }
}
