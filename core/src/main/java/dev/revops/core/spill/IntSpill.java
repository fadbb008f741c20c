package dev.revops.core.spill;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.PrimitiveIterator;

/**
 * Lists of ints that are read back sorted, holding at most a stated count in memory: the values of
 * all the lists made by one spill share that budget. Past it, every list's buffered values are
 * sorted and handed to the {@link RunStore} as a run, and the buffers start again empty; reading a
 * list sorted merges its runs with its buffer, exactly, so order statistics (a median, a
 * percentile, a survival curve) come out as if every value had been held. Runs are merged as they
 * come, {@value #FAN_IN} at a time, into longer runs written to the same store, level by level (as
 * an external sort does): a list keeps fewer than {@value #FAN_IN} runs a level, so even a budget of
 * one value (a run per value) keeps a few hundred run handles at most, and a read holds at most
 * {@value #FAN_IN} runs open.
 *
 * <p>{@link #inMemory()} never spills: every value stays in its list (4 bytes each). Not
 * thread-safe: one spill per accumulator, one accumulator per thread.
 *
 * <pre>{@code
 * IntSpill spill = IntSpill.of(RunStore.inMemory(), 2);   // spill past 2 buffered values
 * IntSpill.Values days = spill.newValues();
 * days.add(9); days.add(1); days.add(4);                   // the third add spills [1, 9]
 * days.sorted();                                           // 1, 4, 9
 * }</pre>
 */
public final class IntSpill {
  /** The most runs merged at once. */
  public static final int FAN_IN = 64;
  /** From this many values a buffer is sorted by radix (linear time, a scratch array as large). */
  private static final int RADIX_SORT = 1 << 16;

  private final RunStore store;
  private final long maxBuffered;
  private final List<Values> lists = new ArrayList<>();
  private long buffered;
  private long runsWritten;

  private IntSpill(RunStore store, long maxBuffered) {
    this.store = Objects.requireNonNull(store, "store");
    if (maxBuffered < 1) {
      throw new IllegalArgumentException("maxBuffered must be at least 1, was " + maxBuffered);
    }
    this.maxBuffered = maxBuffered;
  }

  /**
   * A spill that keeps every value in memory and never writes a run.
   *
   * @return a new spill
   */
  public static IntSpill inMemory() {
    return new IntSpill(RunStore.inMemory(), Long.MAX_VALUE);
  }

  /**
   * A spill that holds at most {@code maxBuffered} values in memory over all its lists, and writes
   * sorted runs to {@code store} past it.
   *
   * @param store where runs go
   * @param maxBuffered the most values buffered at once, at least 1
   * @return a new spill
   * @throws IllegalArgumentException if {@code maxBuffered} is below 1
   */
  public static IntSpill of(RunStore store, long maxBuffered) {
    return new IntSpill(store, maxBuffered);
  }

  /**
   * A new, empty list sharing this spill's budget and store.
   *
   * @return the list
   */
  public Values newValues() {
    Values v = new Values();
    lists.add(v);
    return v;
  }

  /**
   * How many runs this spill has written so far (merges of runs included): 0 when everything fit.
   *
   * @return the count
   */
  public long runsWritten() {
    return runsWritten;
  }

  private void spillAll() {
    for (Values v : lists) {
      v.spill();
    }
    buffered = 0;
  }

  private RunStore.Run write(int[] sorted, int from, int to) {
    runsWritten++;
    return store.write(sorted, from, to);
  }

  private RunStore.Run write(PrimitiveIterator.OfInt sorted, long count) {
    runsWritten++;
    return store.write(sorted, count);
  }

  /** One list of values of a spill. */
  public final class Values {
    private int[] buffer = new int[8];
    private int size;
    /** The runs written, by level: a run of level k + 1 is the merge of {@value #FAN_IN} of level k. */
    private final List<List<RunStore.Run>> levels = new ArrayList<>();
    private long count;

    private Values() {}

