package dev.revops.forecast.velocity;

import java.util.Arrays;

/** A growable list of durations in seconds, kept as ints (68 years at most). */
final class Durations {
  private static final int PARALLEL_SORT = 1 << 16;

  private int[] values = new int[8];
  private int size;

  void add(long seconds) {
    if (seconds < 0 || seconds > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("a duration of " + seconds + " seconds is out of range");
    }
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = (int) seconds;
  }

  void addAll(Durations other) {
    for (int i = 0; i < other.size; i++) {
      add(other.values[i]);
    }
  }

  int size() {
    return size;
  }

  /** The values, sorted, as a new array. */
  int[] sorted() {
    int[] s = Arrays.copyOf(values, size);
    // the sort of millions of visits is most of a result's time: on every core when it is large
    if (size > PARALLEL_SORT) {
      Arrays.parallelSort(s);
    } else {
      Arrays.sort(s);
    }
    return s;
  }

  long sum() {
    long total = 0;
    for (int i = 0; i < size; i++) {
      total += values[i];
    }
    return total;
  }
}
