package dev.revops.forecast.velocity;

import dev.revops.core.money.Rounding;
import dev.revops.core.period.WorkingCalendar;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How durations are counted: every day, or working days only.
 */
public enum DayCount {
  /** Every hour of every day counts. */
  CALENDAR,
  /** Only the hours of working days count (weekdays minus holidays of a {@link WorkingCalendar}). */
  BUSINESS;

  /** Seconds in a day, the unit durations are reported in. */
  static final long DAY = 86_400L;

  /** The seconds between two instants, counted this way. */
  long seconds(Instant from, Instant to, WorkingCalendar calendar) {
    return this == CALENDAR ? to.getEpochSecond() - from.getEpochSecond()
        : calendar.workingTimeBetween(from, to).getSeconds();
  }

  /** The seconds between two dates (whole days), counted this way. */
  long seconds(LocalDate from, LocalDate to, WorkingCalendar calendar) {
    long days = this == CALENDAR ? ChronoUnit.DAYS.between(from, to) : calendar.workingDaysBetween(from, to);
    return days * DAY;
  }

  /** The decimal places of durations reported in days: 2 (hundredths of a day). */
  static final int DAYS_SCALE = 2;

  /** Seconds as days, rounded by {@link Rounding#DURATION} to {@link #DAYS_SCALE} decimals. */
  static BigDecimal days(double seconds) {
    return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(DAY), DAYS_SCALE, Rounding.DURATION);
  }
}