    /**
     * Adds a value; may spill every list of the spill.
     *
     * @param value the value
     */
    public void add(int value) {
      if (size == buffer.length) {
        buffer = Arrays.copyOf(buffer, size * 2);
      }
      buffer[size++] = value;
      count++;
      if (++buffered > maxBuffered) {
        spillAll();
      }
    }

    /**
     * Adds every value of another list (of this spill or another).
     *
     * @param other the list
     */
    public void addAll(Values other) {
      Objects.requireNonNull(other, "other");
      if (other == this) {
        throw new IllegalArgumentException("a list cannot add itself");
      }
      PrimitiveIterator.OfInt it = other.sorted();
      while (it.hasNext()) {
        add(it.nextInt());
      }
    }

    /**
     * How many values were added.
     *
     * @return the count
     */
    public long size() {
      return count;
    }

    /**
     * The values, ascending: the buffer sorted and merged with the runs written. Valid until the
     * next {@link #add}.
     *
     * @return a cursor over the values
     */
    public PrimitiveIterator.OfInt sorted() {
      sortBuffer();
      List<RunStore.Run> runs = new ArrayList<>();
      levels.forEach(runs::addAll);
      if (runs.isEmpty()) {
        return cursor(buffer, 0, size);
      }
      if (runs.size() + 1 > FAN_IN) {
        while (runs.size() + 1 > FAN_IN) {
          List<RunStore.Run> first = new ArrayList<>(runs.subList(0, FAN_IN));
          RunStore.Run merged = write(merge(first, cursor(buffer, 0, 0)), total(first));
          runs.subList(0, FAN_IN).clear();
          runs.add(merged);
        }
        // the merged runs are kept, above every level, so that the next read does not merge again
        levels.forEach(List::clear);
        levels.add(new ArrayList<>(runs));
      }
      return merge(runs, cursor(buffer, 0, size));
    }

    /** How many runs the list keeps (for tests of the bound). */
    int runsKept() {
      return levels.stream().mapToInt(List::size).sum();
    }

    private void sortBuffer() {
      if (size > RADIX_SORT) {
        radixSort(buffer, 0, size);
      } else {
        Arrays.sort(buffer, 0, size);
      }
    }

    private void spill() {
      if (size == 0) {
        return;
      }
      sortBuffer();
      keep(0, write(buffer, 0, size));
      buffer = new int[8];
      size = 0;
    }

    /** Keeps a run at a level; the {@value #FAN_IN}th run of a level merges them all into one of the next. */
    private void keep(int level, RunStore.Run run) {
      while (levels.size() <= level) {
        levels.add(new ArrayList<>());
      }
      List<RunStore.Run> runs = levels.get(level);
      runs.add(run);
      if (runs.size() == FAN_IN) {
        RunStore.Run merged = write(merge(runs, cursor(new int[0], 0, 0)), total(runs));
        runs.clear();
        keep(level + 1, merged);
      }
    }
  }

  private static long total(List<RunStore.Run> runs) {
    long n = 0;
    for (RunStore.Run r : runs) {
      n += r.size();
    }
    return n;
  }

  /**
   * Sorts part of an array ascending, least significant byte first: four counting passes (a pass
   * whose byte is the same in every value is skipped), the sign bit flipped so that negative values
   * come first. The same order as {@link Arrays#sort(int[], int, int)}, in linear time, with one
   * scratch array as large as the part (as {@link Arrays#parallelSort(int[])} takes).
   */
  static void radixSort(int[] a, int from, int to) {
    int n = to - from;
    int[][] counts = new int[4][257];
    for (int i = from; i < to; i++) {
      int v = a[i] ^ Integer.MIN_VALUE;
      counts[0][(v & 0xff) + 1]++;
      counts[1][((v >>> 8) & 0xff) + 1]++;
      counts[2][((v >>> 16) & 0xff) + 1]++;
      counts[3][(v >>> 24) + 1]++;
    }
    int[] src = a;
    int srcFrom = from;
    int[] dst = new int[n];
    int dstFrom = 0;
    for (int pass = 0; pass < 4; pass++) {
      int[] c = counts[pass];
      if (sameByte(c, n)) {
        continue;
      }
      for (int k = 1; k < 257; k++) {
        c[k] += c[k - 1];
      }
      int shift = pass * 8;
      for (int i = srcFrom; i < srcFrom + n; i++) {
        int v = src[i];
        dst[dstFrom + c[((v ^ Integer.MIN_VALUE) >>> shift) & 0xff]++] = v;
      }
      int[] t = src;
      src = dst;
      dst = t;
      int f = srcFrom;
      srcFrom = dstFrom;
      dstFrom = f;
    }
    if (src != a) {
      System.arraycopy(src, srcFrom, a, from, n);
    }
  }

