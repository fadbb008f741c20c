package dev.revops.forecast.pipeline;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealArbitraryProvider;
import dev.revops.forecast.conversion.BuiltInModel;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/**
 * The accumulator contract for {@link RangeForecast}, with limits so low that the generated deals
 * reach every method: exact up to 2 open deals in a period, simulated up to 4, the normal
 * approximation beyond. A simulation must not depend on how the deals were split.
 */
class RangeForecastProperties implements AccumulatorContract<Deal, RangeForecastResult, RangeForecast> {
  static final RangeSettings LOW_LIMITS = RangeSettings.builder().exactLimit(2).simulationLimit(4).trials(200)
      .build();

  @Override
  public RangeForecast empty() {
    return new RangeForecast(PipelineTestScopes.options(), BuiltInModel.DEAL_EFFECTIVE, LOW_LIMITS);
  }

  @Provide
  Arbitrary<List<Deal>> records() {
    // close dates over eight years in quarters: a few deals share a period, some more than four
    return DealArbitraryProvider.deals().list().ofMaxSize(60);
  }
}
