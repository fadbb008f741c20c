package dev.revops.core.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * A compact, exact map from record ids to the row each was first seen on. Used to find repeated
 * ids while importing, and to join records by id without holding them as objects.
 *
 * <p>Exact: two different ids are never taken as one. Each id has a 64-bit key in an
 * open-addressing table (12 bytes a slot with its row, filled up to three quarters). A short id
 * is packed into its key, exactly and with no other memory: up to 18 digits ({@code 1234567}), or
 * up to 10 characters of {@code 0-9 A-Z a-z - _} ({@code D00000042}, {@code 1C1I7A6R}). A longer
 * id (a Salesforce 18-character id, a UUID) also keeps its UTF-8 bytes, and one byte more, in an
 * arena; its key holds a 23-bit hash and where its bytes are, and a match of the hash is confirmed
 * by comparing the bytes. So ten million packed ids take a 16M-slot table, 192 MB, as 64-bit
 * fingerprints did; ten million Salesforce ids take 190 MB of arena besides.
 *
 * <p>Bounded: made with limits, it refuses ids beyond {@code maxIds} distinct ones or beyond
 * {@code maxTextBytes} of arena ({@link #FULL}). Rows past 2^31 are remembered as 2^31-1. Not
 * thread-safe.
 *
 * <pre>{@code
 * IdFingerprints seen = new IdFingerprints();
 * seen.putIfAbsent("D1", 2);   // -1: new
 * seen.putIfAbsent("D1", 9);   // 2: seen on row 2
 * seen.get("D1");              // 2
 * }</pre>
 */
public final class IdFingerprints {
  /** What {@link #putIfAbsent} returns for a new id that the limits leave no room for. */
  public static final long FULL = -2;

  private static final long ARENA = 1L << 63;
  private static final long ALPHABET = 1L << 62;
  private static final int CHUNK = 1 << 20;
  private static final int POSITION_BITS = 24;
  private static final long OFFSET_MASK = (1L << 40) - 1;
  private static final int MAX_ID_BYTES = (1 << POSITION_BITS) - 8;
  /** The 64 characters short ids are packed from, each to its index + 1. */
  private static final byte[] SYMBOL = new byte[128];

  static {
    String symbols = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
    for (int i = 0; i < symbols.length(); i++) {
      SYMBOL[symbols.charAt(i)] = (byte) (i + 1);
    }
  }

  private final long maxIds;
  private final long maxTextBytes;
  private final ToLongFunction<byte[]> hash;
  private long[] keys = new long[1 << 12];
  private int[] rows = new int[1 << 12];
  private int size;
  private byte[][] chunks = new byte[0][];
  private int chunkCount;
  private int chunkUsed;
  private long textBytes;

  /** An empty map without limits. */
  public IdFingerprints() {
    this(Long.MAX_VALUE, Long.MAX_VALUE);
  }

  /**
   * An empty map with limits.
   *
   * @param maxIds the most distinct ids it holds
   * @param maxTextBytes the most arena bytes it holds for ids that do not pack
   */
  public IdFingerprints(long maxIds, long maxTextBytes) {
    this(maxIds, maxTextBytes, IdFingerprints::hash);
  }

  /** A map with another hash of the arena ids' bytes: a seam for tests that force collisions. */
  IdFingerprints(long maxIds, long maxTextBytes, ToLongFunction<byte[]> hash) {
    if (maxIds < 0 || maxTextBytes < 0) {
      throw new IllegalArgumentException("limits must not be negative: " + maxIds + ", " + maxTextBytes);
    }
    this.maxIds = maxIds;
    this.maxTextBytes = maxTextBytes;
    this.hash = Objects.requireNonNull(hash, "hash");
  }

  /**
   * Records an id, unless it is already known.
   *
   * @param id the id
   * @param row the row it is on
   * @return the row the id was first seen on; -1 when it is new (and now recorded); {@link #FULL}
   *     when it is new and the limits leave no room for it (it is not recorded)
   * @throws IllegalArgumentException for an id of more than 16 MB
   */
  public long putIfAbsent(String id, long row) {
    long packed = pack(id);
    if (packed != 0) {
      int i = slot(packed);
      if (keys[i] == packed) {
        return rows[i];
      }
      if (size >= maxIds) {
        return FULL;
      }
      insert(i, packed, row);
      return -1;
    }
    byte[] bytes = bytes(id);
    long h = hash.applyAsLong(bytes);
    int i = arenaSlot(h, bytes);
    if (keys[i] != 0) {
      return rows[i];
    }
    int need = bytes.length + varintLength(bytes.length);
    if (size >= maxIds || textBytes + need > maxTextBytes) {
      return FULL;
    }
    insert(i, ARENA | fragment(h) | store(bytes), row);
    return -1;
  }

  /**
   * The row an id was first seen on.
   *
   * @param id the id
   * @return the row, or -1 for an id never recorded
   */
  public long get(String id) {
    long packed = pack(id);
    if (packed != 0) {
      int i = slot(packed);
      return keys[i] == packed ? rows[i] : -1;
    }
    byte[] bytes = bytes(id);
    int i = arenaSlot(hash.applyAsLong(bytes), bytes);
    return keys[i] != 0 ? rows[i] : -1;
  }

  /**
   * How many distinct ids it holds.
   *
   * @return the count
   */
  public long size() {
    return size;
  }

  /**
   * The arena bytes held for ids that do not pack.
   *
   * @return the bytes
   */
  public long textBytes() {
    return textBytes;
  }

  private void insert(int i, long key, long row) {
    keys[i] = key;
    rows[i] = (int) Math.min(row, Integer.MAX_VALUE);
    // Filled up to three quarters (linear probing stays short there): at ten million ids the table
    // has 16M slots, 192 MB, and growing to it needs the old 96 MB besides, within a 512 MB heap.
    if (++size * 4L > keys.length * 3L) {
      grow();
    }
  }

  /**
   * The key of a short id: injective, non-zero, below 2^63; 0 for an id that does not pack. Digits
   * are bijective base-10 numerals (18 digits stay below 1.2e18), other ids bijective base-64
   * numerals over {@link #SYMBOL} (10 characters stay below 1.2e18), tagged by bit 62.
   */
  static long pack(String id) {
    int n = id.length();
    if (n == 0 || n > 18) {
      return 0;
    }
    long v = 0;
    int i = 0;
    for (; i < n; i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') {
        break;
      }
      v = v * 10 + (c - '0' + 1);
    }
    if (i == n) {
      return v;
    }
    if (n > 10) {
      return 0;
    }
    v = 0;
    for (i = 0; i < n; i++) {
      char c = id.charAt(i);
      int s = c < 128 ? SYMBOL[c] : 0;
      if (s == 0) {
        return 0;
      }
      v = (v << 6) + s;
    }
    return ALPHABET | v;
  }

  private static byte[] bytes(String id) {
    byte[] b = id.getBytes(StandardCharsets.UTF_8);
    if (b.length > MAX_ID_BYTES) {
      throw new IllegalArgumentException("an id of " + b.length + " bytes is longer than 16 MB");
    }
    return b;
  }

  private static long fragment(long h) {
    return (h >>> 41) << 40;
  }

  /** The slot holding packed key k, or the empty slot where it would go (linear probing). */
  private int slot(long k) {
    int mask = keys.length - 1;
    int i = (int) mix(k) & mask;
    while (keys[i] != 0 && keys[i] != k) {
      i = (i + 1) & mask;
    }
    return i;
  }

  /** The slot holding an arena id with hash h and these bytes, or the empty slot where it would go. */
  private int arenaSlot(long h, byte[] bytes) {
    int mask = keys.length - 1;
    long tag = ARENA | fragment(h);
    int i = (int) mix(h) & mask;
    while (keys[i] != 0) {
      long k = keys[i];
      if ((k & ~OFFSET_MASK) == tag && sameBytes(k & OFFSET_MASK, bytes)) {
        return i;
      }
      i = (i + 1) & mask;
    }
    return i;
  }

  private long store(byte[] bytes) {
    int need = bytes.length + varintLength(bytes.length);
    if (chunkCount == 0 || chunkUsed + need > chunks[chunkCount - 1].length) {
      if (chunkCount == chunks.length) {
        chunks = Arrays.copyOf(chunks, Math.max(4, chunkCount * 2));
      }
      if (chunkCount >= 1 << (40 - POSITION_BITS)) {
        throw new IllegalStateException("the id arena is full (64K chunks)");
      }
      chunks[chunkCount++] = new byte[Math.max(CHUNK, need)];
      chunkUsed = 0;
    }
    byte[] chunk = chunks[chunkCount - 1];
    long offset = ((long) (chunkCount - 1) << POSITION_BITS) | chunkUsed;
    int p = chunkUsed;
    int n = bytes.length;
    while (n >= 0x80) {
      chunk[p++] = (byte) (n | 0x80);
      n >>>= 7;
    }
    chunk[p++] = (byte) n;
    System.arraycopy(bytes, 0, chunk, p, bytes.length);
    chunkUsed = p + bytes.length;
    textBytes += need;
    return offset;
  }

  private boolean sameBytes(long offset, byte[] bytes) {
    byte[] chunk = chunks[(int) (offset >>> POSITION_BITS)];
    long at = stored(chunk, offset);
    int p = (int) (at >>> 32);
    int n = (int) at;
    return n == bytes.length && Arrays.equals(chunk, p, p + n, bytes, 0, n);
  }

  private byte[] storedBytes(long offset) {
    byte[] chunk = chunks[(int) (offset >>> POSITION_BITS)];
    long at = stored(chunk, offset);
    int p = (int) (at >>> 32);
    return Arrays.copyOfRange(chunk, p, p + (int) at);
  }

  /** Where an arena id's bytes start (high half) and how many there are (low half). */
  private static long stored(byte[] chunk, long offset) {
    int p = (int) (offset & ((1 << POSITION_BITS) - 1));
    int n = 0;
    int shift = 0;
    byte b;
    do {
      b = chunk[p++];
      n |= (b & 0x7F) << shift;
      shift += 7;
    } while (b < 0);
    return (long) p << 32 | n;
  }

  private static int varintLength(int n) {
    int len = 1;
    while (n >= 0x80) {
      n >>>= 7;
      len++;
    }
    return len;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldRows = rows;
    keys = new long[oldKeys.length * 2];
    rows = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      long k = oldKeys[j];
      if (k != 0) {
        long h = (k & ARENA) == 0 ? k : hash.applyAsLong(storedBytes(k & OFFSET_MASK));
        int i = (int) mix(h) & mask;
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = k;
        rows[i] = oldRows[j];
      }
    }
  }

  /** Murmur3's 64-bit finalizer: spreads a key's bits over the slot index. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** A 64-bit hash of bytes (FNV-1a; the slot index mixes it further). */
  static long hash(byte[] bytes) {
    long h = 0xcbf29ce484222325L;
    for (byte b : bytes) {
      h ^= b & 0xFF;
      h *= 0x100000001b3L;
    }
    return h;
  }
}
