package dev.revops.forecast.revenue;

import java.math.BigInteger;

/**
 * An exact fraction, so that recognized amounts are rounded once, exactly half-even, however the
 * share was computed (time in nanoseconds, days, months).
 */
record Ratio(BigInteger num, BigInteger den) {
  static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);
  static final Ratio ONE = new Ratio(BigInteger.ONE, BigInteger.ONE);

  static Ratio of(long num, long den) {
    if (den == 0) {
      throw new ArithmeticException("a ratio over zero");
    }
    if (den == Long.MIN_VALUE || num == Long.MIN_VALUE) {
      return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }
    if (den < 0) {
      num = -num;
      den = -den;
    }
    long a = Math.abs(num);
    long b = den;
    while (b != 0) {   // the gcd in longs: the common case (times in nanoseconds, days) costs no BigInteger
      long r = a % b;
      a = b;
      b = r;
    }
    long g = a == 0 ? 1 : a;
    return new Ratio(BigInteger.valueOf(num / g), BigInteger.valueOf(den / g));
  }

  static Ratio of(BigInteger num, BigInteger den) {
    if (den.signum() == 0) {
      throw new ArithmeticException("a ratio over zero");
    }
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    BigInteger g = num.gcd(den);
    return g.signum() == 0 || g.equals(BigInteger.ONE) ? new Ratio(num, den) : new Ratio(num.divide(g), den.divide(g));
  }

  Ratio plus(Ratio o) {
    return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
  }

  Ratio minus(Ratio o) {
    return of(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
  }

  Ratio times(Ratio o) {
    return of(num.multiply(o.num), den.multiply(o.den));
  }

  boolean isOne() {
    return num.equals(den);
  }

  boolean isZero() {
    return num.signum() == 0;
  }

  /** This share of an amount in minor units, rounded half-even to a whole minor unit. */
  long of(long minor) {
    BigInteger p = BigInteger.valueOf(minor).multiply(num);
    BigInteger[] qr = p.divideAndRemainder(den);
    BigInteger q = qr[0];
    int c = qr[1].abs().shiftLeft(1).compareTo(den.abs());
    if (c > 0 || (c == 0 && q.testBit(0))) {
      q = p.signum() >= 0 ? q.add(BigInteger.ONE) : q.subtract(BigInteger.ONE);
    }
    return q.longValueExact();
  }
}
