package dev.revops.forecast.revenue;

import dev.revops.core.aggregate.AccumulatorContract;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/** The accumulator contract for {@link RevenueRollForward}: any split merged in any order equals one pass, and the rest. */
class RevenueRollForwardProperties implements AccumulatorContract<ContractSchedule, RollForward, RevenueRollForward> {

  @Override
  public RevenueRollForward empty() {
    return new RevenueRollForward(ScheduleArbitraries.MONTHS, ScheduleArbitraries.YEAR);
  }

  @Provide
  Arbitrary<List<ContractSchedule>> records() {
    return ScheduleArbitraries.schedules();
  }
}
