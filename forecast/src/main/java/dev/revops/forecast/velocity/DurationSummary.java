package dev.revops.forecast.velocity;

import dev.revops.core.metric.Quantile;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.function.LongToIntFunction;
import org.immutables.value.Value;

/**
 * Durations of completed visits, in days (two decimals): count, mean and percentiles.
 *
 * <p>Percentiles interpolate linearly between the sorted durations: the library's one quantile rule,
 * {@link Quantile#type7} (for n durations, percentile p sits at rank (n - 1) x p).
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

  /**
   * Their sum, in seconds, exact: with {@link #count()} the exact mean, for checks against other
   * engines that {@link #meanDays()} (rounded to hundredths of a day) cannot serve.
   *
   * @return their sum, in seconds
   */
  public abstract long totalSeconds();

  /**
   * Their median, in seconds, exact (a whole or half second: the middle duration, or the mean of
   * the two middle ones).
   *
   * @return their median, in seconds
   */
  public abstract BigDecimal medianSeconds();

  /** Builds summaries (velocity does). */
  static final class Builder extends ImmutableDurationSummary.Builder {
    Builder() {}
  }

  /** The summary of sorted durations in seconds (at least one). */
  static DurationSummary of(int[] sorted, long sum) {
    return of(sorted.length, sum, rank -> sorted[(int) rank]);
  }

  /**
   * The summary of {@code count} sorted durations in seconds (at least one), read by rank: only the
   * ranks of {@link #ranksRead} are read.
   */
  static DurationSummary of(long count, long sum, LongToIntFunction valueAtRank) {
    return new Builder().count(count).meanDays(DayCount.days((double) sum / count))
        .medianDays(DayCount.days(Quantile.type7(count, 0.5, valueAtRank)))
        .p75Days(DayCount.days(Quantile.type7(count, 0.75, valueAtRank)))
        .p90Days(DayCount.days(Quantile.type7(count, 0.9, valueAtRank))).totalSeconds(sum)
        .medianSeconds(median(count, valueAtRank)).build();
  }

  /** The shares whose type-7 quantiles a summary reports. */
  static final double[] SHARES = {0.5, 0.75, 0.9};

  /** The ranks a summary of {@code count} durations reads (each quantile's two, the median's two). */
  static long[] ranksRead(long count) {
    long[] ranks = new long[SHARES.length * 2];
    for (int i = 0; i < SHARES.length; i++) {
      ranks[2 * i] = Quantile.lowerRank(count, SHARES[i]);
      ranks[2 * i + 1] = Math.min(ranks[2 * i] + 1, count - 1);
    }
    return ranks;
  }

  /** The exact median of sorted values (the type-7 quantile at one half). */
  static BigDecimal median(int[] sorted) {
    return median(sorted.length, rank -> sorted[(int) rank]);
  }

  private static BigDecimal median(long n, LongToIntFunction valueAtRank) {
    long twice = (long) valueAtRank.applyAsInt((n - 1) / 2) + valueAtRank.applyAsInt(n / 2);
    return BigDecimal.valueOf(twice).divide(BigDecimal.valueOf(2)).stripTrailingZeros().setScale(twice % 2 == 0 ? 0 : 1);
  }

}
