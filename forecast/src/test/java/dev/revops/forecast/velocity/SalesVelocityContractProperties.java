package dev.revops.forecast.velocity;

import dev.revops.core.scope.Scope;
import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.deal.DealWithHistoryArbitraryProvider;
import dev.revops.core.dimension.Dimension;
import dev.revops.core.pipeline.TestPipelines;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/** Sales velocity keeps the accumulator contract, grouped by segment, from a qualified stage on. */
class SalesVelocityContractProperties
    implements AccumulatorContract<DealWithHistory, SalesVelocityResult, SalesVelocity> {
  static final VelocityOptions OPTIONS = VelocityOptions.builder().scope(Scope.asOf(LocalDate.parse("2025-06-01")))
      .since(LocalDate.parse("2022-01-01")).addGroupBy(Dimension.SEGMENT)
      .qualifiedStage(TestPipelines.standard().openStages().get(1)).build();

  @Override
  public SalesVelocity empty() {
    return new SalesVelocity(OPTIONS);
  }

  @Provide
  Arbitrary<List<DealWithHistory>> records() {
    return DealWithHistoryArbitraryProvider.dealsWithHistories().list().ofMaxSize(30);
  }
}
