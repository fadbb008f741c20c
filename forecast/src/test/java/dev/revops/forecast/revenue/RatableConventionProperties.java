package dev.revops.forecast.revenue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Invariants of every ratable convention, the month placements in particular. */
class RatableConventionProperties {

  @Provide
  Arbitrary<ServicePeriod> windows() {
    Arbitrary<Instant> start = Arbitraries.longs().between(Instant.parse("1990-01-01T00:00:00Z").getEpochSecond(),
        Instant.parse("2090-01-01T00:00:00Z").getEpochSecond()).map(Instant::ofEpochSecond);
    Arbitrary<Long> length = Arbitraries.oneOf(Arbitraries.longs().between(1, 86_400L * 70),
        Arbitraries.longs().between(1, 86_400L * 365 * 6), Arbitraries.longs().between(1, 31).map(d -> d * 86_400L));
    return Combinators.combine(start, length).as((s, l) -> ServicePeriod.of(s, s.plusSeconds(l)));
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZoneId.of("UTC"), ZoneId.of("Europe/Paris"), ZoneId.of("America/New_York"),
        ZoneId.of("Pacific/Auckland"), ZoneId.of("Asia/Kolkata"));
  }

  static Segment segment(RatableConvention c, ServicePeriod window, long amount) {
    return new Segment("L", amount, RecognitionPattern.ratable(c), List.of(), window, window.start(),
        RevenueSource.BASE, Optional.empty());
  }

  @Property(tries = 400)
  void recognition_starts_at_zero_ends_at_the_amount_and_never_goes_back(@ForAll RatableConvention c,
      @ForAll("windows") ServicePeriod window, @ForAll("zones") ZoneId zone,
      @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long amount,
      @ForAll @LongRange(min = 0, max = 1_000_000) long salt) {
    Segment s = segment(c, window, amount);
    assertEquals(0, s.cumulative(window.start().minusSeconds(1 + salt), zone), "nothing before the start");
    assertEquals(0, s.cumulative(window.start(), zone), "nothing at the start");
    assertEquals(amount, s.cumulative(window.end(), zone), "everything by the end");
    assertEquals(amount, s.cumulative(window.end().plusSeconds(1 + salt), zone), "nothing after the end");
    long seconds = window.length().getSeconds();
    long previous = 0;
    for (int k = 1; k <= 40; k++) {
      Instant t = window.start().plusSeconds(Math.max(1, seconds * k / 41 + (salt % 7)));
      long r = s.cumulative(t, zone);
      if (monotone(c, window, zone, amount)) {
        assertTrue(r >= previous && r <= amount, "monotone within 0.." + amount + ": " + previous + " then " + r);
      }
      previous = r;
    }
  }

  /**
   * Whether a convention's recognition never goes back for this amount: always, except OCA's two
   * methods, whose first month takes what the others' half-up rounding leaves and goes below zero
   * when the amount is under about half a minor unit per month (as OCA's own arithmetic does; see
   * the example test). 16 x months^2 minor units is a sufficient amount for both.
   */
  static boolean monotone(RatableConvention c, ServicePeriod window, ZoneId zone, long amount) {
    if (c != RatableConvention.MONTHLY_EQUAL && c != RatableConvention.MONTHLY_PRORATA_TEMPORIS) {
      return true;
    }
    long months = java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(LocalDate.ofInstant(window.start(), zone)),
        YearMonth.from(LocalDate.ofInstant(window.end().minusNanos(1), zone))) + 1;
    return amount >= 16 * months * months;
  }

  /** The calendar months a service touches in a zone, and the amount each month gets. */
  static List<Long> monthParts(RatableConvention c, ServicePeriod window, ZoneId zone, long amount) {
    Segment s = segment(c, window, amount);
    List<Long> parts = new ArrayList<>();
    YearMonth m = YearMonth.from(LocalDate.ofInstant(window.start(), zone));
    YearMonth last = YearMonth.from(LocalDate.ofInstant(window.end().minusNanos(1), zone));
    long before = 0;
    for (; !m.isAfter(last); m = m.plusMonths(1)) {
      Instant next = m.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
      long by = s.cumulative(next, zone);
      parts.add(by - before);
      before = by;
    }
    return parts;
  }

  @Property(tries = 400)
  void the_month_placements_sum_exactly_to_the_amount_and_round_each_month_as_documented(
      @ForAll("windows") ServicePeriod window, @ForAll("zones") ZoneId zone,
      @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long amount) {
    List<Long> equal = monthParts(RatableConvention.MONTHLY_EQUAL, window, zone, amount);
    assertEquals(amount, equal.stream().mapToLong(Long::longValue).sum());
    long each = BigDecimal.valueOf(amount).divide(BigDecimal.valueOf(equal.size()), 0, RoundingMode.HALF_UP)
        .longValueExact();
    for (int i = 1; i < equal.size(); i++) {
      assertEquals(each, equal.get(i), "OCA equal: every month but the first is amount / months, half up");
    }
    List<Long> stripe = monthParts(RatableConvention.MONTHLY_PRORATED, window, zone, amount);
    assertEquals(amount, stripe.stream().mapToLong(Long::longValue).sum());
    List<Long> prorata = monthParts(RatableConvention.MONTHLY_PRORATA_TEMPORIS, window, zone, amount);
    assertEquals(amount, prorata.stream().mapToLong(Long::longValue).sum());
    for (int i = 1; i < prorata.size() - 1; i++) {
      assertEquals(prorata.get(1), prorata.get(i), "OCA prorata: the whole months between are equal");
    }
  }

  @Property(tries = 300)
  void stripes_whole_months_are_equal_but_the_last_which_holds_less_than_one_unit_per_whole_month_more(
      @ForAll("windows") ServicePeriod window, @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long amount) {
    ZoneId utc = ZoneId.of("UTC");
    List<Long> parts = monthParts(RatableConvention.MONTHLY_PRORATED, window, utc, amount);
    boolean partialFirst = !window.start().equals(LocalDate.ofInstant(window.start(), utc).withDayOfMonth(1)
        .atStartOfDay(utc).toInstant());
    boolean partialLast = !window.end().equals(LocalDate.ofInstant(window.end(), utc).withDayOfMonth(1)
        .atStartOfDay(utc).toInstant());
    int from = partialFirst ? 1 : 0;
    int to = parts.size() - (partialLast ? 1 : 0);   // whole months: [from, to)
    if (parts.size() < 2 || to - from < 1) {
      return;
    }
    long per = parts.get(from);
    for (int i = from; i < to - 1; i++) {
      assertEquals(per, parts.get(i));
    }
    long extra = parts.get(to - 1) - per;
    assertTrue(extra >= 0 && extra < to - from, "the last whole month takes the leftover units: " + extra);
  }

  @Property(tries = 200)
  void a_monthly_price_is_worth_its_calendar_months(@ForAll("windows") ServicePeriod window,
      @ForAll @LongRange(min = 1, max = 100_000_000) long cents) {
    ZoneId utc = ZoneId.of("UTC");
    PerformanceObligation o = PerformanceObligation.builder().id("L").standaloneSellingPrice(
        dev.revops.core.money.Money.ofMinor("USD", cents)).pricedPerMonth(utc).service(window)
        .pattern(RecognitionPattern.ratable(RatableConvention.MONTHLY_PRORATA_TEMPORIS)).build();
    // months by brute force: each day of service weighs 1 / the days of its month
    LocalDate first = LocalDate.ofInstant(window.start(), utc);
    LocalDate last = LocalDate.ofInstant(window.end().minusNanos(1), utc);
    BigDecimal months = BigDecimal.ZERO;
    java.math.MathContext mc = new java.math.MathContext(40);
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      months = months.add(BigDecimal.ONE.divide(BigDecimal.valueOf(d.lengthOfMonth()), mc));
    }
    BigDecimal exact = BigDecimal.valueOf(cents, 2).multiply(months);
    assertTrue(o.standaloneValue().subtract(exact).abs().compareTo(new BigDecimal("0.005000001")) <= 0,
        o.standaloneValue() + " vs " + exact);
  }
}
