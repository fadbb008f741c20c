package dev.revops.forecast.conversion;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.dimension.Dimension;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/** {@link HoldOut} keeps the accumulator contract on deals with and without their histories. */
class HoldOutContractProperties implements AccumulatorContract<DealWithHistory, ModelComparison, HoldOut> {

  @Override
  public HoldOut empty() {
    return new HoldOut(ConversionContracts.DEF, ConversionContracts.OPTIONS, LocalDate.parse("2025-09-01"), List.of(Dimension.SEGMENT));
  }

  @Provide
  Arbitrary<List<DealWithHistory>> records() {
    return ConversionContracts.records();
  }
}
