package dev.revops.forecast.revenue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.period.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;

/** Generated schedules for the accumulator contracts: generated contracts scheduled in months. */
final class ScheduleArbitraries {
  static final RevenueOptions MONTHS = Contracts.months();
  /** The months the generated contracts are active in (booked in 2026, changes within 300 days). */
  static final List<Period> YEAR = RevenueProperties.months(LocalDate.parse("2026-01-01"), 14);

  private ScheduleArbitraries() {}

  /** Lists of up to eight schedules (a generated change that cannot apply leaves its contract out). */
  static Arbitrary<List<ContractSchedule>> schedules() {
    return ContractArbitraryProvider.contracts().list().ofMaxSize(8).map(cs -> {
      List<ContractSchedule> out = new ArrayList<>();
      for (Contract c : cs) {
        try {
          out.add(RevenueSchedule.of(c, MONTHS));
        } catch (InvalidValueException e) {
          // left out
        }
      }
      return out;
    });
  }
}
