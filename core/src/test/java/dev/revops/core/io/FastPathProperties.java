package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The import's fast paths against the general parsers, on generated valid and invalid text: the
 * same accept or reject, the same value.
 */
class FastPathProperties {

  /** The general path's minor units: {@code Money.of}'s rule on {@code plainDecimal}; null when it rejects. */
  private static Long general(String s, int fractionDigits) {
    BigDecimal d = Values.plainDecimal(s);
    if (d == null) {
      return null;
    }
    try {
      BigDecimal scaled = d.setScale(fractionDigits, RoundingMode.UNNECESSARY);
      return scaled.unscaledValue().bitLength() > 63 ? null : scaled.unscaledValue().longValue();
    } catch (ArithmeticException e) {
      return null;
    }
  }

  @Property(tries = 5000)
  void anAmountOnTheFastPathIsTheGeneralPathsAmountAndNothingItRejects(@ForAll("numberLike") String s,
      @ForAll("fractionDigits") int fractionDigits) {
    long fast = Values.plainMinorUnits(s, fractionDigits);
    if (fast != Values.NOT_FAST) {
      assertEquals(general(s, fractionDigits), Long.valueOf(fast), s);
    }
  }

  @Property(tries = 2000)
  void theUsualAmountsTakeTheFastPath(@ForAll("usualAmounts") String s, @ForAll("fractionDigits") int fractionDigits) {
    BigDecimal d = new BigDecimal(s);
    if (d.scale() <= fractionDigits) {
      assertEquals(d.movePointRight(fractionDigits).longValueExact(), Values.plainMinorUnits(s, fractionDigits), s);
    } else {
      assertEquals(Values.NOT_FAST, Values.plainMinorUnits(s, fractionDigits), s);
    }
  }

  @Example
  void theFastPathsLimitsWorkedOutByHand() {
    assertEquals(123450, Values.plainMinorUnits("1234.5", 2));
    assertEquals(-50, Values.plainMinorUnits("-.5", 2));
    assertEquals(0, Values.plainMinorUnits("-0", 2));
    assertEquals(1234, Values.plainMinorUnits("1234", 0));
    // 16 digits and 2 decimals: 18 digits of minor units, the most the fast path takes
    assertEquals(999_999_999_999_999_999L, Values.plainMinorUnits("9999999999999999.99", 2));
    // 19 digits: the general path judges (and Money takes it: it fits a long)
    assertEquals(Values.NOT_FAST, Values.plainMinorUnits("99999999999999999.99", 2));
    assertEquals(Values.NOT_FAST, Values.plainMinorUnits("1.005", 2));   // too many decimals: the general path rejects
    assertEquals(Values.NOT_FAST, Values.plainMinorUnits("1.000", 2));   // trailing zeros: the general path takes it
    for (String no : new String[] {"", "-", ".", "5.", "+5", "1e3", "12,5", "1 000", "٣", "1.2.3", "--1"}) {
      assertEquals(Values.NOT_FAST, Values.plainMinorUnits(no, 2), no);
    }
  }

  @Property(tries = 5000)
  void aDateReadsAsLocalDateParseReadsIt(@ForAll("dateLike") String s) {
    LocalDate expected;
    try {
      expected = LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      expected = null;
    }
    LocalDate fast = Values.date(s, null, ZoneOffset.UTC);
    if (s.length() == 10) {
      // the fast path's shape: the same date, or no date where LocalDate.parse finds none
      assertEquals(expected, fast, s);
    } else if (expected != null && fast != null) {
      assertEquals(expected, fast, s);
    }
  }

  @Example
  void strictDatesStayStrict() {
    for (String no : new String[] {"2026-02-30", "2026-13-01", "2026-1-01", "26-01-01", "2026/01/01", "2026-00-10",
        "+2026-01-01", "2026-01-32", "١٢٣٤-01-01"}) {
      assertEquals(null, Values.date(no, null, ZoneOffset.UTC), no);
      assertThrowsParse(no);
    }
    assertEquals(LocalDate.of(2024, 2, 29), Values.date("2024-02-29", null, ZoneOffset.UTC));
  }

  private static void assertThrowsParse(String s) {
    try {
      LocalDate.parse(s);
      assertNotEquals(s, s, "LocalDate.parse took " + s);
    } catch (DateTimeException e) {
      // as expected
    }
  }

  @Provide
  Arbitrary<Integer> fractionDigits() {
    return Arbitraries.of(0, 2, 3, 4);
  }

  @Provide
  Arbitrary<String> numberLike() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789.-+e, ").ofMaxLength(24),
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(22),
        Combinators.combine(Arbitraries.of("", "-"), Arbitraries.strings().numeric().ofMaxLength(20),
            Arbitraries.strings().numeric().ofMaxLength(5)).as((sign, a, b) -> sign + a + "." + b));
  }

  @Provide
  Arbitrary<String> usualAmounts() {
    return Combinators.combine(Arbitraries.of("", "-"), Arbitraries.longs().between(0, 9_999_999_999_999L),
        Arbitraries.strings().numeric().ofMaxLength(2))
        .as((sign, whole, cents) -> sign + whole + (cents.isEmpty() ? "" : "." + cents));
  }

  @Provide
  Arbitrary<String> dateLike() {
    Arbitrary<String> shaped = Combinators.combine(Arbitraries.integers().between(0, 9999),
        Arbitraries.integers().between(0, 14), Arbitraries.integers().between(0, 33))
        .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
    return Arbitraries.oneOf(shaped, Arbitraries.strings().withChars("0123456789-+/T:").ofLength(10),
        Arbitraries.strings().withChars("0123456789-").ofMaxLength(12));
  }
}
