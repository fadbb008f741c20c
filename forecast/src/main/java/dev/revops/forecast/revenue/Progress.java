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
            return new MonthPlan(pattern.convention().get(), window, zone).share(t);
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
    return Ratio.of(monthsBegunBefore(start, t), monthsBegunBefore(start, window.end()));
  }

  /**
   * How many of the months cut from {@code start} begin before {@code t}: the k with start + k
   * months before t. Counted from the calendar difference and corrected by at most a step or two
   * (adding months clamps the day of month), so a century costs no more than a month.
   */
  static long monthsBegunBefore(ZonedDateTime start, Instant t) {
    if (!start.toInstant().isBefore(t)) {
      return 0;
    }
    long k = Math.max(0, ChronoUnit.MONTHS.between(start, t.atZone(start.getZone())));
    while (start.plusMonths(k).toInstant().isBefore(t)) {
      k++;
    }
    while (k > 0 && !start.plusMonths(k - 1).toInstant().isBefore(t)) {
      k--;
    }
    return k;
  }
}
