package dev.revops.core.io;

/**
 * A compact map from record ids to the row each was first seen on: ids are kept as 64-bit
 * fingerprints, 12 bytes a slot, at most 8/3 slots an id and usually fewer (24 MB for a million
 * ids). Used to find repeated ids while importing, and to join records by id without holding them
 * as objects.
 *
 * <p>Two different ids share a fingerprint with a chance below 10^-7 for ten million ids; they
 * would then be taken as one. Rows past 2^31 are remembered as 2^31-1. Not thread-safe.
 *
 * <pre>{@code
 * IdFingerprints seen = new IdFingerprints();
 * seen.putIfAbsent("D1", 2);   // -1: new
 * seen.putIfAbsent("D1", 9);   // 2: seen on row 2
 * seen.get("D1");              // 2
 * }</pre>
 */
public final class IdFingerprints {
  /** An empty map. */
  public IdFingerprints() {}

  private long[] keys = new long[1 << 12];
  private int[] rows = new int[1 << 12];
  private int size;

  /**
   * Records an id, unless it is already known.
   *
   * @param id the id
   * @param row the row it is on
   * @return the row the id was first seen on, or -1 when it is new
   */
  public long putIfAbsent(String id, long row) {
    long h = fingerprint(id);
    int i = slot(h);
    if (keys[i] == h) {
      return rows[i];
    }
    keys[i] = h;
    rows[i] = (int) Math.min(row, Integer.MAX_VALUE);
    // Filled up to three quarters (linear probing stays short there): at ten million ids the table
    // has 16M slots, 192 MB, and growing to it needs the old 96 MB besides, within a 512 MB heap.
    if (++size * 4L > keys.length * 3L) {
      grow();
    }
    return -1;
  }

  /**
   * The row an id was first seen on.
   *
   * @param id the id
   * @return the row, or -1 for an id never recorded
   */
  public long get(String id) {
    long h = fingerprint(id);
    int i = slot(h);
    return keys[i] == h ? rows[i] : -1;
  }

  /** The slot holding fingerprint h, or the empty slot where it would go (linear probing). */
  private int slot(long h) {
    int mask = keys.length - 1;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (keys[i] != 0 && keys[i] != h) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldRows = rows;
    keys = new long[oldKeys.length * 2];
    rows = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      long h = oldKeys[j];
      if (h != 0) {
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = h;
        rows[i] = oldRows[j];
      }
    }
  }

  /** A 64-bit hash of the id's characters (FNV-1a, then a Murmur3 finalizer); never 0. */
  private static long fingerprint(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }
}
