package dev.revops.forecast.revenue;

import static dev.revops.forecast.revenue.Contracts.at;
import static dev.revops.forecast.revenue.Contracts.contract;
import static dev.revops.forecast.revenue.Contracts.date;
import static dev.revops.forecast.revenue.Contracts.days;
import static dev.revops.forecast.revenue.Contracts.line;
import static dev.revops.forecast.revenue.Contracts.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.money.ExchangeRate;
import dev.revops.core.money.ExchangeRateTable;
import dev.revops.core.money.Money;
import dev.revops.core.period.FiscalCalendar;
import dev.revops.core.period.Period;
import dev.revops.core.period.PeriodKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Two contracts checked by hand. A: USD 1,200 for 2026, monthly, billed quarterly in advance
 * (300 on the 1st of January, April, July, October). B: USD 600 booked 20 January for a licence
 * (standalone 400, delivered 1 March) and six months of support from February (standalone 400),
 * billed up front; the price splits 300 / 300.
 */
class RevenueReportsTest {
  static final RevenueOptions MONTHS = Contracts.months();
  static final FiscalCalendar CAL = FiscalCalendar.calendarYear();

  static Period month(String label) {
    return CAL.parse(PeriodKind.MONTH, label);
  }

  static List<ContractSchedule> schedules() {
    PerformanceObligation year = line("Y", usd("1200.00"), days("2026-01-01", "2026-12-31"),
        RecognitionPattern.ratable(RatableConvention.MONTHLY_EVEN));
    Contract a = contract("A", usd("1200.00"), "2026-01-01",
        BillingPlan.periodic(date("2026-01-01"), BillingInterval.QUARTERLY, 4, BillingTiming.IN_ADVANCE), year).build();
    PerformanceObligation licence = line("LIC", usd("400.00"), days("2026-03-01", "2026-03-01"),
        RecognitionPattern.pointInTime());
    PerformanceObligation support = line("SUP", usd("400.00"), days("2026-02-01", "2026-07-31"),
        RecognitionPattern.ratable(RatableConvention.MONTHLY_EVEN));
    Contract b = contract("B", usd("600.00"), "2026-01-20", licence, support).build();
    return List.of(RevenueSchedule.of(a, MONTHS), RevenueSchedule.of(b, MONTHS));
  }

  @Test
  void rolls_deferred_revenue_forward_month_by_month() {
    RevenueRollForward rf = new RevenueRollForward(MONTHS, List.of(month("2026-01"), month("2026-02"), month("2026-03"),
        month("2026-04")));
    schedules().forEach(rf::add);
    List<RollForwardRow> rows = rf.result().rows();
    assertEquals(List.of("0.00 + 900.00 - 100.00 = 800.00", "800.00 + 0.00 - 150.00 = 650.00",
        "650.00 + 0.00 - 450.00 = 200.00", "200.00 + 300.00 - 150.00 = 350.00"),
        rows.stream().map(r -> r.openingDeferred().getAmount() + " + " + r.billingsToDeferred().getAmount() + " - "
            + r.revenueFromDeferred().getAmount() + " = " + r.closingDeferred().getAmount()).toList());
    rows.forEach(r -> assertEquals(usd("0.00"), r.closingUnbilled()));
    assertEquals(2, rf.result().contracts());
  }

  @Test
  void bridges_january_bookings_to_january_revenue() {
    RevenueBridge bridge = new RevenueBridge(MONTHS, month("2026-01"), 10);
    schedules().forEach(bridge::add);
    BridgeTotal t = bridge.result().totals().get(0);
    assertEquals(usd("1800.00"), t.amount(BridgeReason.BOOKINGS));
    assertEquals(usd("600.00"), t.amount(BridgeReason.NOT_YET_STARTED));          // B starts in February and March
    assertEquals(usd("1100.00"), t.amount(BridgeReason.DEFERRED_TO_LATER_PERIODS)); // A's February to December
    assertEquals(usd("100.00"), t.revenue());
    assertEquals(List.of("B 600.00"), bridge.result().contractLines().stream()
        .filter(l -> l.reason() == BridgeReason.NOT_YET_STARTED)
        .map(l -> l.contractId().get() + " " + l.amount().getAmount()).toList());
  }

  @Test
  void bridges_march_revenue_to_earlier_bookings() {
    RevenueBridge bridge = new RevenueBridge(MONTHS, month("2026-03"), 10);
    schedules().forEach(bridge::add);
    BridgeTotal t = bridge.result().totals().get(0);
    assertEquals(usd("0.00"), t.amount(BridgeReason.BOOKINGS));
    assertEquals(usd("450.00"), t.amount(BridgeReason.RECOGNIZED_FROM_EARLIER_BOOKINGS)); // A 100 + B 300 + 50
    assertEquals(usd("450.00"), t.revenue());
  }

  @Test
  void closes_march_with_remaining_performance_obligations() {
    PeriodClose close = new PeriodClose(MONTHS, month("2026-03"));
    schedules().forEach(close::add);
    ClosePosition p = close.result().positions().get(0);
    assertEquals(usd("1800.00"), p.totalContractValue());
    assertEquals(usd("700.00"), p.recognizedToDate());   // A 300 + B 50 + 50 + 300
    assertEquals(usd("900.00"), p.billedToDate());       // A 300 + B 600
    assertEquals(usd("200.00"), p.deferred());           // A 0, B 200
    assertEquals(usd("1100.00"), p.remaining());
    assertEquals(usd("900.00"), p.unbilledBacklog());    // 900 + 200 - 0 = 1,100
    assertEquals(usd("450.00"), p.recognized());
  }

