package dev.revops.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class WorkingHoursProperties {
  final WorkingHours hours = WorkingHours.builder().calendar(WorkingCalendar.builder().zone(ZoneId.of("America/New_York"))
      .addHolidays(LocalDate.parse("2026-12-25"), LocalDate.parse("2027-01-01")).build()).build();

  @Property
  void the_business_time_to_a_deadline_is_the_time_given(@ForAll @LongRange(min = 0, max = 40_000_000) long startSeconds,
      @ForAll @IntRange(min = 0, max = 400) int minutes) {
    Instant from = Instant.parse("2026-11-01T00:00:00Z").plusSeconds(startSeconds);
    Duration time = Duration.ofMinutes(minutes * 7L);
    Instant deadline = hours.plus(from, time);
    assertTrue(!deadline.isBefore(from));
    assertEquals(time, hours.between(from, deadline));
  }

  @Property
  void business_time_adds_up_over_a_split(@ForAll @LongRange(min = 0, max = 20_000_000) long a,
      @ForAll @LongRange(min = 0, max = 20_000_000) long b, @ForAll @LongRange(min = 0, max = 20_000_000) long c) {
    long[] s = {a, b, c};
    java.util.Arrays.sort(s);
    Instant base = Instant.parse("2026-11-01T00:00:00Z");
    Instant x = base.plusSeconds(s[0]);
    Instant y = base.plusSeconds(s[1]);
    Instant z = base.plusSeconds(s[2]);
    assertEquals(hours.between(x, z), hours.between(x, y).plus(hours.between(y, z)));
  }
}
