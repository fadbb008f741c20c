package dev.revops.core.metric;

import java.util.Objects;

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
    if (sorted.length == 0) {
      throw new IllegalArgumentException("a quantile needs at least one value");
    }
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p must be between 0 and 1, was " + p);
    }
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * ((double) sorted[hi] - sorted[lo]);
  }
}
