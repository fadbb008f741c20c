package dev.revops.forecast.revenue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.InvalidValueException;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class RevenueProperties {
  static final RevenueOptions MONTHS = Contracts.months();

  /** The schedule, or a skipped try when the generated changes cannot apply. */
  static ContractSchedule schedule(Contract c) {
    try {
      return RevenueSchedule.of(c, MONTHS);
    } catch (InvalidValueException e) {
      Assume.that(false);
      throw e;
    }
  }

  @Property(tries = 300)
  void every_schedule_recognizes_exactly_its_final_price_and_bills_what_its_documents_say(@ForAll Contract c) {
    ContractSchedule s = schedule(c);   // its entries summing to the final price is checked when it is built
    SchedulePeriod last = s.periods().get(s.periods().size() - 1);
    assertEquals(s.finalPrice(), last.recognizedToDate());
    Money billed = s.billing().stream().map(BillingLine::amount).reduce(Money.zero(s.currency()), Money::plus);
    assertEquals(billed, last.billedToDate());
    Money rows = s.periods().stream().map(SchedulePeriod::recognized).reduce(Money.zero(s.currency()), Money::plus);
    assertEquals(s.finalPrice(), rows);
    assertTrue(s.entries().stream().noneMatch(e -> e.period().compareTo(s.bookingPeriod()) < 0),
        "no revenue before the booking period");
  }

  @Property(tries = 300)
  void without_changes_each_obligation_recognizes_exactly_its_allocation(@ForAll Contract c) {
    Contract plain = Contract.builder().id(c.id()).customer(c.customer()).currency(c.currency())
        .bookingDate(c.bookingDate()).transactionPrice(c.transactionPrice()).addAllObligations(c.obligations())
        .billing(c.billing()).build();
    ContractSchedule s = RevenueSchedule.of(plain, MONTHS);
    for (AllocationLine a : s.allocations().get(0).lines()) {
      Money recognized = s.entries().stream().filter(e -> e.obligationId().equals(a.obligationId()))
          .map(RevenueEntry::amount).reduce(Money.zero(s.currency()), Money::plus);
      assertEquals(a.amount(), recognized, a.obligationId());
    }
  }

  @Provide
  Arbitrary<List<BigDecimal>> weights() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(3).list()
        .ofMinSize(1).ofMaxSize(8).filter(l -> l.stream().anyMatch(w -> w.signum() > 0));
  }

  @Property
  void allocations_sum_to_the_price_and_largest_remainder_stays_within_a_unit_of_each_share(
      @ForAll("weights") List<BigDecimal> weights, @ForAll @LongRange(min = -10_000_000, max = 10_000_000) long cents,
      @ForAll ResidualPolicy policy) {
    Money total = Money.ofMinor("USD", cents);
    List<Money> parts = Allocation.split(total, weights, policy);
    assertEquals(total, parts.stream().reduce(Money.zero("USD"), Money::plus));
    BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    for (int i = 0; i < weights.size(); i++) {
      if (weights.get(i).signum() == 0) {
        assertTrue(parts.get(i).isZero());
      }
      if (policy == ResidualPolicy.LARGEST_REMAINDER) {
        BigDecimal share = BigDecimal.valueOf(cents).multiply(weights.get(i)).divide(sum, MathContext.DECIMAL128);
        assertTrue(share.subtract(BigDecimal.valueOf(parts.get(i).getAmountMinor())).abs().compareTo(BigDecimal.ONE) < 0);
      }
    }
  }

  static List<Period> months(LocalDate from, int count) {
    List<Period> out = new ArrayList<>();
    Period p = MONTHS.scope().periodOf(from);
    for (int i = 0; i < count; i++) {
      out.add(p);
      p = MONTHS.scope().periodOf(p.end());
    }
    return out;
  }

  @Property(tries = 200)
  void the_roll_forward_adds_up_every_month_and_nets_to_each_contracts_position(@ForAll Contract c,
      @ForAll @IntRange(min = 0, max = 24) int startOffset, @ForAll @IntRange(min = 1, max = 30) int count) {
    ContractSchedule s = schedule(c);
    List<Period> periods = months(LocalDate.parse("2025-12-01").plusMonths(startOffset), count);
    RevenueRollForward rf = new RevenueRollForward(MONTHS, periods);
    rf.add(s);   // a row that does not add up cannot be built
    for (RollForwardRow row : rf.result().rows()) {
      ContractSchedule.Position at = s.positionAt(row.period());
      assertEquals(at.deferred(), row.closingDeferred());
      assertEquals(at.unbilled(), row.closingUnbilled());
    }
  }

  @Property(tries = 300)
  void payments_never_change_revenue(@ForAll Contract c) {
    ContractSchedule with = schedule(c);
    Contract unpaid = Contract.builder().id(c.id()).customer(c.customer()).currency(c.currency())
        .bookingDate(c.bookingDate()).transactionPrice(c.transactionPrice()).addAllObligations(c.obligations())
        .billing(c.billing()).addAllModifications(c.modifications()).addAllCreditNotes(c.creditNotes()).build();
    ContractSchedule without = RevenueSchedule.of(unpaid, MONTHS);
    assertEquals(without.entries(), with.entries());
    assertEquals(without.billing(), with.billing());
  }

  @Property(tries = 200)
  void closing_a_period_then_posting_a_late_change_leaves_the_closed_period_untouched(@ForAll Contract c,
      @ForAll @IntRange(min = 30, max = 400) int closeAfterDays, @ForAll @IntRange(min = 1, max = 100) int percent) {
    ContractSchedule before = schedule(c);
    Optional<BillingLine> invoice = before.billing().stream().filter(b -> b.id().equals("C-1")).findFirst();
    Assume.that(invoice.isPresent() && c.creditNotes().isEmpty());
    LocalDate closedBefore = c.bookingDate().plusDays(closeAfterDays).withDayOfMonth(1);
    Assume.that(closedBefore.isAfter(invoice.get().date()));
    ClosedBooks books = Contracts.close(ClosedBooks.none(), closedBefore.toString(), MONTHS, List.of(before));
    long amount = Math.max(1, invoice.get().amount().getAmountMinor() * percent / 100);
    Contract late = Contract.builder().id(c.id()).customer(c.customer()).currency(c.currency())
        .bookingDate(c.bookingDate()).transactionPrice(c.transactionPrice()).addAllObligations(c.obligations())
        .billing(c.billing()).addAllModifications(c.modifications()).addAllPayments(c.payments())
        .addCreditNotes(CreditNote.builder().id("LATE").invoiceId("C-1").date(invoice.get().date())
            .amount(Money.ofMinor("USD", amount)).treatment(Treatment.CUMULATIVE_CATCH_UP).build()).build();
    ContractSchedule after;
    try {
      after = RevenueSchedule.of(late, MONTHS, books);
    } catch (InvalidValueException e) {
      Assume.that(false);
      return;
    }
    for (SchedulePeriod p : before.periods()) {
      if (!p.period().end().isAfter(closedBefore)) {
        assertEquals(p, after.row(p.period()).orElseThrow(), p.period().label());
      }
    }
    assertEquals(after.finalPrice(), after.periods().get(after.periods().size() - 1).recognizedToDate());
  }

  @Property(tries = 100)
  void every_report_merges_any_split_into_the_result_of_one_pass(@ForAll @Size(min = 1, max = 6) List<Contract> cs,
      @ForAll @IntRange(min = 0, max = 6) int cut, @ForAll @IntRange(min = 0, max = 18) int month) {
    List<ContractSchedule> all = new ArrayList<>();
    for (Contract c : cs) {
      try {
        all.add(RevenueSchedule.of(c, MONTHS));
      } catch (InvalidValueException e) {
        // a generated change that cannot apply: leave the contract out
      }
    }
    int at = Math.min(cut, all.size());
    List<Period> periods = months(LocalDate.parse("2026-01-01").plusMonths(month), 4);
    Period p = periods.get(0);
    RevenueRollForward rf = new RevenueRollForward(MONTHS, periods);
    RevenueRollForward rf1 = new RevenueRollForward(MONTHS, periods);
    RevenueRollForward rf2 = new RevenueRollForward(MONTHS, periods);
    PeriodClose pc = new PeriodClose(MONTHS, p);
    PeriodClose pc1 = new PeriodClose(MONTHS, p);
    PeriodClose pc2 = new PeriodClose(MONTHS, p);
    RevenueBridge br = new RevenueBridge(MONTHS, p, 2);
    RevenueBridge br1 = new RevenueBridge(MONTHS, p, 2);
    RevenueBridge br2 = new RevenueBridge(MONTHS, p, 2);
    RevenueWaterfall wf = new RevenueWaterfall(MONTHS, periods, 2);
    RevenueWaterfall wf1 = new RevenueWaterfall(MONTHS, periods, 2);
    RevenueWaterfall wf2 = new RevenueWaterfall(MONTHS, periods, 2);
    for (int i = 0; i < all.size(); i++) {
      ContractSchedule s = all.get(i);
      rf.add(s);
      pc.add(s);
      br.add(s);
      wf.add(s);
      (i < at ? rf1 : rf2).add(s);
      (i < at ? pc1 : pc2).add(s);
      (i < at ? br1 : br2).add(s);
      (i < at ? wf1 : wf2).add(s);
    }
    assertEquals(rf.result(), rf2.merge(rf1).result());
    assertEquals(pc.result(), pc1.merge(pc2).result());
    assertEquals(br.result(), br2.merge(br1).result());
    assertEquals(wf.result(), wf1.merge(wf2).result());
  }

  @Property(tries = 100)
  void contracts_and_schedules_read_back_from_json(@ForAll Contract c) throws Exception {
    ObjectMapper json = RevopsJson.mapper();
    assertEquals(c, json.readValue(json.writeValueAsString(c), Contract.class));
    ContractSchedule s = schedule(c);
    assertEquals(s, json.readValue(json.writeValueAsString(s), ContractSchedule.class));
  }
}
