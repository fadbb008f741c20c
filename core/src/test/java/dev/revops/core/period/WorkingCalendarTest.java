package dev.revops.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.json.RevopsJson;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
  final WorkingCalendar christmas = WorkingCalendar.builder().addHolidays(LocalDate.parse("2026-12-25")).build();

  @Test
  void counts_weekdays_without_holidays() {
    // Thu 24, (Fri 25 holiday), (Sat 26, Sun 27), Mon 28
    assertEquals(2, christmas.workingDaysBetween(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-29")));
    assertEquals(5, WorkingCalendar.weekdays().workingDaysBetween(LocalDate.parse("2026-11-23"),
        LocalDate.parse("2026-11-30")));
    assertEquals(261, WorkingCalendar.weekdays().workingDaysBetween(LocalDate.parse("2026-01-01"),
        LocalDate.parse("2027-01-01")));
    assertEquals(-2, christmas.workingDaysBetween(LocalDate.parse("2026-12-29"), LocalDate.parse("2026-12-24")));
    assertFalse(christmas.isWorkingDay(LocalDate.parse("2026-12-25")));
    assertTrue(christmas.isWorkingDay(LocalDate.parse("2026-12-24")));
  }

  @Test
  void counts_only_the_working_part_of_a_span_of_time() {
    // Friday 17:00 to Tuesday 09:00: 7 hours of Friday, all of Monday, 9 hours of Tuesday
    assertEquals(Duration.ofHours(7 + 24 + 9), WorkingCalendar.weekdays().workingTimeBetween(
        Instant.parse("2026-11-20T17:00:00Z"), Instant.parse("2026-11-24T09:00:00Z")));
    assertEquals(Duration.ZERO, WorkingCalendar.weekdays().workingTimeBetween(
        Instant.parse("2026-11-21T01:00:00Z"), Instant.parse("2026-11-22T23:00:00Z")));
    assertEquals(Duration.ofHours(3), WorkingCalendar.weekdays().workingTimeBetween(
        Instant.parse("2026-11-23T01:00:00Z"), Instant.parse("2026-11-23T04:00:00Z")));
  }

  @Test
  void reads_and_writes_json() throws Exception {
    ObjectMapper json = RevopsJson.mapper();
    assertEquals(christmas, json.readValue(json.writeValueAsString(christmas), WorkingCalendar.class));
  }
}
