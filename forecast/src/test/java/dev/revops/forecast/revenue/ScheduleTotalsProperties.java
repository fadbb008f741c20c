package dev.revops.forecast.revenue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.InvalidValueException;
import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.period.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Schedule totals: the accumulator contract, and rows that match each contract's position. */
class ScheduleTotalsProperties implements AccumulatorContract<ContractSchedule, ScheduleTotalsResult, ScheduleTotals> {
  static final RevenueOptions MONTHS = Contracts.months();

  @Override
  public ScheduleTotals empty() {
    return new ScheduleTotals(ScheduleArbitraries.MONTHS, ScheduleArbitraries.YEAR);
  }

  @Provide
  Arbitrary<List<ContractSchedule>> records() {
    return ScheduleArbitraries.schedules();
  }

  @Property(tries = 100)
  void any_split_merges_into_the_result_of_one_pass_and_rows_match_each_position(
      @ForAll @Size(min = 1, max = 6) List<Contract> cs, @ForAll @IntRange(min = 0, max = 6) int cut,
      @ForAll @IntRange(min = 0, max = 18) int month) {
    List<ContractSchedule> all = new ArrayList<>();
    for (Contract c : cs) {
      try {
        all.add(RevenueSchedule.of(c, MONTHS));
      } catch (InvalidValueException e) {
        // a generated change that cannot apply: leave the contract out
      }
    }
    List<Period> periods = RevenueProperties.months(LocalDate.parse("2026-01-01").plusMonths(month), 5);
    ScheduleTotals one = new ScheduleTotals(MONTHS, periods);
    ScheduleTotals first = new ScheduleTotals(MONTHS, periods);
    ScheduleTotals second = new ScheduleTotals(MONTHS, periods);
    for (int i = 0; i < all.size(); i++) {
      one.add(all.get(i));
      (i < cut ? first : second).add(all.get(i));
    }
    assertEquals(one.result(), second.merge(first).result());
    RevenueRollForward rf = new RevenueRollForward(MONTHS, periods);
    all.forEach(rf::add);
    for (RollForwardRow r : rf.result().rows()) {
      ScheduleTotalsRow t = one.result().rows().stream().filter(x -> x.period().equals(r.period())).findFirst()
          .orElseThrow();
      assertEquals(r.closingDeferred(), t.deferred());
      assertEquals(r.closingUnbilled(), t.unbilled());
    }
  }
}
