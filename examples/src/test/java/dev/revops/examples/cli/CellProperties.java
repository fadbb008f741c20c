package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Amounts in tables are grouped as {@code DecimalFormat("#,##0.00")} groups them, without one per cell. */
class CellProperties {
  @Property(tries = 2000)
  void an_amount_is_grouped_as_a_decimal_format_of_its_digits_shows_it(@ForAll long unscaled,
      @ForAll @IntRange(min = 0, max = 4) int scale, @ForAll @IntRange(min = 0, max = 3) int extraDigits) {
    BigDecimal value = new BigDecimal(BigInteger.valueOf(unscaled).multiply(BigInteger.TEN.pow(extraDigits)), scale);
    DecimalFormat f = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale),
        DecimalFormatSymbols.getInstance(Locale.ROOT));
    assertEquals(f.format(value), Cell.grouped(value));
  }

  @Test
  void grouping_by_hand() {
    assertEquals("0.00", Cell.grouped(new BigDecimal("0.00")));
    assertEquals("999", Cell.grouped(new BigDecimal("999")));
    assertEquals("1,000", Cell.grouped(new BigDecimal("1000")));
    assertEquals("-1,234,567.50", Cell.grouped(new BigDecimal("-1234567.50")));
    assertEquals("-123,456.5", Cell.grouped(new BigDecimal("-123456.5")));
  }
}
