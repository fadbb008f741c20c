package dev.revops.forecast.revenue;

import static dev.revops.forecast.revenue.Contracts.at;
import static dev.revops.forecast.revenue.Contracts.contract;
import static dev.revops.forecast.revenue.Contracts.date;
import static dev.revops.forecast.revenue.Contracts.days;
import static dev.revops.forecast.revenue.Contracts.line;
import static dev.revops.forecast.revenue.Contracts.revenue;
import static dev.revops.forecast.revenue.Contracts.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.money.Money;
import dev.revops.core.period.PeriodKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recognition schedules checked against published worked examples and by hand. */
class RevenueScheduleTest {
  static final RevenueOptions MONTHS = Contracts.months();

  @Test
  void counts_exact_days_as_netsuite_does() {
    // NetSuite Help, "Straight-Line Revenue Recognition Examples" (straight-line, using exact days):
    // $400 from August 20 to December 19 (122 days).
    PerformanceObligation s = line("S", usd("400.00"), days("2021-08-20", "2021-12-19"),
        RecognitionPattern.ratable(RatableConvention.WHOLE_DAYS));
    assertEquals(List.of("2021-08 39.34", "2021-09 98.36", "2021-10 101.64", "2021-11 98.36", "2021-12 62.30"),
        revenue(RevenueSchedule.of(contract("NS", usd("400.00"), "2021-08-20", s).build(), MONTHS)));
  }

  @Test
  void recognizes_a_point_in_time_obligation_at_once_and_milestones_as_reached() {
    PerformanceObligation licence = line("LIC", usd("1000.00"), days("2026-02-10", "2026-02-10"),
        RecognitionPattern.pointInTime());
    PerformanceObligation project = line("IMP", usd("3000.00"), days("2026-02-01", "2026-06-30"),
        RecognitionPattern.milestones(List.of(Milestone.of("design", at("2026-03-15T00:00:00Z"), new BigDecimal("0.25")),
            Milestone.of("go-live", at("2026-05-20T00:00:00Z"), new BigDecimal("0.75")))));
    ContractSchedule s = RevenueSchedule.of(contract("PIT", usd("4000.00"), "2026-02-01", licence, project).build(),
        MONTHS);
    assertEquals(List.of("2026-02 1000.00", "2026-03 750.00", "2026-05 2250.00"), revenue(s));
  }

  /**
   * IFRS 15 Illustrative Examples, Example 7 (modification of a services contract): three years of
   * weekly cleaning at CU100,000 a year; at the end of year two the fee for year three falls to
   * CU80,000 and the contract is extended three years for CU200,000. The remaining services are
   * distinct, so the modification is prospective: CU280,000 over the four remaining years,
   * CU70,000 a year.
   */
  @Test
  void a_price_change_mid_term_is_spread_over_what_remains_when_prospective() {
    PerformanceObligation cleaning = line("CLEAN", usd("300000.00"), days("2024-01-01", "2026-12-31"),
        RecognitionPattern.ratable(RatableConvention.MONTHLY_EVEN));
    ContractModification change = ContractModification.builder().id("M1").effective(at("2026-01-01T00:00:00Z"))
        .kind(ContractModification.Kind.TERM_CHANGE).treatment(Treatment.PROSPECTIVE).obligationId("CLEAN")
        .serviceEnd(at("2030-01-01T00:00:00Z")).priceChange(usd("180000.00")).build();  // -20,000 + 200,000
    Contract c = contract("IE7", usd("300000.00"), "2024-01-01", cleaning).addModifications(change).build();
    RevenueOptions years = RevenueOptions.of(Contracts.scope().periodKind(PeriodKind.FISCAL_YEAR).build());
    assertEquals(List.of("FY2024 100000.00", "FY2025 100000.00", "FY2026 70000.00", "FY2027 70000.00",
        "FY2028 70000.00", "FY2029 70000.00"), revenue(RevenueSchedule.of(c, years)));
  }

