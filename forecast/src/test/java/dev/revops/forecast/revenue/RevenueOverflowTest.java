package dev.revops.forecast.revenue;

import static dev.revops.forecast.revenue.Contracts.contract;
import static dev.revops.forecast.revenue.Contracts.days;
import static dev.revops.forecast.revenue.Contracts.line;
import static dev.revops.forecast.revenue.Contracts.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.money.AmountOverflowException;
import dev.revops.core.period.FiscalCalendar;
import dev.revops.core.period.Period;
import dev.revops.core.period.PeriodKind;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Two licences of USD 50,000,000,000,000,000.00 (5e18 cents each, within a long) delivered and
 * billed on 1 March 2026: every revenue report's March sum is 1e19 cents, beyond a long (at most
 * 9,223,372,036,854,775,807). Each report names itself, the period and the currency; one contract
 * alone reports exactly.
 */
class RevenueOverflowTest {
  static final RevenueOptions MONTHS = Contracts.months();
  static final Period MARCH = FiscalCalendar.calendarYear().parse(PeriodKind.MONTH, "2026-03");

  static ContractSchedule licence(String id) {
    PerformanceObligation licence = line("LIC", usd("50000000000000000.00"), days("2026-03-01", "2026-03-01"),
        RecognitionPattern.pointInTime());
    return RevenueSchedule.of(contract(id, usd("50000000000000000.00"), "2026-03-01", licence).build(), MONTHS);
  }

  static <A> void overflows(String report, String group, Supplier<A> make, Consumer<A> result,
      java.util.function.BiConsumer<A, ContractSchedule> add) {
    A one = make.get();
    add.accept(one, licence("A"));
    result.accept(one);
    AmountOverflowException e = assertThrows(AmountOverflowException.class, () -> {
      A two = make.get();
      add.accept(two, licence("A"));
      add.accept(two, licence("B"));
      result.accept(two);
    });
    assertTrue(e.getMessage().startsWith(report + ": "), e.getMessage());
    assertEquals(group, e.group());
    assertEquals("USD", e.currency());
  }

  @Test
  void the_close_names_the_period_and_currency_of_a_sum_beyond_a_long() {
    overflows("period close", "2026-03", () -> new PeriodClose(MONTHS, MARCH), PeriodClose::result, PeriodClose::add);
  }

  @Test
  void the_roll_forward_names_the_period_and_currency_of_a_sum_beyond_a_long() {
    overflows("revenue roll-forward", "2026-03", () -> new RevenueRollForward(MONTHS, List.of(MARCH)),
        RevenueRollForward::result, RevenueRollForward::add);
  }

  @Test
  void the_bridge_names_the_period_and_currency_of_a_sum_beyond_a_long() {
    overflows("revenue bridge", "2026-03", () -> new RevenueBridge(MONTHS, MARCH, 10), RevenueBridge::result,
        RevenueBridge::add);
  }

  @Test
  void the_waterfall_names_its_bookings_and_currency_of_a_sum_beyond_a_long() {
    overflows("revenue waterfall", "all bookings", () -> new RevenueWaterfall(MONTHS, List.of(MARCH), 10),
        RevenueWaterfall::result, RevenueWaterfall::add);
  }

  @Test
  void merging_two_closes_whose_sum_overflows_names_it() {
    PeriodClose a = new PeriodClose(MONTHS, MARCH);
    PeriodClose b = new PeriodClose(MONTHS, MARCH);
    a.add(licence("A"));
    b.add(licence("B"));
    assertEquals("2026-03", assertThrows(AmountOverflowException.class, () -> a.merge(b)).group());
  }
}
