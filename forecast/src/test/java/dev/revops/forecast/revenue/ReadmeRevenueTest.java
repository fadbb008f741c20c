package dev.revops.forecast.revenue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.money.Money;
import dev.revops.core.scope.Scope;
import dev.revops.core.period.FiscalCalendar;
import dev.revops.core.period.Period;
import dev.revops.core.period.PeriodKind;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The revenue example of the README, as written there. */
class ReadmeRevenueTest {
  @Test
  void the_readme_revenue_example_runs_as_written() {
    List<Period> periods = List.of(FiscalCalendar.calendarYear().parse(PeriodKind.MONTH, "2026-01"),
        FiscalCalendar.calendarYear().parse(PeriodKind.MONTH, "2026-02"));

    PerformanceObligation subscription = PerformanceObligation.builder().id("SUB")
        .standaloneSellingPrice(Money.parse("USD 1200.00"))
        .service(ServicePeriod.ofDates(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), true, ZoneOffset.UTC))
        .pattern(RecognitionPattern.ratable(RatableConvention.MONTHLY_EVEN)).build();
    Contract contract = Contract.builder().id("C-1").customer("Acme").currency(Money.currency("USD"))
        .bookingDate(LocalDate.parse("2026-01-01")).transactionPrice(Money.parse("USD 1200.00"))
        .addObligations(subscription)
        .billing(BillingPlan.periodic(LocalDate.parse("2026-01-01"), BillingInterval.QUARTERLY, 4, BillingTiming.IN_ADVANCE))
        .build();
    RevenueOptions options = RevenueOptions.of(Scope.asOf(LocalDate.parse("2026-10-01")));   // months in UTC
    ContractSchedule schedule = RevenueSchedule.of(contract, options);
    RevenueRollForward rollForward = new RevenueRollForward(options, periods);   // also RevenueBridge, PeriodClose, RevenueWaterfall
    rollForward.add(schedule);

    assertEquals(Money.parse("USD 200.00"), rollForward.result().rows().get(0).closingDeferred());   // 300 - 100
    assertEquals(Money.parse("USD 100.00"), rollForward.result().rows().get(1).closingDeferred());
  }
}
