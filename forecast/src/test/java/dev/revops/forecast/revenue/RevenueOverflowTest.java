package dev.revops.forecast.revenue;

import static dev.revops.forecast.revenue.Contracts.contract;
import static dev.revops.forecast.revenue.Contracts.days;
import static dev.revops.forecast.revenue.Contracts.line;
import static dev.revops.forecast.revenue.Contracts.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
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
 * alone reports exactly. A contract whose own figures go beyond a long cannot be scheduled: an
 * {@link InvalidValueException} naming it, so that an importer's caller sets it aside alone.
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

  @Test
  void the_schedule_totals_name_the_period_and_currency_of_a_sum_beyond_a_long() {
    overflows("schedule totals", "2026-03", () -> new ScheduleTotals(MONTHS, List.of(MARCH)), ScheduleTotals::result,
        ScheduleTotals::add);
  }

  /** USD 1,200.00 for 2026, billed up front on 1 January. */
  static Contract.Builder year() {
    return contract("BIG", usd("1200.00"), "2026-01-01", line("L", usd("1200.00"), days("2026-01-01", "2026-12-31"),
        RecognitionPattern.ratable(RatableConvention.MONTHLY_EVEN)));
  }

  /** The one violation of a contract that cannot be scheduled: its amounts, naming the contract. */
  static InvalidValueException.Violation unschedulable(Contract c) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> RevenueSchedule.of(c, MONTHS));
    assertEquals("contract BIG", e.subject());
    assertEquals(1, e.violations().size());
    InvalidValueException.Violation v = e.violations().get(0);
    assertEquals("amounts", v.field());
    assertTrue(v.rule().contains("USD 92233720368547758.07 either way"), v.rule());
    return v;
  }

  @Test
  void a_contract_whose_payments_sum_beyond_a_long_cannot_be_scheduled_and_says_so() {
    // two payments of USD 90,000,000,000,000,000.00 (9e18 cents each) collect 1.8e19 cents in February
    Contract c = year().addPayments(
        Payment.builder().id("P1").date(Contracts.date("2026-02-01")).amount(usd("90000000000000000.00")).build(),
        Payment.builder().id("P2").date(Contracts.date("2026-02-02")).amount(usd("90000000000000000.00")).build())
        .build();
    assertEquals("USD 1200.00", unschedulable(c).value());
    // one such payment is within a long: the contract schedules, collecting it in February
    ContractSchedule one = RevenueSchedule.of(year().addPayments(Payment.builder().id("P1")
        .date(Contracts.date("2026-02-01")).amount(usd("90000000000000000.00")).build()).build(), MONTHS);
    assertEquals(usd("90000000000000000.00"), one.periods().stream()
        .filter(p -> p.period().label().equals("2026-02")).findFirst().orElseThrow().collected());
  }

  @Test
  void credit_notes_summing_beyond_a_long_credit_more_than_their_invoice() {
    // invoice BIG-1 bills USD 90,000,000,000,000,000.00; two notes crediting it as much each would
    // sum to 1.8e19 cents, which a long wraps around to a negative credit
    Contract c = contract("BIG", usd("90000000000000000.00"), "2026-01-01", line("L", usd("1200.00"),
        days("2026-01-01", "2026-12-31"), RecognitionPattern.ratable(RatableConvention.MONTHLY_EVEN)))
        .addCreditNotes(
            CreditNote.builder().id("N1").invoiceId("BIG-1").date(Contracts.date("2026-02-01"))
                .amount(usd("90000000000000000.00")).build(),
            CreditNote.builder().id("N2").invoiceId("BIG-1").date(Contracts.date("2026-02-01"))
                .amount(usd("90000000000000000.00")).build()).build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> RevenueSchedule.of(c, MONTHS));
    assertEquals("creditNotes.N2.amount", e.violations().get(0).field());
    assertEquals("must not credit more than invoice BIG-1 billed (USD 90000000000000000.00)",
        e.violations().get(0).rule());
  }

  @Test
  void a_price_change_beyond_a_long_cannot_be_scheduled_and_is_not_called_negative() {
    // USD 90,000,000,000,000,000.00 + 90,000,000,000,000,000.00 wraps around to a negative long
    Contract c = contract("BIG", usd("90000000000000000.00"), "2026-01-01", line("L", usd("1200.00"),
        days("2026-01-01", "2026-12-31"), RecognitionPattern.ratable(RatableConvention.MONTHLY_EVEN)))
        .addModifications(ContractModification.builder().id("M").effective(Contracts.at("2026-03-01T00:00:00Z"))
            .kind(ContractModification.Kind.PRICE_CHANGE).treatment(Treatment.PROSPECTIVE)
            .priceChange(usd("90000000000000000.00")).build()).build();
    InvalidValueException.Violation v = unschedulable(c);
    assertTrue(!v.rule().contains("negative"), v.rule());
  }
}
