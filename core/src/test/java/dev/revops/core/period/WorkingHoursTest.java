package dev.revops.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {
  static final WorkingHours NINE_TO_FIVE = WorkingHours.builder().build();

  @Test
  void a_friday_evening_handoff_with_24_business_hours_is_due_on_wednesday_evening() {
    // Friday 20 November 2026 17:00: the day is over; Monday, Tuesday and Wednesday give 8 hours each
    assertEquals(Instant.parse("2026-11-25T17:00:00Z"),
        NINE_TO_FIVE.plus(Instant.parse("2026-11-20T17:00:00Z"), Duration.ofHours(24)));
    assertEquals(Duration.ofHours(24),
        NINE_TO_FIVE.between(Instant.parse("2026-11-20T17:00:00Z"), Instant.parse("2026-11-25T17:00:00Z")));
  }

  @Test
  void a_holiday_pushes_the_deadline_a_day() {
    WorkingHours withHoliday = WorkingHours.builder().calendar(WorkingCalendar.builder()
        .addHolidays(LocalDate.parse("2026-11-23")).build()).build();
    assertEquals(Instant.parse("2026-11-26T17:00:00Z"),
        withHoliday.plus(Instant.parse("2026-11-20T17:00:00Z"), Duration.ofHours(24)));
  }

  @Test
  void counts_only_the_hours_within_business_hours_in_the_zone() {
    WorkingHours paris = WorkingHours.builder().calendar(WorkingCalendar.builder().zone(ZoneId.of("Europe/Paris"))
        .build()).opens(LocalTime.of(8, 30)).closes(LocalTime.of(18, 0)).build();
    // Tuesday 10:00 Paris (09:00 UTC) to Wednesday 09:00 Paris: 8 hours Tuesday, 0.5 hour Wednesday
    assertEquals(Duration.ofMinutes(8 * 60 + 30),
        paris.between(Instant.parse("2026-11-24T09:00:00Z"), Instant.parse("2026-11-25T08:00:00Z")));
    assertEquals(Instant.parse("2026-11-25T08:00:00Z"),
        paris.plus(Instant.parse("2026-11-24T09:00:00Z"), Duration.ofMinutes(8 * 60 + 30)));
    // from a Saturday, time starts on Monday's opening
    assertEquals(Instant.parse("2026-11-23T07:30:00Z"),
        paris.plus(Instant.parse("2026-11-21T12:00:00Z"), Duration.ZERO));
  }

  @Test
  void refuses_hours_that_close_before_they_open_and_negative_time() {
    assertThrows(IllegalArgumentException.class, () -> WorkingHours.builder().opens(LocalTime.of(18, 0))
        .closes(LocalTime.of(9, 0)).build());
    assertThrows(IllegalArgumentException.class, () -> NINE_TO_FIVE.plus(Instant.EPOCH, Duration.ofHours(-1)));
  }
}
