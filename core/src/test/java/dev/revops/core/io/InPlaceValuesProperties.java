package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The parsers that read a field's characters in place against the parsers of its text, on
 * generated text placed anywhere in a larger array: where the in-place parser gives a value it is
 * the text parser's, and the usual forms do get one. What it gives no value for goes to the text
 * parser, so messages stay that parser's.
 */
class InPlaceValuesProperties {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** The text inside an array, with other characters before and after it. */
  private record Placed(char[] chars, int from, int length) {
    static Placed of(String s, int before, int after) {
      char[] b = new char[before + s.length() + after];
      java.util.Arrays.fill(b, '7'); // digits around: a parser reading past its range would misread them
      s.getChars(0, s.length(), b, before);
      return new Placed(b, before, s.length());
    }
  }

  @Property(tries = 3000)
  void anAmountInPlaceIsTheTextsAmount(@ForAll("numberLike") String s, @ForAll("fractionDigits") int digits,
      @ForAll @IntRange(max = 5) int before, @ForAll @IntRange(max = 5) int after) {
    Placed p = Placed.of(s, before, after);
    assertEquals(Values.plainMinorUnits(s, digits), Values.plainMinorUnits(p.chars, p.from, p.length, digits), s);
  }

  @Property(tries = 3000)
  void aDecimalInPlaceIsTheTextsDecimalWithItsScale(@ForAll("numberLike") String s,
      @ForAll @IntRange(max = 5) int before, @ForAll @IntRange(max = 5) int after) {
    Placed p = Placed.of(s, before, after);
    BigDecimal fast = Values.plainDecimal(p.chars, p.from, p.length);
    BigDecimal text = Values.plainDecimal(s);
    if (fast != null) {
      assertEquals(text, fast, s); // equals: the same unscaled value and scale
      assertEquals(text.movePointLeft(2), Values.plainDecimal(p.chars, p.from, p.length, 2), s); // a percentage
    } else if (text != null) {
      // only a long number leaves the fast path while being one
      assertEquals(true, s.chars().filter(c -> c >= '0' && c <= '9').count() > 18 || s.length() > 20, s);
    }
  }

