package dev.revops.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class FiscalCalendarProperties {

  @Property
  void every_date_lies_in_its_period_and_labels_read_back(@ForAll Month start, @ForAll PeriodKind kind,
      @ForAll @IntRange(min = 0, max = 20_000) int day) {
    FiscalCalendar calendar = FiscalCalendar.startingIn(start);
    LocalDate date = LocalDate.of(2000, 1, 1).plusDays(day);
    Period p = calendar.periodOf(kind, date);
    assertTrue(p.contains(date), p + " " + date);
    assertEquals(p, calendar.parse(kind, p.label()));
    // The next period starts where this one ends.
    assertEquals(p.end(), calendar.periodOf(kind, p.end()).start());
    if (kind != PeriodKind.MONTH) {
      assertEquals(start, Month.from(calendar.periodOf(PeriodKind.FISCAL_YEAR, date).start()));
    }
  }
}
