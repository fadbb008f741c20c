package dev.revops.forecast.pipeline;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Exact sums of integers in numbered slots: each slot a {@code long}, and past a {@code long} an
 * overflow part in {@link BigInteger}, so a sum is never wrong and costs no garbage until it grows
 * beyond 2^63. Products of two or three {@code long}s are added exactly the same way.
 */
final class ExactSums {
  private long[] sums;
  private BigInteger[] overflow;

  ExactSums(int slots) {
    sums = new long[slots];
    overflow = new BigInteger[slots];
  }

  /** Makes room for slots up to {@code slots - 1}. */
  void ensure(int slots) {
    if (slots > sums.length) {
      int n = Math.max(slots, sums.length * 2);
      sums = Arrays.copyOf(sums, n);
      overflow = Arrays.copyOf(overflow, n);
    }
  }

  void add(int slot, long x) {
    long s = sums[slot];
    long r = s + x;
    if (((s ^ r) & (x ^ r)) < 0) {
      add(slot, BigInteger.valueOf(x));
    } else {
      sums[slot] = r;
    }
  }

  /** Adds {@code a * b}. */
  void addProduct(int slot, long a, long b) {
    long lo = a * b;
    if (Math.multiplyHigh(a, b) == (lo >> 63)) {
      add(slot, lo);
    } else {
      add(slot, BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)));
    }
  }

  /** Adds {@code a * b * c}. */
  void addProduct(int slot, long a, long b, long c) {
    long ab = a * b;
    if (Math.multiplyHigh(a, b) == (ab >> 63)) {
      addProduct(slot, ab, c);
    } else {
      add(slot, BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).multiply(BigInteger.valueOf(c)));
    }
  }

  /** Adds a big integer. */
  void add(int slot, BigInteger x) {
    overflow[slot] = overflow[slot] == null ? x : overflow[slot].add(x);
  }

  /** A slot's sum as a decimal: the sum times 10^-{@code scale}. */
  BigDecimal decimal(int slot, int scale) {
    BigInteger over = overflow[slot];
    return over == null ? BigDecimal.valueOf(sums[slot], scale)
        : new BigDecimal(over.add(BigInteger.valueOf(sums[slot])), scale);
  }
}
