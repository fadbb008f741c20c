package dev.revops.forecast.revenue;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * An amount placed on the calendar months a service touches, by the conventions that work month
 * by month: {@link RatableConvention#MONTHLY_PRORATED} (Stripe) and its cumulatively rounded
 * variant, {@link RatableConvention#MONTHLY_PRORATA_TEMPORIS} and {@link RatableConvention#MONTHLY_EQUAL}
 * (OCA). {@link #share} is the exact share recognized by an instant; {@link #recognized} fixes each
 * month's amount in minor units first (the conventions that {@link #places} do), then recognizes a
 * month's amount within it by time (Stripe) or by whole days (OCA), rounded half-even.
 *
 * <p>Slice {@code i} of the {@code M} months is the part of the service in the i-th calendar month
 * from the start's month: the first starts at the service start, the last ends at the service end.
 * Every figure is computed in constant time from closed forms (no per-month arrays), so a service
 * of a century costs what a service of a month does.
 */
final class MonthPlan {
  private final RatableConvention convention;
  private final ZoneId zone;
  private final Instant start;
  private final Instant end;
  private final YearMonth firstMonth;
  private final int months;
  private final LocalDate firstDay;
  private final LocalDate lastDay;

  MonthPlan(RatableConvention convention, ServicePeriod window, ZoneId zone) {
    this.convention = convention;
    this.zone = zone;
    this.start = window.start();
    this.end = window.end();
    this.firstDay = LocalDate.ofInstant(start, zone);
    this.lastDay = LocalDate.ofInstant(end.minusNanos(1), zone);
    this.firstMonth = YearMonth.from(firstDay);
    this.months = (int) ChronoUnit.MONTHS.between(firstMonth, YearMonth.from(lastDay)) + 1;
  }

  /** Whether a convention places whole months' amounts in minor units before recognizing them. */
  static boolean places(RatableConvention c) {
    return c == RatableConvention.MONTHLY_PRORATED || c == RatableConvention.MONTHLY_PRORATA_TEMPORIS
        || c == RatableConvention.MONTHLY_EQUAL;
  }

  private boolean byTime() {
    return convention == RatableConvention.MONTHLY_PRORATED
        || convention == RatableConvention.MONTHLY_PRORATED_CUMULATIVE;
  }

  // ---- geometry

  private Instant monthStart(int i) {
    return firstMonth.plusMonths(i).atDay(1).atStartOfDay(zone).toInstant();
  }

  private Instant sliceStart(int i) {
    return i == 0 ? start : monthStart(i);
  }

  private Instant sliceEnd(int i) {
    return i == months - 1 ? end : monthStart(i + 1);
  }

  /** The slice holding {@code t}, for a {@code t} strictly inside the service. */
  private int sliceOf(Instant t) {
    int i = (int) ChronoUnit.MONTHS.between(firstMonth, YearMonth.from(LocalDate.ofInstant(t, zone)));
    return Math.max(0, Math.min(months - 1, i));
  }

  private boolean partialFirst() {
    return !start.equals(monthStart(0));
  }

  private boolean partialLast() {
    return !end.equals(monthStart(months));
  }

  private static long nanos(Instant a, Instant b) {
    return Duration.between(a, b).toNanos();
  }

  /** The days of slice {@code i}: from its first to its last day of service, inclusive. */
  private long days(int i) {
    LocalDate from = i == 0 ? firstDay : firstMonth.plusMonths(i).atDay(1);
    LocalDate to = i == months - 1 ? lastDay : firstMonth.plusMonths(i).atEndOfMonth();
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** How much of slice {@code i} has passed at {@code t}: by time, or by days begun (a day counts from its first instant). */
  private Ratio within(int i, Instant t) {
    Instant from = sliceStart(i);
    Instant to = sliceEnd(i);
    if (!t.isAfter(from)) {
      return Ratio.ZERO;
    }
    if (!t.isBefore(to)) {
      return Ratio.ONE;
    }
    if (byTime()) {
      return Ratio.of(nanos(from, t), nanos(from, to));
    }
    LocalDate first = LocalDate.ofInstant(from, zone);
    LocalDate now = LocalDate.ofInstant(t, zone);
    long begun = ChronoUnit.DAYS.between(first, now) + (now.atStartOfDay(zone).toInstant().isBefore(t) ? 1 : 0);
    if (now.equals(first)) {
      begun = 1;   // t is after the slice's start, so its first day has begun even if it starts mid-day
    }
    return Ratio.of(Math.min(begun, days(i)), days(i));
  }

  // ---- OCA's month factors: days of service in the month over the days of the month

  private Ratio factor(int i) {
    if (i == 0 && months > 1) {
      return Ratio.of(days(0), firstDay.lengthOfMonth());
    }
    if (i == months - 1 && months > 1) {
      return Ratio.of(lastDay.getDayOfMonth(), lastDay.lengthOfMonth());
    }
    return Ratio.ONE;
  }

  /**
   * How many calendar months a service lasts, each month counting its days of service over its
   * days: 2023-01-08 to 2023-03-15 is 24/31 + 1 + 15/31 = 70/31 months.
   *
   * @param window the service
   * @param zone the zone days start in
   * @return the months, exact
   */
  static Ratio calendarMonths(ServicePeriod window, ZoneId zone) {
    MonthPlan p = new MonthPlan(RatableConvention.MONTHLY_PRORATA_TEMPORIS, window, zone);
    return p.months == 1 ? Ratio.of(p.days(0), p.firstDay.lengthOfMonth()) : p.factorSum();
  }

  private Ratio factorSum() {
    return months == 1 ? Ratio.ONE : factor(0).plus(factor(months - 1)).plus(Ratio.of(months - 2, 1));
  }

  // ---- exact shares (for weights, and the cumulative variant: no rounding)

  /** The exact shares of the first month, of each month between and of the last month, made once. */
  private Ratio[] shares;

  private Ratio[] shares() {
    if (shares != null) {
      return shares;
    }
    if (months == 1) {
      shares = new Ratio[] {Ratio.ONE, Ratio.ONE, Ratio.ONE};
    } else if (convention == RatableConvention.MONTHLY_EQUAL) {
      Ratio each = Ratio.of(1, months);
      shares = new Ratio[] {each, each, each};
    } else if (convention == RatableConvention.MONTHLY_PRORATA_TEMPORIS) {
      Ratio sum = inverse(factorSum());
      shares = new Ratio[] {factor(0).times(sum), sum, factor(months - 1).times(sum)};
    } else {
      boolean pf = partialFirst();
      boolean pl = partialLast();
      long total = nanos(start, end);
      Ratio first = Ratio.of(nanos(start, sliceEnd(0)), total);
      Ratio last = Ratio.of(nanos(sliceStart(months - 1), end), total);
      int whole = months - (pf ? 1 : 0) - (pl ? 1 : 0);
      Ratio each = whole == 0 ? Ratio.ZERO : Ratio.ONE.minus(pf ? first : Ratio.ZERO).minus(pl ? last : Ratio.ZERO)
          .times(Ratio.of(1, whole));
      shares = new Ratio[] {pf ? first : each, each, pl ? last : each};
    }
    return shares;
  }

  /**
   * The exact share recognized by {@code t}, before any rounding: the months before t's month, and
   * t's month's share x how much of it has passed.
   *
   * @param t an instant strictly inside the service
   * @return the share
   */
  Ratio share(Instant t) {
    int i = sliceOf(t);
    Ratio[] r = shares();
    Ratio before = i == 0 ? Ratio.ZERO : r[0].plus(r[1].times(Ratio.of(i - 1, 1)));
    Ratio month = i == 0 ? r[0] : i == months - 1 ? r[2] : r[1];
    return before.plus(month.times(within(i, t)));
  }

  private static Ratio inverse(Ratio r) {
    return Ratio.of(r.den(), r.num());
  }

  // ---- amounts in minor units

  /**
   * What of {@code amount} is recognized by {@code t}: the months before t's month in full, and
   * t's month's amount x how much of it has passed, rounded half-even.
   *
   * @param amount the amount spread, in minor units
   * @param t any instant
   * @return the cumulative amount in minor units
   */
  long recognized(long amount, Instant t) {
    if (!t.isAfter(start)) {
      return 0;
    }
    if (!t.isBefore(end)) {
      return amount;
    }
    int i = sliceOf(t);
    return before(amount, i) + within(i, t).of(part(amount, i));
  }

  /** The amount placed on month {@code i}. */
  long part(long amount, int i) {
    return before(amount, i + 1) - before(amount, i);
  }

  /**
   * An amount's placement on the months, in closed form: the first month, each month between, the
   * last month, and the extra units one month between takes (Stripe's last whole month).
   */
  private record Placement(long amount, long first, long each, long last, long extra, int extraAt) {}

  private Placement placement;

  private Placement placement(long amount) {
    if (placement == null || placement.amount() != amount) {
      placement = place(amount);
    }
    return placement;
  }

  private Placement place(long amount) {
    if (months == 1) {
      return new Placement(amount, amount, 0, amount, 0, -1);
    }
    switch (convention) {
      case MONTHLY_EQUAL: {
        long each = halfUp(amount, Ratio.of(1, months));
        return new Placement(amount, amount - (months - 1) * each, each, each, 0, -1);
      }
      case MONTHLY_PRORATA_TEMPORIS: {
        Ratio sum = factorSum();
        long last = halfUp(amount, factor(months - 1).times(inverse(sum)));
        long each = months > 2 ? halfUp(amount, inverse(sum)) : 0;
        return new Placement(amount, amount - last - (months - 2) * each, each, last, 0, -1);
      }
      default:
        return stripe(amount);
    }
  }

  /**
   * Stripe's placement: a partial first or last month gets its share of the service time, rounded
   * half-even; the whole months share what is left equally, each truncated to the minor unit, and
   * the last whole month takes the units left over (with no whole month, the last month takes the
   * rest).
   */
  private Placement stripe(long amount) {
    boolean pf = partialFirst();
    boolean pl = partialLast();
    Ratio total = Ratio.of(nanos(start, end), 1);
    long first = pf ? Ratio.of(nanos(start, sliceEnd(0)), 1).times(inverse(total)).of(amount) : 0;
    long last = pl ? Ratio.of(nanos(sliceStart(months - 1), end), 1).times(inverse(total)).of(amount) : 0;
    int whole = months - (pf ? 1 : 0) - (pl ? 1 : 0);
    if (whole == 0) {
      return new Placement(amount, first, 0, amount - first, 0, -1);
    }
    long middle = amount - first - last;
    long per = middle / whole;
    int lastWhole = (pf ? 1 : 0) + whole - 1;
    return new Placement(amount, pf ? first : per, per, pl ? last : per, middle - per * whole, lastWhole);
  }

  /** What months 0 to i - 1 hold together. */
  long before(long amount, int i) {
    if (i <= 0) {
      return 0;
    }
    if (i >= months) {
      return amount;
    }
    Placement p = placement(amount);
    long sum = p.first() + (long) (i - 1) * p.each();
    return p.extraAt() >= 0 && i > p.extraAt() ? sum + p.extra() : sum;
  }

  /** An amount x a share, rounded half up (away from zero), as Odoo's currency rounding does. */
  private static long halfUp(long amount, Ratio share) {
    BigInteger p = BigInteger.valueOf(amount).multiply(share.num());
    BigInteger[] qr = p.divideAndRemainder(share.den());
    BigInteger q = qr[0];
    if (qr[1].abs().shiftLeft(1).compareTo(share.den().abs()) >= 0) {
      q = q.add(BigInteger.valueOf(p.signum()));
    }
    return q.longValueExact();
  }
}
