package dev.revops.core.metric;

import java.util.Objects;
import java.util.function.LongToIntFunction;

/**
 * The one quantile rule of revops-model: the "type 7" quantile (the default of R, NumPy and
 * spreadsheets' PERCENTILE), linear between sorted values. For n values sorted ascending, the
 * quantile p sits at rank h = (n - 1) x p: the value at floor(h), plus the fraction of h times the
 * gap to the next value. Used for durations in stage velocity and response times in handoffs.
 *
 * <pre>{@code
 * Quantile.type7(new int[] {1, 2, 3, 4}, 0.5);    // 2.5
 * Quantile.type7(new int[] {10, 20, 30}, 0.9);    // 28.0: rank 1.8, 20 + 0.8 x 10
 * }</pre>
 */
public final class Quantile {
  private Quantile() {}

  /**
   * The type-7 quantile of sorted values.
   *
   * @param sorted the values, sorted ascending, at least one
   * @param p the share, in [0, 1]
   * @return the quantile, exact up to binary floating point
   * @throws IllegalArgumentException if there is no value or {@code p} is outside [0, 1]
   */
  public static double type7(int[] sorted, double p) {
    Objects.requireNonNull(sorted, "sorted");
    return type7(sorted.length, p, rank -> sorted[(int) rank]);
  }

  /**
   * The type-7 quantile of {@code count} sorted values read by rank: for values too many to hold,
   * read from a sorted stream. The value at rank {@link #lowerRank} and the next one (the last
   * rank at most) are the only ones read.
   *
   * <pre>{@code
   * int[] sorted = {10, 20, 30};
   * Quantile.lowerRank(3, 0.9);                          // 1: rank 1.8
   * Quantile.type7(3, 0.9, rank -> sorted[(int) rank]);  // 28.0
   * }</pre>
   *
   * @param count how many values, at least one
   * @param p the share, in [0, 1]
   * @param valueAtRank the value at a rank, from 0 (smallest) to {@code count - 1}
   * @return the quantile, exact up to binary floating point: the same as {@link #type7(int[], double)}
   * @throws IllegalArgumentException if there is no value or {@code p} is outside [0, 1]
   */
  public static double type7(long count, double p, LongToIntFunction valueAtRank) {
    Objects.requireNonNull(valueAtRank, "valueAtRank");
    long lo = lowerRank(count, p);
    double h = (count - 1) * p;
    long hi = Math.min(lo + 1, count - 1);
    int low = valueAtRank.applyAsInt(lo);
    return low + (h - lo) * ((double) valueAtRank.applyAsInt(hi) - low);
  }

  /**
   * The lower of the two ranks the type-7 quantile reads: floor((count - 1) x p); the other is the
   * next rank, or the same at the last.
   *
   * @param count how many values, at least one
   * @param p the share, in [0, 1]
   * @return the rank, from 0
   * @throws IllegalArgumentException if there is no value or {@code p} is outside [0, 1]
   */
  public static long lowerRank(long count, double p) {
    if (count <= 0) {
      throw new IllegalArgumentException("a quantile needs at least one value");
    }
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p must be between 0 and 1, was " + p);
    }
    return (long) Math.floor((count - 1) * p);
  }
}
