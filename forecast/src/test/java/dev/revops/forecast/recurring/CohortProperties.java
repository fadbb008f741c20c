package dev.revops.forecast.recurring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.aggregate.AccumulatorContract;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Cohorts over any history: age 0 is the whole cohort, logo retention at most 1, and the accumulator contract. */
class CohortProperties implements AccumulatorContract<CustomerHistory, CohortTable, Cohorts> {
  @Override
  public Cohorts empty() {
    return new Cohorts(MovementProperties.GROUPED);
  }

  @Provide
  Arbitrary<List<CustomerHistory>> records() {
    return RecurringArbitraryProvider.histories();
  }

  @Property(tries = 150)
  void age_zero_is_the_whole_cohort_and_no_later_period_keeps_more_customers(
      @ForAll("records") List<CustomerHistory> histories) {
    Cohorts c = empty();
    histories.forEach(c::add);
    for (CohortRow row : c.result().rows()) {
      assertTrue(row.customers() >= 1);
      assertEquals(row.customers(), row.cells().get(0).customers());
      assertEquals(row.startingMrr(), row.cells().get(0).mrr());
      for (CohortCell cell : row.cells()) {
        assertTrue(cell.customers() <= row.customers());
        assertTrue(cell.logoRetention().compareTo(BigDecimal.ONE) <= 0);
      }
    }
  }
}
