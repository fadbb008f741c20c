package dev.revops.forecast.review;

import dev.revops.core.aggregate.AccumulatorContract;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/** {@link PipelineReview} keeps the accumulator contract: any split merged in any order equals one pass. */
class PipelineReviewContractProperties implements AccumulatorContract<DealSeries, PipelineReviewResult, PipelineReview> {

  @Override
  public PipelineReview empty() {
    return ReviewRecords.pipelineReview();
  }

  @Provide
  Arbitrary<List<DealSeries>> records() {
    return ReviewRecords.series();
  }
}
