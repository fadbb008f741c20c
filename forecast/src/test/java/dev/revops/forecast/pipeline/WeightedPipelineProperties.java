package dev.revops.forecast.pipeline;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealArbitraryProvider;
import dev.revops.core.dimension.Dimension;
import dev.revops.forecast.conversion.BuiltInModel;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/**
 * The accumulator contract for {@link WeightedPipeline}, grouped by owner and close period (so the
 * groups' largest-remainder rounding is part of what must not depend on the split).
 */
class WeightedPipelineProperties implements AccumulatorContract<Deal, WeightedPipelineResult, WeightedPipeline> {

  @Override
  public WeightedPipeline empty() {
    return new WeightedPipeline(PipelineTestScopes.options(Dimension.OWNER, Dimension.CLOSE_PERIOD),
        BuiltInModel.DEAL_EFFECTIVE);
  }

  @Provide
  Arbitrary<List<Deal>> records() {
    return DealArbitraryProvider.deals().list().ofMaxSize(40);
  }
}
