package dev.revops.examples.cli;

import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * One cell of a {@link Table}: the text the table shows, and the exact value the CSV output and the
 * JSON hold (absent for a cell that shows no figure, like "-").
 *
 * @param text what the table shows: {@code 1,234.50}, {@code 62.5%}
 * @param value the exact value, plain: {@code 1234.50}, {@code 0.625}; null when there is none
 * @param currency the currency of an amount, else null
 */
record Cell(String text, String value, String currency) {
  /** No figure, shown as {@code -}. */
  static final Cell NONE = new Cell("-", null, null);

  /** Text that is also the value: a name, a method, a reason. */
  static Cell text(String text) {
    return new Cell(text, text, null);
  }

  /** Text shown where there is no figure (met, current...): nothing in the CSV. */
  static Cell note(String text) {
    return new Cell(text, null, null);
  }

  /** An amount with thousands separators and without its currency: {@code 1,234.50}. */
  static Cell amount(Money m) {
    int digits = Math.max(0, m.getCurrency().getDefaultFractionDigits());
    return new Cell(grouped(m.getAmount().setScale(digits, RoundingMode.HALF_EVEN)), m.getAmount().toPlainString(),
        m.getCurrencyCode());
  }

  /**
   * A decimal with a comma every three digits of its whole part: {@code -1234567.50} as {@code
   * -1,234,567.50}. What {@code DecimalFormat("#,##0.00")} shows, without building a format per cell
   * (a grouped pipeline prints tens of thousands of amounts).
   */
  static String grouped(BigDecimal value) {
    String plain = value.toPlainString();
    int sign = plain.startsWith("-") ? 1 : 0;
    int point = plain.indexOf('.');
    int end = point < 0 ? plain.length() : point;
    StringBuilder b = new StringBuilder(plain.length() + (end - sign) / 3);
    b.append(plain, 0, sign);
    for (int i = sign; i < end; i++) {
      if (i > sign && (end - i) % 3 == 0) {
        b.append(',');
      }
      b.append(plain.charAt(i));
    }
    return b.append(plain, end, plain.length()).toString();
  }

  /** An amount with its currency, as money reads and writes it: {@code USD 1234.50}. */
  static Cell money(Money m) {
    return new Cell(m.toString(), m.getAmount().toPlainString(), m.getCurrencyCode());
  }

  /** A count with thousands separators. */
  static Cell count(long n) {
    return new Cell(String.format(Locale.ROOT, "%,d", n), Long.toString(n), null);
  }

  /**
   * A possibly fractional count (decay-weighted deals) with thousands separators and up to two
   * decimals: {@code 95,054} or {@code 1,234.5}.
   */
  static Cell count(BigDecimal n) {
    DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.HALF_EVEN);
    return new Cell(f.format(n), n.toPlainString(), null);
  }

  /** A decimal shown as it is: days, scores. */
  static Cell number(BigDecimal n) {
    return new Cell(n.toPlainString(), n.toPlainString(), null);
  }

  /** A ratio as a percentage with one decimal: {@code 62.5%}; the value is the ratio. */
  static Cell percent(BigDecimal ratio) {
    return new Cell(ratio.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%",
        ratio.toPlainString(), null);
  }

  /** A ratio as a multiple with two decimals: {@code 2.50x}; the value is the ratio. */
  static Cell multiple(BigDecimal ratio) {
    return new Cell(ratio.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "x", ratio.toPlainString(), null);
  }

  /** A duration in hours with one decimal: {@code 34.8h}; the value is ISO-8601, as in JSON: {@code PT34H48M}. */
  static Cell hours(Duration d) {
    BigDecimal seconds = BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
    return new Cell(seconds.divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_EVEN).toPlainString() + "h",
        d.toString(), null);
  }

  /** The figure when present, else {@link #NONE}. */
  static <T> Cell of(Optional<T> value, Function<? super T, Cell> cell) {
    return value.map(cell).orElse(NONE);
  }

  /** The same figure with more text after it: {@code 25.0% (no deals)}. */
  Cell append(String more) {
    return new Cell(text + more, value, currency);
  }
}
