package dev.revops.forecast.revenue;

import dev.revops.core.aggregate.AccumulatorContract;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/** The accumulator contract for {@link PeriodClose}: any split merged in any order equals one pass, and the rest. */
class PeriodCloseProperties implements AccumulatorContract<ContractSchedule, PeriodCloseResult, PeriodClose> {

  @Override
  public PeriodClose empty() {
    return new PeriodClose(ScheduleArbitraries.MONTHS, ScheduleArbitraries.YEAR.get(3));
  }

  @Provide
  Arbitrary<List<ContractSchedule>> records() {
    return ScheduleArbitraries.schedules();
  }
}