  @Test
  void shows_each_bookings_revenue_waterfall() {
    RevenueWaterfall w = new RevenueWaterfall(MONTHS, List.of(month("2026-04"), month("2026-05"), month("2026-06")), 10);
    schedules().forEach(w::add);
    RevenueWaterfallResult r = w.result();
    WaterfallRow total = r.totals().get(0);
    assertEquals(usd("700.00"), total.recognizedBefore());
    assertEquals(List.of(usd("150.00"), usd("150.00"), usd("150.00")), total.perPeriod());
    assertEquals(usd("650.00"), total.after());
    assertEquals(List.of("A", "B"), r.bookings().stream().map(b -> b.contractId().get()).toList());
    assertEquals(usd("600.00"), r.bookings().get(0).after());   // A: July to December
    assertEquals(usd("50.00"), r.bookings().get(1).after());    // B: July's support
  }

  @Test
  void a_late_credit_note_leaves_closed_months_as_posted_and_corrects_the_first_open_one() {
    ContractSchedule before = schedules().get(0);
    ClosedBooks books = Contracts.close(ClosedBooks.none(), "2026-04-01", MONTHS, List.of(before));
    Contract late = contract("A", usd("1200.00"), "2026-01-01",
        BillingPlan.periodic(date("2026-01-01"), BillingInterval.QUARTERLY, 4, BillingTiming.IN_ADVANCE),
        line("Y", usd("1200.00"), days("2026-01-01", "2026-12-31"), RecognitionPattern.ratable(RatableConvention.MONTHLY_EVEN)))
        .addCreditNotes(CreditNote.builder().id("CN1").invoiceId("A-1").date(date("2026-02-15")).amount(usd("120.00"))
            .treatment(Treatment.CUMULATIVE_CATCH_UP).build()).build();
    ContractSchedule after = RevenueSchedule.of(late, MONTHS, books);
    for (int i = 0; i < 3; i++) {
      assertEquals(before.periods().get(i), after.periods().get(i));   // January to March untouched
    }
    // as if known in February: 100, 80 (a catch-up of 1,080 x 2/12 - 200 = -20), 90: 270 instead of 300
    RevenueEntry correction = after.entries().stream().filter(e -> e.source() == RevenueSource.CORRECTION)
        .findFirst().orElseThrow();
    assertEquals(month("2026-04"), correction.period());
    assertEquals(usd("-30.00"), correction.amount());
    SchedulePeriod april = after.periods().get(3);
    assertEquals(usd("60.00"), april.recognized());   // 90 - 30
    assertEquals(usd("180.00"), april.billed());      // 300 invoiced - 120 credited in February, posted now
    assertEquals(usd("1080.00"), after.periods().get(after.periods().size() - 1).recognizedToDate());
  }

  @Test
  void keeps_a_euro_contract_in_dollars_at_invoice_rates_with_the_payment_fx_apart() {
    ExchangeRateTable rates = ExchangeRateTable.of(
        ExchangeRate.builder().from(Money.currency("EUR")).to(Money.currency("USD")).effectiveFrom(date("2026-01-01"))
            .rate(new BigDecimal("1.10")).build(),
        ExchangeRate.builder().from(Money.currency("EUR")).to(Money.currency("USD")).effectiveFrom(date("2026-02-01"))
            .rate(new BigDecimal("1.20")).build());
    RevenueOptions usd = RevenueOptions.of(Contracts.scope().reportingCurrency(Money.currency("USD"))
        .exchangeRates(rates).build());
    PerformanceObligation four = line("S", Money.parse("EUR 1000.00"), days("2026-01-01", "2026-04-30"),
        RecognitionPattern.ratable(RatableConvention.MONTHLY_EVEN));
    Contract c = contract("EU", Money.parse("EUR 1000.00"), "2026-01-01", four)
        .addPayments(Payment.builder().id("P1").date(date("2026-02-15")).amount(Money.parse("EUR 1000.00")).build())
        .build();
    ContractSchedule s = RevenueSchedule.of(c, usd);
    FunctionalFigures jan = s.periods().get(0).functional().orElseThrow();
    assertEquals(usd("1100.00"), jan.billed());
    assertEquals(usd("275.00"), jan.recognized());                 // 250 at the invoice's 1.10
    FunctionalFigures feb = s.periods().get(1).functional().orElseThrow();
    assertEquals(usd("275.00"), feb.recognized());                 // still the invoice's rate, not February's 1.20
    assertEquals(usd("1200.00"), feb.collected());
    assertEquals(usd("100.00"), feb.fxGainLoss());                 // 1,000 x (1.20 - 1.10)
    RevenueBridge bridge = new RevenueBridge(usd, month("2026-01"), 5);
    bridge.add(s);
    BridgeTotal t = bridge.result().totals().get(0);
    assertEquals(usd("1100.00"), t.amount(BridgeReason.BOOKINGS));
    assertEquals(usd("275.00"), t.revenue());
    assertEquals(usd("0.00"), t.amount(BridgeReason.FX));
    assertEquals(Optional.empty(), s.periods().get(0).functional().map(f -> f.fxGainLoss()).filter(Money::isPositive));
  }
}
