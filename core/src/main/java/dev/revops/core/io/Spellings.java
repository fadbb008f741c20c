package dev.revops.core.io;

import java.util.Objects;

/**
 * What the few distinct spellings of a column mean (stage names, currency codes, forecast
 * categories), found from a range of characters without making a {@code String}: the importers'
 * fast paths look a field up here in place, and on a miss read it the general way and
 * {@linkplain #add add} what that gave. So a spelling found here means what the general path made
 * of the same text, and a spelling the general path rejects is never added.
 *
 * <p>Bounded: at most {@value #MAX} spellings; past that new ones are not added (their fields keep
 * taking the general path). Thread-safe: a lookup reads an immutable table, an addition replaces
 * it, so the ranges of a parallel read share one.
 *
 * @param <V> what a spelling means
 */
final class Spellings<V> {
  /** The most spellings kept. */
  static final int MAX = 256;

  /** One spelling: its characters, the same as a string, and what it means. */
  static final class Entry<V> {
    private final char[] key;
    final String spelling;
    final V value;

    private Entry(String spelling, V value) {
      this.key = spelling.toCharArray();
      this.spelling = spelling;
      this.value = value;
    }
  }

  /** Open addressing, linear probing, at most half full; replaced whole on each addition. */
  private volatile Entry<V>[] table = newTable(16);
  private int size;
  private volatile boolean full;

  @SuppressWarnings("unchecked")
  private static <V> Entry<V>[] newTable(int n) {
    return (Entry<V>[]) new Entry<?>[n];
  }

  /** Every character's part in the hash: spellings alike in length and ends still spread over the table. */
  private static int hash(char[] b, int from, int n) {
    int h = n;
    for (int i = from; i < from + n; i++) {
      h = 31 * h + b[i];
    }
    return h ^ (h >>> 7);
  }

  /**
   * The entry of the characters {@code b[from, from + n)}, or null when they are not a spelling
   * added here.
   */
  Entry<V> find(char[] b, int from, int n) {
    Entry<V>[] t = table;
    int mask = t.length - 1;
    for (int i = hash(b, from, n) & mask; ; i = (i + 1) & mask) {
      Entry<V> e = t[i];
      if (e == null) {
        return null;
      }
      if (e.key.length == n && same(e.key, b, from)) {
        return e;
      }
    }
  }

  /** Whether {@code b} holds {@code key} at {@code from} (a plain loop: the keys are a few characters). */
  private static boolean same(char[] key, char[] b, int from) {
    for (int i = 0; i < key.length; i++) {
      if (key[i] != b[from + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds what a spelling means (nothing when it is there already or the table is full).
   *
   * @param spelling the text exactly as a field has it
   * @param value what the general path made of it
   */
  synchronized void add(String spelling, V value) {
    Objects.requireNonNull(value, "value");
    char[] key = spelling.toCharArray();
    if (size >= MAX || find(key, 0, key.length) != null) {
      return;
    }
    Entry<V>[] old = table;
    Entry<V>[] t = newTable(2 * (size + 1) > old.length ? old.length * 2 : old.length);
    for (Entry<V> e : old) {
      if (e != null) {
        put(t, e);
      }
    }
    put(t, new Entry<>(spelling, value));
    size++;
    table = t;
    full = size >= MAX;
  }

  /** Whether the table holds {@value #MAX} spellings, so that no more are added. */
  boolean full() {
    return full;
  }

  private static <V> void put(Entry<V>[] t, Entry<V> e) {
    int mask = t.length - 1;
    int i = hash(e.key, 0, e.key.length) & mask;
    while (t[i] != null) {
      i = (i + 1) & mask;
    }
    t[i] = e;
  }
}
