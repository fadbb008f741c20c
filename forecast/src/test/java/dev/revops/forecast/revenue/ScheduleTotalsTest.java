package dev.revops.forecast.revenue;

import static dev.revops.forecast.revenue.Contracts.date;
import static dev.revops.forecast.revenue.RevenueReportsTest.month;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.revops.core.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schedule totals of the contracts A and B of {@link ClosedBooksTest}, by hand. */
class ScheduleTotalsTest {
  static final RevenueOptions MONTHS = Contracts.months();

  static List<String> rows(ScheduleTotalsResult r) {
    return r.rows().stream().map(x -> x.period() + " " + x.recognized().getCurrencyCode() + " "
        + x.recognized().getAmount() + " " + x.billed().getAmount() + " " + x.collected().getAmount() + " "
        + x.deferred().getAmount() + " " + x.unbilled().getAmount()).toList();
  }

  @Test
  void sums_each_month_and_the_balances_at_its_end() {
    ScheduleTotals totals = new ScheduleTotals(MONTHS, List.of(month("2026-01"), month("2026-02"), month("2026-03"),
        month("2026-04")));
    totals.add(RevenueSchedule.of(ClosedBooksTest.a(), MONTHS));
    totals.add(RevenueSchedule.of(ClosedBooksTest.b(), MONTHS));
    // recognized: A 100 a month; B support 50 a month from February and the licence 300 in March
    // billed: A 300 in January and April, B 600 in January; deferred: A 200, 100, 0, 200 and B 600, 550, 200, 150
    assertEquals(List.of("2026-01 USD 100.00 900.00 0.00 800.00 0.00", "2026-02 USD 150.00 0.00 0.00 650.00 0.00",
        "2026-03 USD 450.00 0.00 0.00 200.00 0.00", "2026-04 USD 150.00 300.00 0.00 350.00 0.00"),
        rows(totals.result()));
    assertEquals(2, totals.result().contracts());
    assertEquals(List.of(), totals.result().functional());
  }

  @Test
  void counts_a_contract_from_its_booking_period() {
    ScheduleTotals totals = new ScheduleTotals(MONTHS, List.of(month("2025-12"), month("2026-01")));
    totals.add(RevenueSchedule.of(ClosedBooksTest.b(), MONTHS));
    assertEquals(List.of("2026-01 USD 0.00 600.00 0.00 600.00 0.00"), rows(totals.result()));
  }

  @Test
  void sums_the_functional_currency_apart_with_the_fx() {
    RevenueOptions inUsd = Contracts.inDollars();
    Contract eu = Contracts.euros()
        .addPayments(Payment.builder().id("P1").date(date("2026-02-15")).amount(Money.parse("EUR 1000.00")).build())
        .build();
    ScheduleTotals totals = new ScheduleTotals(inUsd, List.of(month("2026-01"), month("2026-02")));
    totals.add(RevenueSchedule.of(eu, inUsd));
    totals.add(RevenueSchedule.of(ClosedBooksTest.a(), inUsd));
    ScheduleTotalsResult r = totals.result();
    assertEquals(List.of("2026-01 EUR 250.00 1000.00 0.00 750.00 0.00", "2026-01 USD 100.00 300.00 0.00 200.00 0.00",
        "2026-02 EUR 250.00 0.00 1000.00 500.00 0.00", "2026-02 USD 100.00 0.00 0.00 100.00 0.00"), rows(r));
    // EU at the invoice's 1.10: 275 a month, billed 1,100, paid 1,200 at February's 1.20 (FX 100); A as it is
    assertEquals(List.of("2026-01 375.00 1400.00 0.00 0.00", "2026-02 375.00 0.00 1200.00 100.00"),
        r.functional().stream().map(x -> x.period() + " " + x.figures().recognized().getAmount() + " "
            + x.figures().billed().getAmount() + " " + x.figures().collected().getAmount() + " "
            + x.figures().fxGainLoss().getAmount()).toList());
    // a schedule computed without the functional currency has nothing to add to its totals
    assertThrows(IllegalArgumentException.class, () -> totals.add(RevenueSchedule.of(eu, MONTHS)));
    assertEquals(r, totals.result(), "and the totals are left as they were");
    ScheduleTotals inContractCurrencies = new ScheduleTotals(MONTHS, List.of(month("2026-01"), month("2026-02")));
    assertThrows(IllegalArgumentException.class, () -> totals.merge(inContractCurrencies));
  }

  @Test
  void merging_itself_is_refused_a_twin_counts_its_contracts_twice_and_null_is_refused_by_name() {
    ScheduleTotals totals = new ScheduleTotals(MONTHS, List.of(month("2026-01")));
    ScheduleTotals twin = new ScheduleTotals(MONTHS, List.of(month("2026-01")));
    totals.add(RevenueSchedule.of(ClosedBooksTest.a(), MONTHS));
    twin.add(RevenueSchedule.of(ClosedBooksTest.a(), MONTHS));
    assertThrows(IllegalArgumentException.class, () -> totals.merge(totals));
    totals.merge(twin);
    assertEquals(List.of("2026-01 USD 200.00 600.00 0.00 400.00 0.00"), rows(totals.result()));
    assertEquals(2, totals.result().contracts());
    assertEquals(2, totals.result().provenance().counted());
    assertEquals("schedule-totals", totals.result().provenance().definition().id());
    assertEquals("other", assertThrows(NullPointerException.class, () -> totals.merge(null)).getMessage());
    assertEquals("schedule", assertThrows(NullPointerException.class, () -> totals.add(null)).getMessage());
  }
}
