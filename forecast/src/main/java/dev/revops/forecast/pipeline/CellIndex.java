package dev.revops.forecast.pipeline;

import java.util.Arrays;

/**
 * Cells numbered 0, 1, 2... by a {@code long} key, in the order first seen: an open-addressing hash
 * table (linear probing, at most half full) that makes no garbage per lookup.
 */
final class CellIndex {
  private static final long EMPTY = Long.MIN_VALUE;

  private long[] keys = new long[64];
  private int[] cells = new int[64];
  private int size;

  CellIndex() {
    Arrays.fill(keys, EMPTY);
  }

  /** The cell of a key (not {@link Long#MIN_VALUE}), numbered next when new. */
  int cell(long key) {
    int mask = keys.length - 1;
    int i = (int) mix(key) & mask;
    while (true) {
      long k = keys[i];
      if (k == key) {
        return cells[i];
      }
      if (k == EMPTY) {
        keys[i] = key;
        cells[i] = size;
        if (++size * 2 > keys.length) {
          grow();
        }
        return size - 1;
      }
      i = (i + 1) & mask;
    }
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCells = cells;
    keys = new long[oldKeys.length * 2];
    cells = new int[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != EMPTY) {
        int i = (int) mix(oldKeys[j]) & mask;
        while (keys[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        cells[i] = oldCells[j];
      }
    }
  }

  /** Spreads the bits of a key (the finaliser of SplitMix64). */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
