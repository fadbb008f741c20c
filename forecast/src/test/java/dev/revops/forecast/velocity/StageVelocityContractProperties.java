package dev.revops.forecast.velocity;

import dev.revops.core.scope.Scope;
import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.deal.DealWithHistoryArbitraryProvider;
import dev.revops.core.dimension.Dimension;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/** Stage velocity keeps the accumulator contract, grouped by owner over a look-back window. */
class StageVelocityContractProperties
    implements AccumulatorContract<DealWithHistory, StageVelocityResult, StageVelocity> {
  static final VelocityOptions OPTIONS = VelocityOptions.builder().scope(Scope.asOf(LocalDate.parse("2025-06-01")))
      .since(LocalDate.parse("2025-02-01")).addGroupBy(Dimension.OWNER).build();

  @Override
  public StageVelocity empty() {
    return new StageVelocity(OPTIONS);
  }

  @Provide
  Arbitrary<List<DealWithHistory>> records() {
    return DealWithHistoryArbitraryProvider.dealsWithHistories().list().ofMaxSize(30);
  }
}
