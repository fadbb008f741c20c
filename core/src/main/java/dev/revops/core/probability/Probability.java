package dev.revops.core.probability;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.revops.core.InvalidValueException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact probability in [0, 1], held as a decimal (never a binary floating point).
 *
 * <p>Immutable and thread-safe. Two probabilities are equal when their values are numerically
 * equal ({@code 0.5} equals {@code 0.50}). The text form is the plain decimal ({@code "0.35"}), which
 * {@link #parse} reads back; JSON writes a decimal number.
 *
 * <pre>{@code
 * Probability p = Probability.ofPercent(35);       // 0.35
 * Probability q = Probability.parse("0.35");      // equal to p
 * Probability lose = p.complement();               // 0.65
 * }</pre>
 */
public final class Probability implements Comparable<Probability>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Certain not to happen: exactly 0. */
  public static final Probability ZERO = new Probability(BigDecimal.ZERO);
  /** Certain to happen: exactly 1. */
  public static final Probability ONE = new Probability(BigDecimal.ONE);

  /** The value, without trailing zeros. */
  private final BigDecimal value;

  private Probability(BigDecimal value) {
    this.value = value;
  }

  /**
   * A probability from its decimal value.
   *
   * @param value a decimal in [0, 1], for example {@code 0.35}
   * @return the probability
   * @throws InvalidValueException if the value is outside [0, 1]
   */
  @JsonCreator
  public static Probability of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw new InvalidValueException("probability", value.toPlainString(),
          "must be between 0 and 1 inclusive");
    }
    BigDecimal normal = value.stripTrailingZeros();
    if (normal.scale() < 0) {
      normal = normal.setScale(0);
    }
    return new Probability(normal);
  }

  /**
   * Parses a plain decimal such as {@code "0.35"}.
   *
   * @param text the decimal text
   * @return the probability
   * @throws InvalidValueException if the text is not a decimal in [0, 1]
   */
  public static Probability parse(String text) {
    return of(decimal(text, "probability"));
  }

  /**
   * A probability from a percentage.
   *
   * @param percent a decimal in [0, 100], for example {@code 35} or {@code 12.5}
   * @return the probability ({@code percent / 100}, exactly)
   * @throws InvalidValueException if the percentage is outside [0, 100]
   */
  public static Probability ofPercent(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      throw new InvalidValueException("probability", percent.toPlainString() + "%",
          "must be between 0% and 100% inclusive");
    }
    return of(percent.movePointLeft(2));
  }

  /**
   * A probability from a whole-number percentage.
   *
   * @param percent 0 to 100
   * @return the probability
   * @throws InvalidValueException if the percentage is outside [0, 100]
   */
  public static Probability ofPercent(long percent) {
    return ofPercent(BigDecimal.valueOf(percent));
  }

  /**
   * The share {@code part / whole}, rounded to {@code scale} decimal places: for example the share of
   * closed deals that were won. Lossy, hence the rounding mode.
   *
   * @param part the count of successes, {@code 0 <= part <= whole}
   * @param whole the count of trials, positive
   * @param scale decimal places to keep
   * @param rounding how to round the exact share
   * @return the rounded share
   * @throws InvalidValueException if {@code whole <= 0} or {@code part} is outside [0, whole]
   */
  public static Probability ofRatio(long part, long whole, int scale, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    if (whole <= 0) {
      throw new InvalidValueException("whole", whole, "must be positive");
    }
    if (part < 0 || part > whole) {
      throw new InvalidValueException("part", part, "must be between 0 and whole (" + whole + ")");
    }
    return of(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), scale, rounding));
  }

  static BigDecimal decimal(String text, String field) {
    Objects.requireNonNull(text, "text");
    // bounded before it is parsed or used: no exponent (1e-999999999 would cost gigabytes in
    // arithmetic) and at most 100 characters
    if (text.length() > 100 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
      throw new InvalidValueException(field, text.length() > 120 ? text.substring(0, 120) + "..." : text,
          "must be a plain decimal number of at most 100 characters");
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new InvalidValueException(field, text, "must be a decimal number");
    }
  }

  /**
   * The exact decimal value, without trailing zeros.
   *
   * @return a decimal in [0, 1]
   */
  @JsonValue
  public BigDecimal toBigDecimal() {
    return value;
  }

  /**
   * The value as a percentage.
   *
   * @return {@code 100 * value}, exactly; for example {@code 35} for 0.35
   */
  public BigDecimal toPercent() {
    BigDecimal percent = value.movePointRight(2).stripTrailingZeros();
    return percent.scale() < 0 ? percent.setScale(0) : percent;
  }

  /**
   * The value as a {@code double}, for simulations and scores where binary floating point is
   * acceptable. Never use it for money.
   *
   * @return the nearest double
   */
  public double doubleValue() {
    return value.doubleValue();
  }

  /**
   * The probability of the opposite outcome.
   *
   * @return {@code 1 - this}, exactly
   */
  public Probability complement() {
    return of(BigDecimal.ONE.subtract(value));
  }

  /**
   * The probability that this and an independent {@code other} both happen.
   *
   * @param other an independent probability
   * @return {@code this * other}, exactly
   */
  public Probability times(Probability other) {
    return of(value.multiply(other.value));
  }

  /**
   * Whether this is exactly 0.
   *
   * @return true for 0
   */
  public boolean isZero() {
    return value.signum() == 0;
  }

  /**
   * Whether this is exactly 1.
   *
   * @return true for 1
   */
  public boolean isOne() {
    return value.compareTo(BigDecimal.ONE) == 0;
  }

  /**
   * Orders probabilities by value.
   *
   * @param other another probability
   * @return negative, zero or positive as this is less than, equal to or greater than other
   */
  @Override
  public int compareTo(Probability other) {
    return value.compareTo(other.value);
  }

  /**
   * Equal when numerically equal.
   *
   * @param o another object
   * @return true for a probability with the same value
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Probability p && p.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * The plain decimal text, which {@link #parse} reads back.
   *
   * @return for example {@code "0.35"}, {@code "0"}, {@code "1"}
   */
  @Override
  public String toString() {
    return value.toPlainString();
  }
}
