package dev.revops.handoff.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.revops.core.period.WorkingCalendar;
import dev.revops.core.period.WorkingHours;
import dev.revops.handoff.TestHandoffs;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SlaTest {
  static final Instant FRIDAY_17H = Instant.parse("2026-11-20T17:00:00Z");

  @Test
  void a_handoff_sent_friday_at_17h_with_24_business_hours_is_due_wednesday_at_17h() {
    Sla sla = Sla.business(Duration.ofHours(24), TestHandoffs.NINE_TO_FIVE);
    // Friday's day is over: Monday, Tuesday and Wednesday 09:00-17:00 give 8 hours each
    assertEquals(Instant.parse("2026-11-25T17:00:00Z"), sla.deadline(FRIDAY_17H));
    // answered Monday at 10:00: one business hour, the weekend does not count
    assertEquals(Duration.ofHours(1), sla.elapsed(FRIDAY_17H, Instant.parse("2026-11-23T10:00:00Z")));
  }

  @Test
  void the_same_handoff_on_a_calendar_clock_is_due_saturday_at_17h() {
    assertEquals(Instant.parse("2026-11-21T17:00:00Z"), Sla.calendar(Duration.ofHours(24)).deadline(FRIDAY_17H));
    assertEquals(Duration.ofHours(65), Sla.calendar(Duration.ofHours(24)).elapsed(FRIDAY_17H,
        Instant.parse("2026-11-23T10:00:00Z")));
  }

  @Test
  void a_holiday_does_not_count() {
    WorkingHours thanksgiving = WorkingHours.builder().calendar(WorkingCalendar.builder()
        .addHolidays(LocalDate.parse("2026-11-26")).build()).build();
    Instant wednesday9h = Instant.parse("2026-11-25T09:00:00Z");
    // Wednesday gives 8 hours, Thursday is a holiday, Friday gives the other 8
    assertEquals(Instant.parse("2026-11-27T17:00:00Z"),
        Sla.business(Duration.ofHours(16), thanksgiving).deadline(wednesday9h));
    assertEquals(Instant.parse("2026-11-26T17:00:00Z"),
        Sla.business(Duration.ofHours(16), TestHandoffs.NINE_TO_FIVE).deadline(wednesday9h));
  }

  @Test
  void business_hours_are_counted_in_the_calendar_zone() {
    WorkingHours paris = WorkingHours.builder().calendar(WorkingCalendar.builder().zone(ZoneId.of("Europe/Paris"))
        .build()).opens(LocalTime.of(9, 0)).closes(LocalTime.of(17, 0)).build();
    // 16:00 UTC on Friday is 17:00 in Paris: the day is over, Monday 09:00-17:00 Paris is 08:00-16:00 UTC
    assertEquals(Instant.parse("2026-11-23T16:00:00Z"),
        Sla.business(Duration.ofHours(8), paris).deadline(Instant.parse("2026-11-20T16:00:00Z")));
  }

  @Test
  void reads_as_words_and_refuses_a_non_positive_time() {
    assertEquals("24 business hours", Sla.business(Duration.ofHours(24), TestHandoffs.NINE_TO_FIVE).toString());
    assertEquals("90 minutes", Sla.calendar(Duration.ofMinutes(90)).toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sla.calendar(Duration.ZERO));
    assertEquals("SLA: respondWithin 'PT0S' must be positive", e.getMessage());
  }
}
