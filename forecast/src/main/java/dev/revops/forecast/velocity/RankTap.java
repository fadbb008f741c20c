package dev.revops.forecast.velocity;

import java.util.Arrays;
import java.util.PrimitiveIterator;

/**
 * A sorted stream passed through while it is read once (by the Kaplan-Meier walk), keeping the
 * values at the ranks order statistics need, so that percentiles of millions of durations read
 * back from disk cost one pass and no array.
 */
final class RankTap implements PrimitiveIterator.OfInt {
  private final PrimitiveIterator.OfInt values;
  private final long[] ranks;
  private final int[] kept;
  private long rank;
  private int next;

  /** Taps {@code values}, keeping those at {@code wanted} ranks (any order, repeats allowed). */
  RankTap(PrimitiveIterator.OfInt values, long... wanted) {
    this.values = values;
    this.ranks = Arrays.stream(wanted).sorted().distinct().toArray();
    this.kept = new int[ranks.length];
  }

  @Override
  public boolean hasNext() {
    return values.hasNext();
  }

  @Override
  public int nextInt() {
    int v = values.nextInt();
    while (next < ranks.length && ranks[next] == rank) {
      kept[next++] = v;
    }
    rank++;
    return v;
  }

  /** Reads what is left, so that every wanted rank is kept. */
  RankTap drain() {
    while (hasNext()) {
      nextInt();
    }
    return this;
  }

  /**
   * The value at a wanted rank, once read.
   *
   * @throws IllegalStateException for a rank not wanted or not read yet
   */
  int at(long r) {
    int i = Arrays.binarySearch(ranks, r);
    if (i < 0 || i >= next) {
      throw new IllegalStateException("rank " + r + " was not wanted or not read yet");
    }
    return kept[i];
  }
}
