package dev.revops.core.spill;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.PrimitiveIterator;

/**
 * Where {@link IntSpill} keeps its sorted runs: in memory ({@link #inMemory()}), or anywhere the
 * caller implements, a temporary file for example. A run, once written, is read back any number of
 * times, in the order written; the store owns its runs until it is discarded (a store on disk
 * deletes its files then: the caller's business, the library does no I/O).
 *
 * <pre>{@code
 * RunStore store = RunStore.inMemory();
 * RunStore.Run run = store.write(new int[] {1, 4, 9}, 0, 3);
 * run.size();            // 3
 * run.open().nextInt();  // 1
 * }</pre>
 */
public interface RunStore {

  /**
   * Keeps a run of sorted ints.
   *
   * @param sorted the values, ascending between {@code from} and {@code to}; the array stays the
   *     caller's (a store copies what it keeps)
   * @param from the first index, inclusive
   * @param to the last index, exclusive
   * @return a handle to read the run back
   * @throws java.io.UncheckedIOException from a store that cannot write
   */
  Run write(int[] sorted, int from, int to);

  /**
   * Keeps a run read from a cursor: a merge of other runs, for example.
   *
   * <p>The default copies the values into an array in chunks and writes it whole; a store on disk
   * overrides it to stream.
   *
   * @param sorted the values, ascending
   * @param count how many to take from the cursor
   * @return a handle to read the run back
   */
  default Run write(PrimitiveIterator.OfInt sorted, long count) {
    if (count > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("a run of " + count + " values does not fit an array: override write");
    }
    int[] values = new int[(int) count];
    for (int i = 0; i < values.length; i++) {
      values[i] = sorted.nextInt();
    }
    return write(values, 0, values.length);
  }

  /** A run kept by a store. */
  interface Run {
    /**
     * How many values.
     *
     * @return the count
     */
    long size();

    /**
     * Reads the run from its start.
     *
     * @return its values, ascending
     */
    PrimitiveIterator.OfInt open();
  }

  /**
   * A store that keeps runs as arrays in the heap: what {@link IntSpill} uses when no other store is
   * given, and what tests use to check spilling with any run size.
   *
   * @return a new, empty store
   */
  static RunStore inMemory() {
    return new RunStore() {
      private final List<int[]> runs = new ArrayList<>();

      @Override
      public Run write(int[] sorted, int from, int to) {
        Objects.requireNonNull(sorted, "sorted");
        int[] copy = Arrays.copyOfRange(sorted, from, to);
        runs.add(copy);
        return new Run() {
          @Override
          public long size() {
            return copy.length;
          }

          @Override
          public PrimitiveIterator.OfInt open() {
            return IntSpill.cursor(copy, 0, copy.length);
          }
        };
      }
    };
  }
}
