package dev.revops.forecast.conversion;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.dimension.Dimension;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/** {@link OdooLeadScoringCounts} keeps the accumulator contract on deals with and without their histories. */
class OdooLeadScoringCountsContractProperties implements AccumulatorContract<DealWithHistory, LeadScoringTable, OdooLeadScoringCounts> {

  @Override
  public OdooLeadScoringCounts empty() {
    return new OdooLeadScoringCounts(ConversionContracts.OPTIONS, ConversionContracts.DEF, List.of("segment", "source"), Optional.of("owner"));
  }

  @Provide
  Arbitrary<List<DealWithHistory>> records() {
    return ConversionContracts.records();
  }
}
