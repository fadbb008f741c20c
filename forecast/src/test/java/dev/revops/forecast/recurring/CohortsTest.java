package dev.revops.forecast.recurring;

import static dev.revops.forecast.recurring.Lines.histories;
import static dev.revops.forecast.recurring.Lines.line;
import static dev.revops.forecast.recurring.Lines.monthly;
import static dev.revops.forecast.recurring.Lines.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The triangle of January to April 2026, worked out by hand.
 *
 * <pre>
 * January cohort: X 100 from Jan 10 (130 from Mar 15), Y 50 from Jan 20 to Mar 5 and 60 from Apr 2.
 *   Z joined Jan 3 and left Jan 9: in no cohort. O paid since 2025: in no cohort.
 *              customers  MRR   logo     revenue
 *   Jan (0)        2      150   1.0000   1.0000
 *   Feb (1)        2      150   1.0000   1.0000
 *   Mar (2)        1      130   0.5000   0.8667   (130 / 150)
 *   Apr (3)        2      190   1.0000   1.2667   (190 / 150: Y came back, X expanded)
 * February cohort: W 200 from Feb 1, 100 from Apr 1: Feb 1.0000 / 1.0000, Mar 1.0000 / 1.0000, Apr 1.0000 / 0.5000.
 * </pre>
 */
class CohortsTest {
  @Test
  void each_start_month_cohort_keeps_its_customers_and_revenue_month_by_month() {
    List<CustomerHistory> hs = histories(
        line("X1", "X", "USD 100.00", "2026-01-10", "2026-03-15"), line("X2", "X", "USD 130.00", "2026-03-15"),
        line("Y1", "Y", "USD 50.00", "2026-01-20", "2026-03-05"), line("Y2", "Y", "USD 60.00", "2026-04-02"),
        line("Z1", "Z", "USD 40.00", "2026-01-03", "2026-01-09"),
        line("O1", "O", "USD 10.00", "2025-06-01"),
        line("W1", "W", "USD 200.00", "2026-02-01", "2026-04-01"), line("W2", "W", "USD 100.00", "2026-04-01"));
    Cohorts c = new Cohorts(monthly("2026-01-01", "2026-05-01"));
    hs.forEach(c::add);
    CohortTable t = c.result();
    assertEquals(2, t.rows().size());
    CohortRow jan = t.rows().get(0);
    assertEquals("2026-01", jan.cohort().label());
    assertEquals(2, jan.customers());
    assertEquals(usd("150.00"), jan.startingMrr());
    assertEquals(4, jan.cells().size());
    assertEquals(List.of(2L, 2L, 1L, 2L), jan.cells().stream().map(CohortCell::customers).toList());
    assertEquals(List.of(usd("150.00"), usd("150.00"), usd("130.00"), usd("190.00")),
        jan.cells().stream().map(CohortCell::mrr).toList());
    assertEquals(List.of(new BigDecimal("1.0000"), new BigDecimal("1.0000"), new BigDecimal("0.5000"),
        new BigDecimal("1.0000")), jan.cells().stream().map(CohortCell::logoRetention).toList());
    assertEquals(List.of(new BigDecimal("1.0000"), new BigDecimal("1.0000"), new BigDecimal("0.8667"),
        new BigDecimal("1.2667")), jan.cells().stream().map(CohortCell::revenueRetention).toList());
    CohortRow feb = t.rows().get(1);
    assertEquals(3, feb.cells().size());
    assertEquals(new BigDecimal("0.5000"), feb.cells().get(2).revenueRetention());
    // X and Y in January, W in February; Z joined and left in January, O started before it
    assertEquals("cohort-retention@1", t.provenance().definition().toString());
    assertEquals(3, t.provenance().counted());
    assertEquals("joined and left within its first period: 1", t.provenance().excluded().get(0).toString());
    assertEquals("started before the first period: 1", t.provenance().excluded().get(1).toString());
  }
}
