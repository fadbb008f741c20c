package dev.revops.forecast.velocity;

import dev.revops.core.spill.IntSpill;
import java.util.PrimitiveIterator;

/**
 * A list of durations in seconds, kept as ints (68 years at most) in an {@link IntSpill}: in memory,
 * or past the spill's size in sorted runs of the caller's store, read back merged, so the sorted
 * durations, and every order statistic of them, are the same either way.
 */
final class Durations {
  private final IntSpill.Values values;
  private long sum;

  Durations(IntSpill spill) {
    this.values = spill.newValues();
  }

  void add(long seconds) {
    if (seconds < 0 || seconds > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("a duration of " + seconds + " seconds is out of range");
    }
    values.add((int) seconds);
    sum += seconds;
  }

  void addAll(Durations other) {
    values.addAll(other.values);
    sum += other.sum;
  }

  long size() {
    return values.size();
  }

  /** The durations, ascending; valid until the next {@link #add}. */
  PrimitiveIterator.OfInt sorted() {
    return values.sorted();
  }

  long sum() {
    return sum;
  }
}
