package dev.revops.forecast.conversion;

import dev.revops.core.history.DealHistory;
import dev.revops.core.history.StageChange;
import java.time.Duration;
import java.time.Instant;

/** Whether a history is a closed deal to learn from, and with what weight. */
final class Closing {
  static final long UNIT = 1_000_000_000L;

  final StageChange change;
  final String excludedBecause;

  private Closing(StageChange change, String excludedBecause) {
    this.change = change;
    this.excludedBecause = excludedBecause;
  }

  /** The change that closed the deal before the as-of instant (in the window), or why there is none. */
  static Closing of(DealHistory history, ConversionOptions options) {
    Instant asOf = options.asOfInstant();
    StageChange closing = null;
    for (StageChange c : history.changes()) {
      if (!c.at().isBefore(asOf)) {
        break;
      }
      closing = c;
    }
    if (closing == null || !closing.to().isClosed()) {
      return new Closing(null, "open at the as-of date");
    }
    if (options.since().isPresent()
        && closing.at().isBefore(options.scope().startOf(options.since().get()))) {
      return new Closing(null, "closed before the look-back window");
    }
    return new Closing(closing, null);
  }

  /** A fixed-point count (billionths) as a decimal, without trailing zeros or an exponent. */
  static java.math.BigDecimal units(long nanos) {
    java.math.BigDecimal d = java.math.BigDecimal.valueOf(nanos, 9).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /** The decay weight in billionths: 0.5^(age in days / half-life), or 1 without decay. */
  long weight(ConversionOptions options) {
    return weight(change.at(), options);
  }

  /** The decay weight in billionths of a deal closed at an instant. */
  static long weight(Instant closedAt, ConversionOptions options) {
    if (options.halfLifeDays().isEmpty()) {
      return UNIT;
    }
    double ageDays = Duration.between(closedAt, options.asOfInstant()).getSeconds() / 86_400.0;
    return Math.round(UNIT * Math.pow(0.5, ageDays / options.halfLifeDays().get()));
  }
}
