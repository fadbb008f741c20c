package dev.revops.forecast.funnel;

import dev.revops.core.metric.Provenance;
import dev.revops.forecast.velocity.KaplanMeier;
import dev.revops.forecast.velocity.SurvivalStep;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Supplier;

/**
 * Time to convert from durations, through the Kaplan-Meier estimate of stage velocity: the
 * conversions are the events, the leads not converted yet are censored.
 */
final class TimesToConvert {
  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

  private TimesToConvert() {}

  static TimeToConvertResult result(Provenance provenance, Supplier<List<TimeToConvertRow>> rows) {
    return new TimeToConvertResult.Builder().provenance(provenance).addAllRows(rows.get()).build();
  }

  static TimeToConvertRow row(SortedMap<String, String> group, String from, String to, long[] seconds,
      boolean[] events, long leftOut, List<Integer> horizons) {
    KaplanMeier km = KaplanMeier.estimate(seconds, events);
    TimeToConvertRow.Builder b = new TimeToConvertRow.Builder().putAllGroup(group).from(from).to(to)
        .leads(km.observed() + leftOut).converted(km.events()).censored(km.observed() - km.events()).leftOut(leftOut)
        .medianDays(percentile(km, 0.5)).p75Days(percentile(km, 0.75)).p90Days(percentile(km, 0.9));
    for (int h : horizons) {
      double share = 1 - km.survivalAt(h * 86_400L);
      b.putConvertedWithin(h, BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_EVEN));
    }
    return b.build();
  }

  /**
   * The first event time at which the estimated share converted, 1 - S(t), reaches {@code share}
   * of the share converted by the last event: the time by which that share of the converters
   * converted, the censored leads taken into account.
   */
  static Optional<BigDecimal> percentile(KaplanMeier km, double share) {
    List<SurvivalStep> steps = km.steps();
    if (steps.isEmpty()) {
      return Optional.empty();
    }
    double total = 1 - steps.get(steps.size() - 1).survival();
    for (SurvivalStep s : steps) {
      // A tolerance of 1e-12 keeps exact fractions such as 0.5 from missing by a rounding error.
      if (1 - s.survival() >= share * total - 1e-12) {
        return Optional.of(days(s.time()));
      }
    }
    return Optional.of(days(steps.get(steps.size() - 1).time()));
  }

  static BigDecimal days(long seconds) {
    return BigDecimal.valueOf(seconds).divide(SECONDS_PER_DAY, 2, RoundingMode.HALF_EVEN);
  }
}
