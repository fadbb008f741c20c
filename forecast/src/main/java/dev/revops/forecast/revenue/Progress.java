package dev.revops.forecast.revenue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The share of an obligation's amount recognized by an instant, exactly, under its pattern over a
 * service window: the functions behind {@link RatableConvention}, point-in-time and milestones.
 */
final class Progress {
  private Progress() {}

  /**
   * The share recognized by {@code t}.
   *
   * @param pattern the pattern
   * @param window the service window the amount is spread over
   * @param milestones the milestones still to count (renormalised by the caller)
   * @param t the instant
   * @param zone the zone days and months start in
   */
  static Ratio at(RecognitionPattern pattern, ServicePeriod window, List<Milestone> milestones, Instant t,
      ZoneId zone) {
    if (!t.isBefore(window.end())) {
      // everything is recognized by the end of the service, even a milestone a term change left behind
      return Ratio.ONE;
    }
    switch (pattern.kind()) {
      case POINT_IN_TIME: {
        Instant at = pattern.at().filter(a -> !a.isBefore(window.start())).orElse(window.start());
        return t.isAfter(at) ? Ratio.ONE : Ratio.ZERO;
      }
      case MILESTONES: {
        Ratio r = Ratio.ZERO;
        for (Milestone m : milestones) {
          if (t.isAfter(m.at())) {
            r = r.plus(Ratio.of(m.share().unscaledValue(), java.math.BigInteger.TEN.pow(m.share().scale())));
          }
        }
        return r;
      }
      default:
        if (!t.isAfter(window.start())) {
          return Ratio.ZERO;
        }
        if (!t.isBefore(window.end())) {
          return Ratio.ONE;
        }
        switch (pattern.convention().get()) {
          case EXACT_TIME:
            return time(window.start(), t, window);
          case WHOLE_DAYS:
            return wholeDays(window, t, zone);
          case MONTHLY_EVEN:
            return monthlyEven(window, t, zone);
          default:
            return monthlyProrated(window, t, zone);
        }
    }
  }

  private static Ratio time(Instant from, Instant to, ServicePeriod window) {
    return Ratio.of(Duration.between(from, to).toNanos(), window.length().toNanos());
  }

  /** Every calendar day from the start's date to the day before the end's date weighs one; a day counts from its first instant. */
  private static Ratio wholeDays(ServicePeriod window, Instant t, ZoneId zone) {
    LocalDate first = LocalDate.ofInstant(window.start(), zone);
    LocalDate end = LocalDate.ofInstant(window.end(), zone);
    long days = Math.max(1, ChronoUnit.DAYS.between(first, end));
    LocalDate now = LocalDate.ofInstant(t, zone);
    // days started by t: those whose first instant is before t
    long started = ChronoUnit.DAYS.between(first, now) + (now.atStartOfDay(zone).toInstant().isBefore(t) ? 1 : 0);
    return Ratio.of(Math.min(days, Math.max(0, started)), days);
  }

  /** Months cut from the start (the last may be short), each an equal share, recognized as it begins. */
  private static Ratio monthlyEven(ServicePeriod window, Instant t, ZoneId zone) {
    ZonedDateTime start = window.start().atZone(zone);
    long months = 0;
    long begun = 0;
    while (start.plusMonths(months).toInstant().isBefore(window.end())) {
      if (start.plusMonths(months).toInstant().isBefore(t)) {
        begun++;
      }
      months++;
    }
    return Ratio.of(begun, months);
  }

  /**
   * A partial first and last calendar month by their share of the service time; the whole months
   * between share the rest equally; within each month, by time.
   */
  private static Ratio monthlyProrated(ServicePeriod window, Instant t, ZoneId zone) {
    Instant start = window.start();
    Instant end = window.end();
    Instant firstBoundary = monthStartAfter(start, zone);
    if (!firstBoundary.isBefore(end)) {
      return time(start, t, window);   // within one calendar month: by time
    }
    boolean partialFirst = !firstOfMonth(start, zone);
    Instant wholeFrom = partialFirst ? firstBoundary : start;
    Instant lastBoundary = monthStartOnOrBefore(end, zone);
    boolean partialLast = !lastBoundary.equals(end);
    Instant wholeTo = partialLast ? lastBoundary : end;
    Ratio first = partialFirst ? time(start, wholeFrom, window) : Ratio.ZERO;
    Ratio last = partialLast ? time(wholeTo, end, window) : Ratio.ZERO;
    if (!t.isAfter(wholeFrom)) {
      return time(start, t, window);
    }
    if (!t.isBefore(wholeTo)) {
      return Ratio.ONE.minus(last).plus(time(wholeTo, t, window));
    }
    long wholeMonths = ChronoUnit.MONTHS.between(wholeFrom.atZone(zone), wholeTo.atZone(zone));
    Ratio perMonth = Ratio.ONE.minus(first).minus(last).times(Ratio.of(1, wholeMonths));
    ZonedDateTime from = wholeFrom.atZone(zone);
    long done = ChronoUnit.MONTHS.between(from, t.atZone(zone));
    Instant thisMonth = from.plusMonths(done).toInstant();
    Instant nextMonth = from.plusMonths(done + 1).toInstant();
    Ratio within = Ratio.of(Duration.between(thisMonth, t).toNanos(), Duration.between(thisMonth, nextMonth).toNanos());
    return first.plus(perMonth.times(Ratio.of(done, 1))).plus(perMonth.times(within));
  }

  private static boolean firstOfMonth(Instant i, ZoneId zone) {
    ZonedDateTime z = i.atZone(zone);
    return z.getDayOfMonth() == 1 && z.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
  }

  private static Instant monthStartAfter(Instant i, ZoneId zone) {
    ZonedDateTime z = i.atZone(zone);
    return z.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay(zone).toInstant();
  }

  private static Instant monthStartOnOrBefore(Instant i, ZoneId zone) {
    return i.atZone(zone).toLocalDate().withDayOfMonth(1).atStartOfDay(zone).toInstant();
  }
}
