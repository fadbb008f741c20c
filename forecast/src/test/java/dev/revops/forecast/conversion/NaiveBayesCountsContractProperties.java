package dev.revops.forecast.conversion;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.dimension.Dimension;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/** {@link NaiveBayesCounts} keeps the accumulator contract on deals with and without their histories. */
class NaiveBayesCountsContractProperties implements AccumulatorContract<DealWithHistory, NaiveBayesTable, NaiveBayesCounts> {

  @Override
  public NaiveBayesCounts empty() {
    return new NaiveBayesCounts(ConversionContracts.OPTIONS, ConversionContracts.DEF, List.of(Dimension.SEGMENT, Dimension.OWNER));
  }

  @Provide
  Arbitrary<List<DealWithHistory>> records() {
    return ConversionContracts.records();
  }
}