  /**
   * Microsoft Dynamics 365 Business Central, Advanced Revenue and Expense Deferrals, "Credit Memo:
   * Examples": an invoice of 1,200.00 deferred equally over 2017 (January to May recognized); a
   * credit memo of 250.00 with the end date moved to October 31.
   */
  static Contract deferral(Treatment treatment) {
    PerformanceObligation service = line("SVC", usd("1200.00"), days("2017-01-01", "2017-12-31"),
        RecognitionPattern.ratable(RatableConvention.MONTHLY_EVEN));
    CreditNote credit = CreditNote.builder().id("CM1").invoiceId("D365-1").date(date("2017-06-01"))
        .amount(usd("250.00")).treatment(treatment).build();
    ContractModification shorter = ContractModification.builder().id("END").effective(at("2017-06-01T00:00:00Z"))
        .kind(ContractModification.Kind.TERM_CHANGE).treatment(treatment).obligationId("SVC")
        .serviceEnd(at("2017-11-01T00:00:00Z")).build();
    return contract("D365", usd("1200.00"), "2017-01-01", service).addCreditNotes(credit).addModifications(shorter)
        .build();
  }

  @Test
  void a_credit_note_recalculated_from_its_date_spreads_what_is_left() {
    // Example 1: (1,200 - 250 - 500) / 5 = 90.00 a month, June to October
    assertEquals(List.of("2017-01 100.00", "2017-02 100.00", "2017-03 100.00", "2017-04 100.00", "2017-05 100.00",
        "2017-06 90.00", "2017-07 90.00", "2017-08 90.00", "2017-09 90.00", "2017-10 90.00"),
        revenue(RevenueSchedule.of(deferral(Treatment.PROSPECTIVE), MONTHS)));
  }

  @Test
  void a_credit_note_recalculated_from_inception_trues_up_at_once() {
    // Example 2: (1,200 - 250) / 10 = 95.00 a month; true-up (95 - 100) x 5 = -25.00; June 95 - 25 = 70.00
    ContractSchedule s = RevenueSchedule.of(deferral(Treatment.CUMULATIVE_CATCH_UP), MONTHS);
    assertEquals(List.of("2017-01 100.00", "2017-02 100.00", "2017-03 100.00", "2017-04 100.00", "2017-05 100.00",
        "2017-06 70.00", "2017-07 95.00", "2017-08 95.00", "2017-09 95.00", "2017-10 95.00"), revenue(s));
    assertEquals(usd("950.00"), s.finalPrice());
    // at one instant modifications apply before credit notes: the shorter term first (1,200 over ten
    // months: 600 by June, +100), then the credit (950 over ten months: 475 by June, -125)
    assertEquals(List.of("END", "CM1"), s.changes().stream().map(ChangeEffect::id).toList());
    assertEquals(usd("100.00"), s.changes().get(0).catchUp());
    assertEquals(usd("-125.00"), s.changes().get(1).catchUp());
  }

  @Test
  void bills_up_front_and_tracks_deferred_revenue_and_a_payment_without_touching_revenue() {
    PerformanceObligation year = line("Y", usd("1200.00"), days("2026-01-01", "2026-12-31"),
        RecognitionPattern.ratable(RatableConvention.MONTHLY_EVEN));
    Contract c = contract("UP", usd("1200.00"), "2026-01-01", year)
        .addPayments(Payment.builder().id("P1").date(date("2026-02-15")).amount(usd("1200.00")).build()).build();
    ContractSchedule s = RevenueSchedule.of(c, MONTHS);
    SchedulePeriod jan = s.periods().get(0);
    assertEquals(usd("1200.00"), jan.billed());
    assertEquals(usd("100.00"), jan.recognized());
    assertEquals(usd("1100.00"), jan.deferred());
    assertEquals(usd("1200.00"), jan.receivable());
    SchedulePeriod feb = s.periods().get(1);
    assertEquals(usd("1200.00"), feb.collected());
    assertEquals(usd("0.00"), feb.receivable());
    assertEquals(usd("1000.00"), feb.deferred());
    assertEquals(usd("100.00"), feb.recognized());
  }