  /** Whether one bucket of a pass's counts (shifted by one) holds every value. */
  private static boolean sameByte(int[] counts, int n) {
    for (int k = 1; k < 257; k++) {
      if (counts[k] == n) {
        return true;
      }
    }
    return false;
  }

  private static PrimitiveIterator.OfInt merge(List<RunStore.Run> runs, PrimitiveIterator.OfInt last) {
    List<PrimitiveIterator.OfInt> cursors = new ArrayList<>(runs.size() + 1);
    for (RunStore.Run r : runs) {
      cursors.add(r.open());
    }
    cursors.add(last);
    return new Merge(cursors);
  }

  /**
   * A cursor over an array: for code that reads values both from arrays and from spills.
   *
   * <pre>{@code
   * IntSpill.cursor(new int[] {1, 4}).nextInt();   // 1
   * }</pre>
   *
   * @param values the values
   * @return a cursor over them, first to last
   */
  public static PrimitiveIterator.OfInt cursor(int[] values) {
    return cursor(Objects.requireNonNull(values, "values"), 0, values.length);
  }

  /** A cursor over part of an array. */
  static PrimitiveIterator.OfInt cursor(int[] values, int from, int to) {
    return new PrimitiveIterator.OfInt() {
      private int i = from;

      @Override
      public boolean hasNext() {
        return i < to;
      }

      @Override
      public int nextInt() {
        if (i >= to) {
          throw new NoSuchElementException();
        }
        return values[i++];
      }
    };
  }

  /** The k-way merge of ascending cursors, through a binary heap of their next values. */
  private static final class Merge implements PrimitiveIterator.OfInt {
    private final PrimitiveIterator.OfInt[] cursors;
    private final int[] heads;
    private final int[] heap;
    private int live;

    Merge(List<PrimitiveIterator.OfInt> from) {
      cursors = from.toArray(new PrimitiveIterator.OfInt[0]);
      heads = new int[cursors.length];
      heap = new int[cursors.length];
      for (int c = 0; c < cursors.length; c++) {
        if (cursors[c].hasNext()) {
          heads[c] = cursors[c].nextInt();
          heap[live++] = c;
        }
      }
      for (int i = live / 2 - 1; i >= 0; i--) {
        down(i);
      }
    }

    @Override
    public boolean hasNext() {
      return live > 0;
    }

    @Override
    public int nextInt() {
      if (live == 0) {
        throw new NoSuchElementException();
      }
      int c = heap[0];
      int value = heads[c];
      if (cursors[c].hasNext()) {
        heads[c] = cursors[c].nextInt();
      } else {
        heap[0] = heap[--live];
      }
      down(0);
      return value;
    }

    private void down(int i) {
      while (true) {
        int l = 2 * i + 1;
        if (l >= live) {
          return;
        }
        int m = l + 1 < live && heads[heap[l + 1]] < heads[heap[l]] ? l + 1 : l;
        if (heads[heap[m]] >= heads[heap[i]]) {
          return;
        }
        int t = heap[i];
        heap[i] = heap[m];
        heap[m] = t;
        i = m;
      }
    }
  }
}
