package dev.revops.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class WorkingCalendarProperties {
  final WorkingCalendar calendar = WorkingCalendar.builder().addHolidays(LocalDate.parse("2026-12-25"),
      LocalDate.parse("2027-01-01"), LocalDate.parse("2026-07-04")).build();

  @Property
  void working_days_are_counted_as_one_would_count_them(@ForAll @IntRange(min = 0, max = 900) int start,
      @ForAll @IntRange(min = 0, max = 120) int length) {
    LocalDate from = LocalDate.of(2026, 1, 1).plusDays(start);
    LocalDate to = from.plusDays(length);
    long slow = from.datesUntil(to).filter(calendar::isWorkingDay).count();
    assertEquals(slow, calendar.workingDaysBetween(from, to));
  }

  @Property
  void working_time_adds_up_over_a_split(@ForAll @LongRange(min = 0, max = 60L * 86_400) long a,
      @ForAll @LongRange(min = 0, max = 60L * 86_400) long b, @ForAll @LongRange(min = 0, max = 60L * 86_400) long c) {
    Instant base = Instant.parse("2026-12-01T00:00:00Z");
    long[] s = {a, b, c};
    java.util.Arrays.sort(s);
    Instant x = base.plusSeconds(s[0]);
    Instant y = base.plusSeconds(s[1]);
    Instant z = base.plusSeconds(s[2]);
    Duration whole = calendar.workingTimeBetween(x, z);
    assertEquals(whole, calendar.workingTimeBetween(x, y).plus(calendar.workingTimeBetween(y, z)));
    assertEquals(true, whole.compareTo(Duration.between(x, z)) <= 0);
  }
}
