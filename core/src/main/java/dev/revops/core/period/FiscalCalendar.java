package dev.revops.core.period;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.InvalidValueException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Cuts dates into months, fiscal quarters and fiscal years, with a configurable first month of the
 * fiscal year.
 *
 * <p>Labels: months are {@code yyyy-MM}. With a fiscal year starting in January, quarters are
 * {@code 2026-Q4} and years {@code FY2026}. With another first month, a fiscal year is named by the
 * calendar year it ends in (a year from February 2026 to January 2027 is {@code FY2027}) and its
 * quarters are {@code FY2027-Q1} to {@code FY2027-Q4}.
 *
 * <pre>{@code
 * FiscalCalendar fy = FiscalCalendar.startingIn(Month.FEBRUARY);
 * fy.periodOf(PeriodKind.QUARTER, LocalDate.parse("2026-03-15"));   // FY2027-Q1, 2026-02-01..2026-05-01
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFiscalCalendar.class)
@JsonDeserialize(as = ImmutableFiscalCalendar.class)
public abstract class FiscalCalendar {
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern CALENDAR_QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern FISCAL_QUARTER = Pattern.compile("FY(\\d{4})-Q([1-4])");
  private static final Pattern YEAR = Pattern.compile("FY(\\d{4})");

  /** Only the generated implementation extends this class, so every instance is validated. */
  FiscalCalendar() {}

  /**
   * The month the fiscal year starts in.
   *
   * @return January unless set
   */
  @Value.Default
  public Month fiscalYearStart() {
    return Month.JANUARY;
  }

  /**
   * The calendar year: fiscal years are calendar years.
   *
   * @return a calendar starting in January
   */
  public static FiscalCalendar calendarYear() {
    return startingIn(Month.JANUARY);
  }

  /**
   * A fiscal calendar whose year starts in {@code month}.
   *
   * @param month the first month of the fiscal year
   * @return the calendar
   */
  public static FiscalCalendar startingIn(Month month) {
    return new Builder().fiscalYearStart(month).build();
  }

  /** Builds calendars. */
  static final class Builder extends ImmutableFiscalCalendar.Builder {
    Builder() {}
  }

  /**
   * The period of a kind that contains a date.
   *
   * @param kind month, quarter or fiscal year
   * @param date the date
   * @return the period
   */
  public Period periodOf(PeriodKind kind, LocalDate date) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    YearMonth month = YearMonth.from(date);
    switch (kind) {
      case MONTH:
        return month(month);
      case QUARTER:
        return quarter(yearStartOf(month), monthsIntoYear(month) / 3);
      default:
        return year(yearStartOf(month));
    }
  }

  /**
   * Reads a period label of this calendar.
   *
   * @param kind the kind of period the label names
   * @param label for example {@code 2026-11}, {@code 2026-Q4}, {@code FY2027-Q1}, {@code FY2027}
   * @return the period
   * @throws InvalidValueException if the label is not a label of that kind in this calendar
   */
  public Period parse(PeriodKind kind, String label) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    boolean calendarAligned = fiscalYearStart() == Month.JANUARY;
    Matcher m;
    switch (kind) {
      case MONTH:
        m = MONTH.matcher(label);
        if (m.matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
          return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        break;
      case QUARTER:
        m = (calendarAligned ? CALENDAR_QUARTER : FISCAL_QUARTER).matcher(label);
        if (m.matches()) {
          return quarter(yearStartOfName(Integer.parseInt(m.group(1))), Integer.parseInt(m.group(2)) - 1);
        }
        break;
      default:
        m = YEAR.matcher(label);
        if (m.matches()) {
          return year(yearStartOfName(Integer.parseInt(m.group(1))));
        }
    }
    throw new InvalidValueException("period", label, "is not a " + kind.name().toLowerCase().replace('_', ' ')
        + " label of this calendar", "for example " + periodOf(kind, LocalDate.of(2026, 11, 1)).label());
  }

  private Period month(YearMonth m) {
    return Period.of(PeriodKind.MONTH, m.atDay(1), m.plusMonths(1).atDay(1), m.toString());
  }

  private Period quarter(YearMonth yearStart, int index) {
    YearMonth start = yearStart.plusMonths(3L * index);
    String label = fiscalYearStart() == Month.JANUARY ? yearStart.getYear() + "-Q" + (index + 1)
        : "FY" + yearName(yearStart) + "-Q" + (index + 1);
    return Period.of(PeriodKind.QUARTER, start.atDay(1), start.plusMonths(3).atDay(1), label);
  }

  private Period year(YearMonth yearStart) {
    return Period.of(PeriodKind.FISCAL_YEAR, yearStart.atDay(1), yearStart.plusMonths(12).atDay(1),
        "FY" + yearName(yearStart));
  }

  private int monthsIntoYear(YearMonth m) {
    return Math.floorMod(m.getMonthValue() - fiscalYearStart().getValue(), 12);
  }

  private YearMonth yearStartOf(YearMonth m) {
    return m.minusMonths(monthsIntoYear(m));
  }

  /** A fiscal year is named by the calendar year its last month falls in. */
  private int yearName(YearMonth yearStart) {
    return yearStart.plusMonths(11).getYear();
  }

  private YearMonth yearStartOfName(int name) {
    return YearMonth.of(name, 12).minusMonths(11).plusMonths(fiscalYearStart().getValue() - 1L)
        .minusMonths(fiscalYearStart() == Month.JANUARY ? 0 : 12);
  }
}
