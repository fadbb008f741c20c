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

  /** The month placement of a convention that fixes each month's amount first (made once per segment). */
  private MonthPlan plan;

  /**
   * What the whole amount would have recognized by {@code t}, ignoring the active bounds: the
   * amount x the pattern's exact share, rounded half-even once, or the month placement's figure.
   */
  long cumulative(Instant t, ZoneId zone) {
    if (pattern.convention().filter(MonthPlan::places).isPresent()) {
      if (plan == null) {
        plan = new MonthPlan(pattern.convention().get(), window, zone);
      }
      return plan.recognized(amount, t);
    }
    return Progress.at(pattern, window, milestones, t, zone).of(amount);
  }

  /** What the segment recognizes by {@code t}, within its active bounds. */
  long recognizedBy(Instant t, ZoneId zone) {
    return clipped(t, zone) - cumulative(activeFrom, zone);
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
