package dev.revops.forecast.revenue;

import dev.revops.core.aggregate.AccumulatorContract;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/** The accumulator contract for {@link RevenueWaterfall}: any split merged in any order equals one pass, and the rest. */
class RevenueWaterfallProperties implements AccumulatorContract<ContractSchedule, RevenueWaterfallResult, RevenueWaterfall> {

  @Override
  public RevenueWaterfall empty() {
    return new RevenueWaterfall(ScheduleArbitraries.MONTHS, ScheduleArbitraries.YEAR.subList(4, 8), 2);
  }

  @Provide
  Arbitrary<List<ContractSchedule>> records() {
    return ScheduleArbitraries.schedules();
  }
}
