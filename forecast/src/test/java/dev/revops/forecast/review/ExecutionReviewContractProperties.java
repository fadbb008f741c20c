package dev.revops.forecast.review;

import dev.revops.core.aggregate.AccumulatorContract;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/** {@link ExecutionReview} keeps the accumulator contract: any split merged in any order equals one pass. */
class ExecutionReviewContractProperties
    implements AccumulatorContract<DealSeries, ExecutionReviewResult, ExecutionReview> {

  @Override
  public ExecutionReview empty() {
    return ReviewRecords.executionReview();
  }

  @Provide
  Arbitrary<List<DealSeries>> records() {
    return ReviewRecords.series();
  }
}