  @Property(tries = 3000)
  void aDateInPlaceIsTheTextsDate(@ForAll("dateLike") String s, @ForAll @IntRange(max = 5) int before,
      @ForAll @IntRange(max = 5) int after) {
    Placed p = Placed.of(s, before, after);
    LocalDate fast = Values.isoDate(p.chars, p.from, p.length);
    LocalDate text = Values.date(s, null, ZoneOffset.UTC);
    if (fast != null) {
      assertEquals(text, fast, s);
      // whatever the pattern: the text path takes yyyy-MM-dd before the pattern
      assertEquals(text, Values.date(s, Values.datePattern("M/d/yyyy"), PARIS), s);
    } else if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      assertNull(text, s); // that shape off the fast path is no date
    }
  }

  @Property(tries = 3000)
  void anInstantInPlaceIsTheTextsInstant(@ForAll("instantLike") String s, @ForAll @IntRange(max = 5) int before,
      @ForAll @IntRange(max = 5) int after) {
    Placed p = Placed.of(s, before, after);
    Instant fast = Values.utcInstant(p.chars, p.from, p.length);
    Instant text = Values.instant(s, PARIS);
    if (fast != null) {
      assertEquals(text, fast, s);
    } else if (text != null && s.length() == 20 && s.charAt(10) == 'T' && s.endsWith("Z")) {
      // only a leap second and 24:00:00 (the end of a day) are left to Instant.parse
      assertTrue(s.substring(17, 19).equals("60") || s.substring(11, 19).equals("24:00:00"), s);
    }
  }

  @Property(tries = 2000)
  void everyValidUtcInstantTakesTheFastPath(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int seconds,
      @ForAll @IntRange(min = 0, max = 50) int centuries) {
    // from year 0 to year 9999: the epoch-day arithmetic against java.time's
    Instant at = Instant.parse("0000-01-01T00:00:00Z").plusSeconds(centuries * 3_155_695_200L + seconds);
    String s = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC).format(at);
    Placed p = Placed.of(s, 2, 1);
    assertEquals(at, Values.utcInstant(p.chars, p.from, p.length), s);
  }

  @Property(tries = 2000)
  void theEpochDayIsJavaTimes(@ForAll("dates") LocalDate d) {
    assertEquals(d.toEpochDay(), Values.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()), d.toString());
  }

  @Property(tries = 500)
  void spellingsFindExactlyWhatWasAddedWhileThereIsRoom(@ForAll("spellingLists") List<String> added,
      @ForAll("spellingLists") List<String> asked) {
    Spellings<Integer> table = new Spellings<>();
    Map<String, Integer> model = new HashMap<>();
    for (int i = 0; i < added.size(); i++) {
      table.add(added.get(i), i);
      if (model.size() < Spellings.MAX) {
        model.putIfAbsent(added.get(i), i);
      }
    }
    for (String s : asked) {
      Placed p = Placed.of(s, 3, 2);
      Spellings.Entry<Integer> e = table.find(p.chars, p.from, p.length);
      assertEquals(model.get(s), e == null ? null : e.value, s);
      if (e != null) {
        assertEquals(s, e.spelling);
      }
    }
  }

  @Example
  void inPlaceValuesWorkedOutByHand() {
    Placed amount = Placed.of("1234.5", 3, 3);
    assertEquals(123_450, Values.plainMinorUnits(amount.chars, amount.from, amount.length, 2));
    Placed negative = Placed.of("-007.50", 1, 0);
    assertEquals(-750, Values.plainMinorUnits(negative.chars, negative.from, negative.length, 2));
    for (String no : new String[] {"+5", "1,5", " 5", "٣", "1.005", "5.", "99999999999999999.99"}) {
      Placed p = Placed.of(no, 2, 2);
      assertEquals(Values.NOT_FAST, Values.plainMinorUnits(p.chars, p.from, p.length, 2), no);
    }
    // 58.1 percent: unscaled 581, scale 1, as new BigDecimal("58.1")
    Placed margin = Placed.of("58.1", 1, 1);
    BigDecimal read = Values.plainDecimal(margin.chars, margin.from, margin.length);
    assertEquals(581, read.unscaledValue().intValue());
    assertEquals(1, read.scale());
    Placed leap = Placed.of("2024-02-29", 4, 0);
    assertEquals(LocalDate.of(2024, 2, 29), Values.isoDate(leap.chars, leap.from, leap.length));
    for (String no : new String[] {"2023-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "١٢٣٤-01-01", "2026/01/01"}) {
      Placed p = Placed.of(no, 1, 1);
      assertNull(Values.isoDate(p.chars, p.from, p.length), no);
    }
    // 2026-09-02T10:00:00Z: 20,698 days after 1970-01-01 (56 years, 14 of them leap: 56 * 365 + 14 = 20,454,
    // then January to August 2026: 31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 = 243, and one day) and ten hours
    Placed at = Placed.of("2026-09-02T10:00:00Z", 5, 5);
    assertEquals(Instant.ofEpochSecond(20_698L * 86_400 + 36_000), Values.utcInstant(at.chars, at.from, at.length));
    assertEquals(20_698, Values.epochDay(2026, 9, 2));
    Placed offset = Placed.of("2026-09-02T10:00:00+01:00", 0, 0);
    assertNull(Values.utcInstant(offset.chars, offset.from, offset.length)); // the text's path reads offsets
  }

  @Example
  void aSpellingIsFoundByItsExactCharactersOnly() {
    Spellings<String> stages = new Spellings<>();
    stages.add("Proposal", "proposal");
    Placed same = Placed.of("Proposal", 2, 2);
    Spellings.Entry<String> e = stages.find(same.chars, same.from, same.length);
    assertEquals("proposal", e.value);
    assertSame(e.spelling, stages.find(same.chars, same.from, same.length).spelling);
    for (String other : new String[] {"proposal", "PROPOSAL", "Proposa", "Proposals", "Pr0posal"}) {
      Placed p = Placed.of(other, 1, 1);
      assertNull(stages.find(p.chars, p.from, p.length), other); // the text's path reads other spellings
    }
  }

  @Provide
  Arbitrary<Integer> fractionDigits() {
    return Arbitraries.of(0, 2, 3, 4);
  }

  @Provide
  Arbitrary<String> numberLike() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789.-+e, ٣").ofMaxLength(24),
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(22),
        Combinators.combine(Arbitraries.of("", "-", "+", "0", "00"), Arbitraries.strings().numeric().ofMaxLength(20),
            Arbitraries.strings().numeric().ofMaxLength(5)).as((sign, a, b) -> sign + a + "." + b),
        Arbitraries.of("9223372036854775807", "9223372036854775808", "-9223372036854775808", "999999999999999999",
            "99999999999999999.9", "0.000000000000000001", "-0", "-0.00", ".5", "-.5"));
  }

  @Provide
  Arbitrary<String> dateLike() {
    Arbitrary<String> shaped = Combinators.combine(Arbitraries.integers().between(0, 9999),
        Arbitraries.integers().between(0, 14), Arbitraries.integers().between(0, 33))
        .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
    Arbitrary<String> leap = Arbitraries.integers().between(1896, 2104).map(y -> y + "-02-29");
    return Arbitraries.oneOf(shaped, leap, Arbitraries.strings().withChars("0123456789-+/T: ١").ofLength(10),
        Arbitraries.strings().withChars("0123456789-").ofMaxLength(12));
  }

  @Provide
  Arbitrary<String> instantLike() {
    Arbitrary<String> shaped = Combinators.combine(Arbitraries.integers().between(0, 9999),
        Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0, 32),
        Arbitraries.integers().between(0, 25), Arbitraries.integers().between(0, 61), Arbitraries.of("Z", "Z", "z",
            "+01:00", "+0100", ""))
        .as((y, mo, d, h, s, z) -> String.format("%04d-%02d-%02dT%02d:%02d:%02d%s", y, mo, d, h, s % 60, s, z));
    return Arbitraries.oneOf(shaped, Arbitraries.strings().withChars("0123456789-T:Z ").ofLength(20),
        Arbitraries.of("2026-09-02 10:00:00Z", "2026-09-02T10:00:00.5Z", "2026-09-02"));
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs().between(LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<List<String>> spellingLists() {
    return Arbitraries.oneOf(Arbitraries.strings().withChars("abAB é").ofMaxLength(4),
        Arbitraries.of("Proposal", "proposal", "Closed Won", "Closed Lost", "USD", "EUR", "usd"))
        .list().ofMaxSize(300);
  }
}
