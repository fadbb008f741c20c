package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Numbers written with a locale's separators read back exactly, and a misplaced separator never reads. */
class LocalDecimalProperties {

  @Property
  void a_number_formatted_with_grouping_reads_back_exactly(
      @ForAll @LongRange(min = -999_999_999_999_999L, max = 999_999_999_999_999L) long cents,
      @ForAll @IntRange(min = 0, max = 3) int style) {
    char decimal = style % 2 == 0 ? '.' : ',';
    char grouping = style == 0 ? ',' : style == 1 ? '.' : style == 2 ? '\'' : '\u00a0';
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setDecimalSeparator(decimal);
    symbols.setGroupingSeparator(grouping);
    DecimalFormat f = new DecimalFormat("#,##0.00", symbols);
    BigDecimal value = BigDecimal.valueOf(cents, 2);
    String text = f.format(value);
    assertEquals(value, Values.localDecimal(text, decimal, grouping), text);
    // without grouping the same text reads only when it has no separator to group
    BigDecimal ungrouped = Values.localDecimal(text, decimal, (char) 0);
    assertEquals(text.indexOf(grouping) < 0 ? value : null, ungrouped, text);
  }

  @Property
  void a_group_of_other_than_three_digits_is_no_number(
      @ForAll @IntRange(min = 1, max = 999) int head, @ForAll @IntRange(min = 0, max = 99) int shortGroup) {
    assertNull(Values.localDecimal(head + "," + shortGroup + ".00", '.', ','));
    assertNull(Values.localDecimal(head + "," + (shortGroup + 1000) + ".00", '.', ','));
  }

  @Example
  void hand_checked_examples() {
    assertEquals(new BigDecimal("1250000.00"), Values.localDecimal("1,250,000.00", '.', ','));
    assertEquals(new BigDecimal("1250000.00"), Values.localDecimal("1250000.00", '.', ','));
    assertEquals(new BigDecimal("12500.75"), Values.localDecimal("12.500,75", ',', '.'));
    assertEquals(new BigDecimal("-1234.5"), Values.localDecimal("-1,234.5", '.', ','));
    assertNull(Values.localDecimal("1,2345.00", '.', ','));
    assertNull(Values.localDecimal(",123.00", '.', ','));
    assertNull(Values.localDecimal("1,234.567,8", '.', ','));
    assertNull(Values.localDecimal("1.5.0", ',', '.'));
    assertNull(Values.localDecimal("12.5", ',', (char) 0));
    assertNull(Values.localDecimal("1 234", '.', (char) 0));
  }
}
