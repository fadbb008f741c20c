package dev.revops.forecast.revenue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.aggregate.AccumulatorContract;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;

/**
 * The accumulator contract for {@link Closing}: closing the books over any split of the contracts,
 * merged in any order, appends the same batch (the same postings and digests) as one pass.
 */
class ClosingProperties implements AccumulatorContract<ContractSchedule, ClosedBooks, Closing> {

  @Override
  public Closing empty() {
    return ClosedBooks.none().closing(LocalDate.parse("2026-07-01"), "closed by a property", ScheduleArbitraries.MONTHS);
  }

  /** Schedules of contracts with ids of their own (a closing refuses a contract added twice). */
  @Provide
  Arbitrary<List<ContractSchedule>> records() {
    return Combinators.combine(ContractArbitraryProvider.contracts().list().ofMaxSize(6),
        Arbitraries.randomValue(Random::nextLong)).as((cs, prefix) -> {
          List<ContractSchedule> out = new ArrayList<>();
          for (int i = 0; i < cs.size(); i++) {
            try {
              out.add(RevenueSchedule.of(ClosedBooksProperties.copy(cs.get(i), "K" + Long.toHexString(prefix) + "-" + i),
                  ScheduleArbitraries.MONTHS));
            } catch (InvalidValueException e) {
              // left out
            }
          }
          return out;
        });
  }
}
