package dev.revops.forecast.review;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.money.Money;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.forecast.pipeline.Target;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/** The coverage trend keeps the accumulator contract over the review records' three states. */
class CoverageTrendProperties implements AccumulatorContract<DealSeries, CoverageTrendResult, CoverageTrend> {

  @Override
  public CoverageTrend empty() {
    return new CoverageTrend(ReviewRecords.options(), BuiltInModel.DEAL_EFFECTIVE,
        List.of(Target.builder().period("2026-Q4").amount(Money.parse("USD 5000.00")).build(),
            Target.builder().period("2026-Q3").amount(Money.parse("USD 4000.00")).build()));
  }

  @Provide
  Arbitrary<List<DealSeries>> records() {
    return ReviewRecords.series();
  }
}
