package dev.revops.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;

class FiscalCalendarTest {
  final FiscalCalendar calendar = FiscalCalendar.calendarYear();
  final FiscalCalendar february = FiscalCalendar.startingIn(Month.FEBRUARY);

  @Test
  void a_calendar_year_has_calendar_months_quarters_and_years() {
    LocalDate d = LocalDate.parse("2026-11-24");
    Period m = calendar.periodOf(PeriodKind.MONTH, d);
    assertEquals("2026-11", m.label());
    assertEquals(LocalDate.parse("2026-11-01"), m.start());
    assertEquals(LocalDate.parse("2026-12-01"), m.end());
    Period q = calendar.periodOf(PeriodKind.QUARTER, d);
    assertEquals("2026-Q4", q.label());
    assertEquals(LocalDate.parse("2026-10-01"), q.start());
    assertEquals(LocalDate.parse("2027-01-01"), q.end());
    assertEquals("FY2026", calendar.periodOf(PeriodKind.FISCAL_YEAR, d).label());
  }

  @Test
  void a_fiscal_year_starting_in_february_is_named_by_the_year_it_ends_in() {
    Period q1 = february.periodOf(PeriodKind.QUARTER, LocalDate.parse("2026-03-15"));
    assertEquals("FY2027-Q1", q1.label());
    assertEquals(LocalDate.parse("2026-02-01"), q1.start());
    assertEquals(LocalDate.parse("2026-05-01"), q1.end());
    Period january = february.periodOf(PeriodKind.QUARTER, LocalDate.parse("2027-01-31"));
    assertEquals("FY2027-Q4", january.label());
    Period year = february.periodOf(PeriodKind.FISCAL_YEAR, LocalDate.parse("2026-02-01"));
    assertEquals("FY2027", year.label());
    assertEquals(LocalDate.parse("2027-02-01"), year.end());
    assertEquals("FY2026", february.periodOf(PeriodKind.FISCAL_YEAR, LocalDate.parse("2026-01-31")).label());
  }

  @Test
  void reads_labels_back_into_periods() {
    assertEquals(calendar.periodOf(PeriodKind.QUARTER, LocalDate.parse("2026-11-24")),
        calendar.parse(PeriodKind.QUARTER, "2026-Q4"));
    assertEquals(february.periodOf(PeriodKind.QUARTER, LocalDate.parse("2026-03-01")),
        february.parse(PeriodKind.QUARTER, "FY2027-Q1"));
    assertEquals(february.periodOf(PeriodKind.FISCAL_YEAR, LocalDate.parse("2026-03-01")),
        february.parse(PeriodKind.FISCAL_YEAR, "FY2027"));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> february.parse(PeriodKind.QUARTER, "2026-Q4"));
    assertEquals("period '2026-Q4' is not a quarter label of this calendar (for example FY2027-Q4)", e.getMessage());
    assertThrows(InvalidValueException.class, () -> calendar.parse(PeriodKind.MONTH, "2026-13"));
  }

  @Test
  void periods_contain_their_dates_and_order_by_start() {
    Period q = calendar.parse(PeriodKind.QUARTER, "2026-Q4");
    assertTrue(q.contains(LocalDate.parse("2026-10-01")));
    assertTrue(!q.contains(LocalDate.parse("2027-01-01")));
    assertTrue(calendar.parse(PeriodKind.QUARTER, "2026-Q3").compareTo(q) < 0);
  }
}
