package dev.revops.handoff.compliance;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Times to accept, in seconds, kept one by one (four bytes each) so that the median and the 90th
 * percentile are exact whatever way the handoffs were split and merged. Not thread-safe.
 */
final class ResponseTimes {
  private int[] values = new int[4];
  private int size;

  void add(Duration time) {
    long seconds = time.getSeconds();
    if (seconds < 0 || seconds > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("a time to accept of " + time + " is out of range");
    }
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = (int) seconds;
  }

  void addAll(ResponseTimes other) {
    for (int i = 0; i < other.size; i++) {
      add(Duration.ofSeconds(other.values[i]));
    }
  }

  /**
   * The type-7 quantile (linear between the sorted times, at rank (n - 1) x p), rounded half up to
   * the second.
   */
  Optional<Duration> quantile(double p) {
    if (size == 0) {
      return Optional.empty();
    }
    int[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    double h = (size - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, size - 1);
    double seconds = sorted[lo] + (h - lo) * ((double) sorted[hi] - sorted[lo]);
    return Optional.of(Duration.ofSeconds(Math.round(seconds)));
  }
}
