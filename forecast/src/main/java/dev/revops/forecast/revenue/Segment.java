package dev.revops.forecast.revenue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A part of an obligation's revenue: an amount spread by a pattern over a window, counted only
 * from {@code activeFrom} to {@code activeUntil}. A change ends the segments in force (their
 * revenue to then stays) and starts new ones; what a segment would have recognized before its
 * {@code activeFrom} is posted as a catch-up by whoever created it.
 */
final class Segment {
  final String obligationId;
  final long amount;
  final RecognitionPattern pattern;
  final List<Milestone> milestones;
  final ServicePeriod window;
  final Instant activeFrom;
  Instant activeUntil;
  final RevenueSource source;
  final Optional<String> reference;

  Segment(String obligationId, long amount, RecognitionPattern pattern, List<Milestone> milestones,
      ServicePeriod window, Instant activeFrom, RevenueSource source, Optional<String> reference) {
    this.obligationId = obligationId;
    this.amount = amount;
    this.pattern = pattern;
    this.milestones = milestones;
    this.window = window;
    this.activeFrom = activeFrom;
    this.source = source;
    this.reference = reference;
  }

  /** The month plan of a month convention, made once (a run has one zone). */
  private MonthPlan plan;
  /** What the segment recognized before it became active, made once. */
  private Long base;
  /** What the segment recognized in all, once it has ended, and the end it was computed for. */
  private long settled;
  private Instant settledAt;

  /**
   * What the whole amount would have recognized by {@code t}, ignoring the active bounds: the
   * amount x the pattern's exact share, rounded half-even once, or the month placement's figure.
   */
  long cumulative(Instant t, ZoneId zone) {
    RatableConvention c = pattern.convention().orElse(null);
    if (c == RatableConvention.MONTHLY_PRORATED_CUMULATIVE || c != null && MonthPlan.places(c)) {
      if (plan == null) {
        plan = new MonthPlan(c, window, zone);
      }
      if (MonthPlan.places(c)) {
        return plan.recognized(amount, t);
      }
      return !t.isAfter(window.start()) ? 0 : !t.isBefore(window.end()) ? amount : plan.share(t).of(amount);
    }
    if (pattern.kind() == RecognitionPattern.Kind.MILESTONES && t.isBefore(window.end())) {
      return reached(t);
    }
    return Progress.at(pattern, window, milestones, t, zone).of(amount);
  }

  /** The milestones' instants and the sum of their shares up to each (exact), made once. */
  private Instant[] milestoneAt;
  private java.math.BigDecimal[] sharesUpTo;

  /** What milestones reached before {@code t} recognize (a milestone counts after its instant), as {@link Progress} does. */
  private long reached(Instant t) {
    if (milestoneAt == null) {
      List<Milestone> sorted = milestones.stream().sorted(java.util.Comparator.comparing(Milestone::at)).toList();
      milestoneAt = new Instant[sorted.size()];
      sharesUpTo = new java.math.BigDecimal[sorted.size() + 1];
      sharesUpTo[0] = java.math.BigDecimal.ZERO;
      for (int i = 0; i < sorted.size(); i++) {
        milestoneAt[i] = sorted.get(i).at();
        sharesUpTo[i + 1] = sharesUpTo[i].add(sorted.get(i).share());
      }
    }
    int n = 0;
    while (n < milestoneAt.length && t.isAfter(milestoneAt[n])) {
      n++;
    }
    java.math.BigDecimal share = sharesUpTo[n];
    return Ratio.of(share.unscaledValue(), java.math.BigInteger.TEN.pow(share.scale())).of(amount);
  }

  /** What the segment recognizes by {@code t}, within its active bounds (fixed once it has ended). */
  long recognizedBy(Instant t, ZoneId zone) {
    if (base == null) {
      base = cumulative(activeFrom, zone);
    }
    if (activeUntil != null && !t.isBefore(activeUntil)) {
      if (!activeUntil.equals(settledAt)) {
        settled = clipped(activeUntil, zone) - base;
        settledAt = activeUntil;
      }
      return settled;
    }
    return clipped(t, zone) - base;
  }

  /**
   * The instants between which the segment's revenue can change: from when it is active and its
   * service has begun to when it ends or its service does. Outside them {@link #between} is zero.
   *
   * @return {lo, hi}; hi not after lo when the segment recognizes nothing while active
   */
  Instant[] changing() {
    Instant lo = activeFrom.isAfter(window.start()) ? activeFrom : window.start();
    Instant hi = activeUntil != null && activeUntil.isBefore(window.end()) ? activeUntil : window.end();
    return new Instant[] {lo, hi};
  }

  /** What the segment recognizes from {@code from} (inclusive) to {@code to} (exclusive). */
  long between(Instant from, Instant to, ZoneId zone) {
    return clipped(to, zone) - clipped(from, zone);
  }

  private long clipped(Instant t, ZoneId zone) {
    Instant c = t.isBefore(activeFrom) ? activeFrom : t;
    if (activeUntil != null && c.isAfter(activeUntil)) {
      c = activeUntil;
    }
    return cumulative(c, zone);
  }
}
