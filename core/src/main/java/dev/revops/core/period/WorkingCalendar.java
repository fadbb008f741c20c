package dev.revops.core.period;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * Which days are working days: a set of weekdays (Monday to Friday unless set) minus a list of
 * holidays, in a time zone. Business durations count only the time that falls on working days.
 *
 * <pre>{@code
 * WorkingCalendar cal = WorkingCalendar.builder().zone(ZoneId.of("Europe/Paris"))
 *     .addHolidays(LocalDate.parse("2026-12-25")).build();
 * cal.workingDaysBetween(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-29"));   // 2: Thu 24, Mon 28
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkingCalendar.class)
@JsonDeserialize(as = ImmutableWorkingCalendar.class)
public abstract class WorkingCalendar {
  private static final Duration DAY = Duration.ofDays(1);

  /** Only the generated implementation extends this class, so every instance is validated. */
  WorkingCalendar() {}

  /**
   * The zone whose days count.
   *
   * @return UTC unless set
   */
  @Value.Default
  public ZoneId zone() {
    return ZoneId.of("UTC");
  }

  /**
   * The days of the week that are working days.
   *
   * @return Monday to Friday unless set
   */
  @Value.Default
  public Set<DayOfWeek> workingDays() {
    return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
  }

  /**
   * Days that are not working days although their weekday is.
   *
   * @return the holidays, sorted
   */
  @Value.NaturalOrder
  public abstract SortedSet<LocalDate> holidays();

  /**
   * Monday to Friday in UTC, without holidays.
   *
   * @return the calendar
   */
  public static WorkingCalendar weekdays() {
    return builder().build();
  }

  /**
   * A new builder.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds calendars. */
  public static final class Builder extends ImmutableWorkingCalendar.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("working calendar");
    v.check(!workingDays().isEmpty(), "workingDays", "[]", "must name at least one day of the week");
    v.throwIfInvalid();
  }

  /**
   * Whether a date is a working day.
   *
   * @param date the date
   * @return true on a working weekday that is not a holiday
   */
  public boolean isWorkingDay(LocalDate date) {
    return workingDays().contains(date.getDayOfWeek()) && !holidays().contains(date);
  }

  /**
   * The working days from one date up to, not including, another.
   *
   * @param from the first day counted
   * @param to the day after the last day counted
   * @return the count; negative when {@code to} is before {@code from}
   */
  public long workingDaysBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    long days = ChronoUnit.DAYS.between(from, to);
    long count = (days / 7) * workingDays().size();
    LocalDate d = from.plusDays((days / 7) * 7);
    for (; d.isBefore(to); d = d.plusDays(1)) {
      if (workingDays().contains(d.getDayOfWeek())) {
        count++;
      }
    }
    for (LocalDate h : holidays().subSet(from, to)) {
      if (workingDays().contains(h.getDayOfWeek())) {
        count--;
      }
    }
    return count;
  }

  /**
   * The time between two instants that falls on working days (whole days count 24 hours).
   *
   * @param from the start
   * @param to the end
   * @return the working time; negative when {@code to} is before {@code from}
   */
  public Duration workingTimeBetween(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      return workingTimeBetween(to, from).negated();
    }
    ZonedDateTime start = from.atZone(zone());
    ZonedDateTime end = to.atZone(zone());
    LocalDate firstDay = start.toLocalDate();
    LocalDate lastDay = end.toLocalDate();
    if (firstDay.equals(lastDay)) {
      return isWorkingDay(firstDay) ? Duration.between(from, to) : Duration.ZERO;
    }
    Duration total = Duration.ZERO;
    if (isWorkingDay(firstDay)) {
      total = total.plus(Duration.between(from, firstDay.plusDays(1).atStartOfDay(zone()).toInstant()));
    }
    if (isWorkingDay(lastDay)) {
      total = total.plus(Duration.between(lastDay.atStartOfDay(zone()).toInstant(), to));
    }
    long fullDays = workingDaysBetween(firstDay.plusDays(1), lastDay);
    return total.plus(DAY.multipliedBy(fullDays));
  }
}
