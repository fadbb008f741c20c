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
  /** What the state moves by at each draw (the golden gamma). */
  private static final long GAMMA = 0x9E3779B97F4A7C15L;

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
   * The generator from a seed as it is after {@code draws} draws: the state moves by one constant
   * per draw, so skipping ahead is a multiplication (modulo 2^64, as the draws themselves are).
   * Lets several threads draw disjoint stretches of one stream with the numbers one thread would.
   *
   * <pre>{@code
   * SplitMix64 a = new SplitMix64(42);
   * a.nextLong(); a.nextLong();
   * SplitMix64.skipped(42, 2).nextLong() == a.nextLong();   // true
   * }</pre>
   *
   * @param seed the seed the stream starts from
   * @param draws how many draws to skip; any value (taken modulo 2^64)
   * @return a generator whose next draw is the stream's draw number {@code draws}
   */
  public static SplitMix64 skipped(long seed, long draws) {
    return new SplitMix64(seed + draws * GAMMA);
  }

  /**
   * The next 64 random bits.
   *
   * @return the bits
   */
  public long nextLong() {
    state += GAMMA;
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
