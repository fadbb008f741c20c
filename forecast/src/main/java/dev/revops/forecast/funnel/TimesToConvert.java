package dev.revops.forecast.funnel;

import dev.revops.core.metric.Provenance;
import dev.revops.core.money.Rounding;
import dev.revops.forecast.velocity.SurvivalSummary;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Supplier;

/**
 * Time to convert from durations, through the library's one Kaplan-Meier estimate
 * ({@link SurvivalSummary#walk}): the conversions are the events, the leads not converted yet are
 * censored at their age on the as-of instant.
 */
final class TimesToConvert {
  private static final long SECONDS_PER_DAY = 86_400L;
  /** The decimals of durations reported in days: hundredths of a day, as stage velocity. */
  private static final int DAYS_SCALE = 2;
  /** Exact fractions such as 0.5 must not miss by a binary rounding error. */
  private static final double TOLERANCE = 1e-12;
  private static final double[] SHARES = {0.5, 0.75, 0.9};

  private TimesToConvert() {}

  static TimeToConvertResult result(Provenance provenance, Supplier<List<TimeToConvertRow>> rows) {
    return new TimeToConvertResult.Builder().provenance(provenance).addAllRows(rows.get()).build();
  }

  /**
   * One row from the sorted durations in seconds: the percentiles are the first event times at
   * which the estimated share converted, 1 - S(t), reaches that share of the share converted by the
   * last event (the time by which that share of the converters converted, censored leads taken
   * into account); the horizons read 1 - S at each horizon.
   */
  static TimeToConvertRow row(SortedMap<String, String> group, String from, String to, int[] completed,
      int[] censored, long leftOut, List<Integer> horizons) {
    double[] last = {1.0};
    SurvivalSummary.walk(completed, censored, (t, s) -> last[0] = s);
    double total = 1 - last[0];
    long[] found = new long[SHARES.length];
    Arrays.fill(found, -1);
    long[] horizonSeconds = horizons.stream().mapToLong(h -> h * SECONDS_PER_DAY).toArray();
    double[] within = new double[horizonSeconds.length];
    SurvivalSummary.walk(completed, censored, (t, s) -> {
      for (int k = 0; k < SHARES.length; k++) {
        if (found[k] < 0 && 1 - s >= SHARES[k] * total - TOLERANCE) {
          found[k] = t;
        }
      }
      for (int k = 0; k < horizonSeconds.length; k++) {
        if (t <= horizonSeconds[k]) {
          within[k] = 1 - s;
        }
      }
    });
    TimeToConvertRow.Builder b = new TimeToConvertRow.Builder().putAllGroup(group).from(from).to(to)
        .leads(completed.length + censored.length + leftOut).converted(completed.length).censored(censored.length)
        .leftOut(leftOut).medianDays(days(found[0])).p75Days(days(found[1])).p90Days(days(found[2]));
    for (int k = 0; k < horizonSeconds.length; k++) {
      b.putConvertedWithin(horizons.get(k), BigDecimal.valueOf(within[k]).setScale(Rounding.RATIO_SCALE, Rounding.RATIO));
    }
    return b.build();
  }

  /** Seconds as days, {@link Rounding#DURATION} to hundredths; empty for no time found. */
  static Optional<BigDecimal> days(long seconds) {
    return seconds < 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(SECONDS_PER_DAY), DAYS_SCALE,
            Rounding.DURATION));
  }
}
