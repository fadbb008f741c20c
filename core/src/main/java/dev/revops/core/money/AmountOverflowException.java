package dev.revops.core.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An aggregate amount beyond what {@link Money} holds (a {@code long} count of minor units: in a
 * currency with two decimals, 92,233,720,368,547,758.07 either way), named by the aggregate, the
 * figure, its group and currency, so that the user knows which sum to split.
 *
 * <p>Every accumulator sums exactly: in {@code long} minor units where it adds amounts (the
 * overflow is found when the sum is made), in exact decimals where it multiplies (found when the
 * result is read). Either way the sum is never wrapped around or rounded: it is this exception.
 * An accumulator that threw it while adding is left partly updated and must be discarded.
 *
 * <pre>{@code
 * try {
 *   deals.forEach(rollup::add);
 * } catch (AmountOverflowException e) {
 *   e.getMessage();  // forecast roll-up: commit of 2026-Q4, owner=alice in USD is beyond ...
 * }
 * }</pre>
 */
public final class AmountOverflowException extends ArithmeticException {
  private static final long serialVersionUID = 1L;

  /** The group whose sum overflowed, as the message names it. */
  private final String group;
  /** The currency code of the sum that overflowed. */
  private final String currency;

  /**
   * An overflow.
   *
   * @param aggregate the accumulator: {@code "forecast roll-up"}
   * @param figure the figure: {@code "commit"}
   * @param group the group it belongs to, in words: {@code "2026-Q4, owner=alice"}, or empty
   * @param currency its currency
   */
  public AmountOverflowException(String aggregate, String figure, String group, Currency currency) {
    super(aggregate + ": " + figure + (group.isEmpty() ? "" : " of " + group) + " in " + currency.getCurrencyCode()
        + " is beyond the largest amount an aggregate holds (" + largest(currency) + " either way); split the input "
        + "in smaller groups");
    this.group = Objects.requireNonNull(group, "group");
    this.currency = currency.getCurrencyCode();
  }

  /**
   * The group whose figure overflowed.
   *
   * @return as given, for example {@code 2026-Q4, owner=alice}
   */
  public String group() {
    return group;
  }

  /**
   * The currency of the figure.
   *
   * @return its ISO 4217 code
   */
  public String currency() {
    return currency;
  }

  /** The largest amount in the currency, as money writes it. */
  private static String largest(Currency currency) {
    return currency.getCurrencyCode() + " "
        + BigDecimal.valueOf(Long.MAX_VALUE, Math.max(0, currency.getDefaultFractionDigits())).toPlainString();
  }
}
