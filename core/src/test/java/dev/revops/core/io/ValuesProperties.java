package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class ValuesProperties {
  @Property
  void an_export_instant_reads_as_instant_parse_reads_it(
      @ForAll @LongRange(min = -62_135_596_800L, max = 253_402_300_799L) long epochSecond) {
    Instant expected = Instant.ofEpochSecond(epochSecond);
    assertEquals(expected, Values.instant(expected.toString(), ZoneOffset.UTC));
  }

  @Property(tries = 3000)
  void a_text_of_the_export_shape_is_an_instant_exactly_when_instant_parse_says_so(
      @ForAll @NumericChars @StringLength(value = 2) String month, @ForAll @NumericChars @StringLength(value = 2) String day,
      @ForAll @NumericChars @StringLength(value = 2) String hour, @ForAll @NumericChars @StringLength(value = 2) String second) {
    String text = "2026-" + month + "-" + day + "T" + hour + ":30:" + second + "Z";
    Instant expected;
    try {
      expected = Instant.parse(text);
    } catch (DateTimeParseException e) {
      expected = null;
    }
    assertEquals(expected, Values.instant(text, ZoneOffset.UTC), text);
  }
}
