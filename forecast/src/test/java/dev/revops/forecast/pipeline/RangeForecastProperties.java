package dev.revops.forecast.pipeline;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealArbitraryProvider;
import dev.revops.forecast.conversion.BuiltInModel;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The accumulator contract for {@link RangeForecast}, with limits so low that the generated deals
 * reach every method: exact up to 2 open deals in a period, simulated up to 4, the normal
 * approximation beyond. A simulation must not depend on how the deals were split.
 */
class RangeForecastProperties implements AccumulatorContract<Deal, RangeForecastResult, RangeForecast> {
  static final RangeSettings LOW_LIMITS = RangeSettings.builder().exactLimit(2).simulationLimit(4).trials(200)
      .build();
  private static ExecutorService pool;

  @BeforeContainer
  static void startPool() {
    pool = Executors.newFixedThreadPool(3);
  }

  @AfterContainer
  static void stopPool() {
    pool.shutdownNow();
  }

  @Override
  public RangeForecast empty() {
    return new RangeForecast(PipelineTestScopes.options(), BuiltInModel.DEAL_EFFECTIVE, LOW_LIMITS);
  }

  @Provide
  Arbitrary<List<Deal>> records() {
    // close dates over eight years in quarters: a few deals share a period, some more than four
    return DealArbitraryProvider.deals().list().ofMaxSize(60);
  }

  @Property(tries = 100)
  void the_ranges_simulated_in_stretches_on_several_threads_are_those_of_one_pass(
      @ForAll("records") List<Deal> deals, @ForAll @IntRange(min = 1, max = 7) int parallelism) {
    RangeForecast range = empty();
    deals.forEach(range::add);
    assertEquals(range.result(), range.result(pool, parallelism));
  }

  @Property(tries = 200)
  void a_generator_skipped_ahead_draws_what_the_stream_draws_next(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 500) int skip) {
    SplitMix64 stream = new SplitMix64(seed);
    for (int i = 0; i < skip; i++) {
      stream.nextLong();
    }
    SplitMix64 skipped = SplitMix64.skipped(seed, skip);
    for (int i = 0; i < 5; i++) {
      assertEquals(stream.nextLong(), skipped.nextLong());
    }
  }
}
