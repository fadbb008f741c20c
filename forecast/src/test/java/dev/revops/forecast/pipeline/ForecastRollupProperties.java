package dev.revops.forecast.pipeline;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealArbitraryProvider;
import dev.revops.core.dimension.Dimension;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/** The accumulator contract for {@link ForecastRollup}, grouped by owner (rows and period totals). */
class ForecastRollupProperties implements AccumulatorContract<Deal, RollupResult, ForecastRollup> {

  @Override
  public ForecastRollup empty() {
    return new ForecastRollup(PipelineTestScopes.options(Dimension.OWNER));
  }

  @Provide
  Arbitrary<List<Deal>> records() {
    return DealArbitraryProvider.deals().list().ofMaxSize(40);
  }
}
