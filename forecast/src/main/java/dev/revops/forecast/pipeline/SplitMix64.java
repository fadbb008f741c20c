package dev.revops.forecast.pipeline;

/**
 * The SplitMix64 generator (Steele, Lea and Flood), written out here so that simulations give the
 * same numbers on every JVM, now and later. The one generator of every seeded simulation (the range
 * forecast, the projection's ranges).
 *
 * <pre>{@code
 * SplitMix64 random = new SplitMix64(42);
 * double u = random.nextDouble();   // in [0, 1)
 * }</pre>
 */
public final class SplitMix64 {
  private long state;

  /**
   * A generator starting from a seed.
   *
   * @param seed any 64 bits
   */
  public SplitMix64(long seed) {
    this.state = seed;
  }

  /**
   * The next 64 random bits.
   *
   * @return the bits
   */
  public long nextLong() {
    state += 0x9E3779B97F4A7C15L;
    return mix(state);
  }

  /**
   * A double uniform in [0, 1), from 53 random bits.
   *
   * @return the draw
   */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /**
   * SplitMix64's finalizer: a bijective scramble of 64 bits, to derive seeds.
   *
   * @param z the bits
   * @return the scrambled bits
   */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
