package dev.revops.forecast.velocity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Durations of completed visits, in days (two decimals): count, mean and percentiles.
 *
 * <p>Percentiles interpolate linearly between the sorted durations (the usual "type 7" definition:
 * for n durations, percentile p sits at rank (n - 1) x p).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDurationSummary.class)
@JsonDeserialize(as = ImmutableDurationSummary.class)
public abstract class DurationSummary {

  /** Only the generated implementation extends this class, so every instance is validated. */
  DurationSummary() {}

  /**
   * How many durations.
   *
   * @return how many durations
   */
  public abstract long count();

  /**
   * Their mean, in days.
   *
   * @return their mean, in days
   */
  public abstract BigDecimal meanDays();

  /**
   * Their median, in days.
   *
   * @return their median, in days
   */
  public abstract BigDecimal medianDays();

  /**
   * Their 75th percentile, in days.
   *
   * @return their 75th percentile, in days
   */
  public abstract BigDecimal p75Days();

  /**
   * Their 90th percentile, in days.
   *
   * @return their 90th percentile, in days
   */
  public abstract BigDecimal p90Days();

  /** Builds summaries (velocity does; public for JSON). */
  public static final class Builder extends ImmutableDurationSummary.Builder {
    Builder() {}
  }

  /** The summary of sorted durations in seconds (at least one). */
  static DurationSummary of(int[] sorted, long sum) {
    return new Builder().count(sorted.length).meanDays(DayCount.days((double) sum / sorted.length))
        .medianDays(DayCount.days(quantile(sorted, 0.5))).p75Days(DayCount.days(quantile(sorted, 0.75)))
        .p90Days(DayCount.days(quantile(sorted, 0.9))).build();
  }

  /** The type-7 quantile of sorted values. */
  static double quantile(int[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * ((double) sorted[hi] - sorted[lo]);
  }
}