  @Test
  void bills_quarterly_in_arrears_and_shows_an_unbilled_receivable_until_invoiced() {
    PerformanceObligation year = line("Y", usd("1000.00"), days("2026-01-01", "2026-12-31"),
        RecognitionPattern.ratable(RatableConvention.MONTHLY_EVEN));
    Contract c = contract("ARR", usd("1000.00"), "2026-01-01",
        BillingPlan.periodic(date("2026-01-01"), BillingInterval.QUARTERLY, 4, BillingTiming.IN_ARREARS), year).build();
    ContractSchedule s = RevenueSchedule.of(c, MONTHS);
    assertEquals(List.of("2026-03-31 250.00", "2026-06-30 250.00", "2026-09-30 250.00", "2026-12-31 250.00"),
        s.billing().stream().map(b -> b.date() + " " + b.amount().getAmount().toPlainString()).toList());
    assertEquals(List.of("ARR-1", "ARR-2", "ARR-3", "ARR-4"), s.billing().stream().map(BillingLine::id).toList());
    SchedulePeriod feb = s.periods().get(1);
    assertEquals(usd("166.67"), feb.unbilled());   // 1,000 x 2/12 recognized, nothing billed
    assertEquals(usd("0.00"), feb.deferred());
    SchedulePeriod mar = s.periods().get(2);
    assertEquals(usd("0.00"), mar.unbilled());
    assertEquals(usd("0.00"), mar.deferred());
  }

  @Test
  void a_cancellation_stops_revenue_and_credits_what_was_billed_beyond_it() {
    PerformanceObligation year = line("Y", usd("1200.00"), days("2026-01-01", "2026-12-31"),
        RecognitionPattern.ratable(RatableConvention.MONTHLY_EVEN));
    ContractModification cancel = ContractModification.builder().id("X").effective(at("2026-04-01T00:00:00Z"))
        .kind(ContractModification.Kind.CANCELLATION).treatment(Treatment.PROSPECTIVE).build();
    ContractSchedule s = RevenueSchedule.of(contract("CX", usd("1200.00"), "2026-01-01", year)
        .addModifications(cancel).build(), MONTHS);
    assertEquals(List.of("2026-01 100.00", "2026-02 100.00", "2026-03 100.00"), revenue(s));
    assertEquals(usd("300.00"), s.finalPrice());
    assertEquals(usd("-900.00"), s.changes().get(0).priceChange());
    BillingLine refund = s.billing().get(1);
    assertEquals(BillingLine.Kind.CREDIT_NOTE, refund.kind());
    assertEquals(usd("-900.00"), refund.amount());
    assertEquals(date("2026-04-01"), refund.date());
    SchedulePeriod apr = s.periods().get(3);
    assertEquals(usd("0.00"), apr.deferred());
    assertTrue(s.entries().stream().allMatch(e -> e.source() == RevenueSource.BASE));
  }

  @Test
  void nothing_is_recognized_before_the_booking_date() {
    // service from January, signed on 15 March: January and February are recognized at booking
    PerformanceObligation year = line("Y", usd("1200.00"), days("2026-01-01", "2026-12-31"),
        RecognitionPattern.ratable(RatableConvention.MONTHLY_EVEN));
    ContractSchedule s = RevenueSchedule.of(contract("LATE", usd("1200.00"), "2026-03-15", year).build(), MONTHS);
    assertEquals("2026-03 300.00", revenue(s).get(0));
    assertEquals("2026-03", s.bookingPeriod().label());
    assertEquals(Money.parse("USD 1200.00"), s.periods().get(s.periods().size() - 1).recognizedToDate());
  }
}
