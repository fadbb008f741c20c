package dev.revops.core.money;

import dev.revops.core.InvalidValueException;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Two amounts in different currencies were combined. Amounts are only ever combined in one
 * currency; converting needs an explicit, dated rate table, never an implicit rate.
 *
 * <p>Message example: {@code currency 'EUR' must match USD (amounts in different currencies need
 * an explicit exchange rate to be combined)}.
 */
public final class CurrencyMismatchException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /** The currency the operation was working in. */
  private final Currency expected;
  /** The other currency. */
  private final Currency actual;

  /**
   * Creates the exception for an operation on {@code expected} that was given {@code actual}.
   *
   * @param expected the currency of the left-hand amount
   * @param actual the other, different currency
   */
  public CurrencyMismatchException(Currency expected, Currency actual) {
    super("", List.of(new Violation("currency", actual.getCurrencyCode(),
        "must match " + Objects.requireNonNull(expected, "expected").getCurrencyCode()
            + " (amounts in different currencies need an explicit exchange rate to be combined)")));
    this.expected = expected;
    this.actual = actual;
  }

  /**
   * The currency the operation was working in.
   *
   * @return the expected currency
   */
  public Currency expected() {
    return expected;
  }

  /**
   * The currency that did not match.
   *
   * @return the other currency
   */
  public Currency actual() {
    return actual;
  }
}
