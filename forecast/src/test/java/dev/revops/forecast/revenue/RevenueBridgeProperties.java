package dev.revops.forecast.revenue;

import dev.revops.core.aggregate.AccumulatorContract;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/** The accumulator contract for {@link RevenueBridge}: any split merged in any order equals one pass, and the rest. */
class RevenueBridgeProperties implements AccumulatorContract<ContractSchedule, BridgeResult, RevenueBridge> {

  @Override
  public RevenueBridge empty() {
    return new RevenueBridge(ScheduleArbitraries.MONTHS, ScheduleArbitraries.YEAR.get(3), 2);
  }

  @Provide
  Arbitrary<List<ContractSchedule>> records() {
    return ScheduleArbitraries.schedules();
  }
}
