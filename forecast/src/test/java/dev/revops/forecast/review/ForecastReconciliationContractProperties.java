package dev.revops.forecast.review;

import dev.revops.core.aggregate.AccumulatorContract;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/** {@link ForecastReconciliation} keeps the accumulator contract: any split merged in any order equals one pass. */
class ForecastReconciliationContractProperties
    implements AccumulatorContract<DealSeries, ForecastReconciliationResult, ForecastReconciliation> {

  @Override
  public ForecastReconciliation empty() {
    return ReviewRecords.reconciliation();
  }

  @Provide
  Arbitrary<List<DealSeries>> records() {
    return ReviewRecords.series();
  }
}
