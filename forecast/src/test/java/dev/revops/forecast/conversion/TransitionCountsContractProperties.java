package dev.revops.forecast.conversion;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.dimension.Dimension;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/** {@link TransitionCounts} keeps the accumulator contract on deals with and without their histories. */
class TransitionCountsContractProperties implements AccumulatorContract<DealWithHistory, TransitionTable, TransitionCounts> {

  @Override
  public TransitionCounts empty() {
    return new TransitionCounts(ConversionContracts.OPTIONS, ConversionContracts.DEF);
  }

  @Provide
  Arbitrary<List<DealWithHistory>> records() {
    return ConversionContracts.records();
  }
}
