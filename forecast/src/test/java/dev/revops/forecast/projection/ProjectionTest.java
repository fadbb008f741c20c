package dev.revops.forecast.projection;

import static dev.revops.forecast.projection.Projections.SCOPE;
import static dev.revops.forecast.projection.Projections.month;
import static dev.revops.forecast.projection.Projections.open;
import static dev.revops.forecast.projection.Projections.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.money.Money;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.forecast.pipeline.RangeMethod;
import dev.revops.forecast.pipeline.RangeSettings;
import dev.revops.forecast.revenue.BillingPlan;
import dev.revops.forecast.revenue.Contract;
import dev.revops.forecast.revenue.ContractSchedule;
import dev.revops.forecast.revenue.Payment;
import dev.revops.forecast.revenue.PerformanceObligation;
import dev.revops.forecast.revenue.RatableConvention;
import dev.revops.forecast.revenue.RecognitionPattern;
import dev.revops.forecast.revenue.RevenueOptions;
import dev.revops.forecast.revenue.RevenueSchedule;
import dev.revops.forecast.revenue.SchedulePeriod;
import dev.revops.forecast.revenue.ServicePeriod;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectionTest {
  static final ProjectionOptions BASE = ProjectionOptions.of(SCOPE);

  static void assertRow(ProjectionResult r, String month, String revenue, String billings, String cash, String cost) {
    ProjectionFigures f = r.row(month(month), Money.currency("USD")).orElseThrow(() -> new AssertionError(month))
        .pipeline();
    assertEquals(List.of(Money.parse(revenue), Money.parse(billings), Money.parse(cash), Money.parse(cost)),
        List.of(f.revenue(), f.billings(), f.cash(), f.cost()), month);
  }

  @Test
  void an_open_deal_at_one_half_projects_half_its_ratable_revenue_quarterly_billings_and_cash_thirty_days_later() {
    // USD 12,000 closing 2026-11-17, service from 2026-12-01 (14 days later) for 12 months, by month evenly:
    // 1,000 a month, x 0.5 = 500.00 a month Dec 2026 to Nov 2027; cost 25% = 125.00, margin 375.00.
    // Billed quarterly in advance from 2026-12-01: 4 x 3,000 x 0.5 = 1,500.00 on Dec 1, Mar 1, Jun 1, Sep 1;
    // collected 30 days later: Dec 31, Mar 31, Jul 1 (June has 30 days), Oct 1.
    ProjectionResult r = run(BASE, List.of(ProjectionRecord.openDeal(open("D1", "platform", "USD 12000.00",
        "2026-11-17", "0.5"))));
    assertRow(r, "2026-11", "USD 0.00", "USD 0.00", "USD 0.00", "USD 0.00");
    assertRow(r, "2026-12", "USD 500.00", "USD 1500.00", "USD 1500.00", "USD 125.00");
    assertRow(r, "2027-03", "USD 500.00", "USD 1500.00", "USD 1500.00", "USD 125.00");
    assertRow(r, "2027-06", "USD 500.00", "USD 1500.00", "USD 0.00", "USD 125.00");
    assertRow(r, "2027-07", "USD 500.00", "USD 0.00", "USD 1500.00", "USD 125.00");
    assertRow(r, "2027-09", "USD 500.00", "USD 1500.00", "USD 0.00", "USD 125.00");
    assertRow(r, "2027-10", "USD 500.00", "USD 0.00", "USD 1500.00", "USD 125.00");
    assertRow(r, "2027-11", "USD 500.00", "USD 0.00", "USD 0.00", "USD 125.00");
    assertEquals(month("2027-11"), r.rows().get(r.rows().size() - 1).period());
    assertEquals(Money.parse("USD 375.00"), r.row(month("2027-01"), Money.currency("USD")).get().total().grossMargin());
    assertEquals(1, r.openDeals());
    assertEquals(1, r.provenance().counted());
    assertEquals("revenue-projection", r.provenance().definition().id());
    assertTrue(r.provenance().basedOn().contains(Projections.TEMPLATES.ref()));
  }

  @Test
  void a_deal_rounds_its_price_times_probability_once_half_even() {
    // 100.01 x 0.5 = 50.005 -> 50.00 (half-even: 0 is even); 100.03 x 0.5 = 50.015 -> 50.02. Point in time at
    // the close (no lag), billed up front, net 0: all in October.
    ProjectionResult a = run(BASE, List.of(ProjectionRecord.openDeal(open("L1", "licence", "USD 100.01", "2026-10-20",
        "0.5"))));
    assertRow(a, "2026-10", "USD 50.00", "USD 50.00", "USD 50.00", "USD 0.00");
    ProjectionResult b = run(BASE, List.of(ProjectionRecord.openDeal(open("L2", "licence", "USD 100.03", "2026-10-20",
        "0.5"))));
    assertRow(b, "2026-10", "USD 50.02", "USD 50.02", "USD 50.02", "USD 0.00");
  }

  @Test
  void a_burn_down_deal_billed_monthly_in_arrears_splits_its_expected_amount_by_largest_remainder() {
    // USD 1,000 at 0.25 = 250.00, service 2026-10-15 to 2027-01-15. Burn-down 40% at 2026-11-14, 60% at 2026-12-14:
    // 100.00 in Nov, 150.00 in Dec; cost 70%: 70.00 and 105.00.
    // Billed monthly in arrears: 333.34, 333.33, 333.33 on Nov 14, Dec 14, Jan 14; 250 split 33334:33333:33333 is
    // 83.335, 83.3325, 83.3325: floors 83.33 each, the cent left to the largest remainder (the first): 83.34.
    // Collected 45 days later: Dec 29, Jan 28, Feb 28.
    ProjectionResult r = run(BASE, List.of(ProjectionRecord.openDeal(open("S1", "services", "USD 1000.00",
        "2026-10-15", "0.25"))));
    assertRow(r, "2026-11", "USD 100.00", "USD 83.34", "USD 0.00", "USD 70.00");
    assertRow(r, "2026-12", "USD 150.00", "USD 83.33", "USD 83.34", "USD 105.00");
    assertRow(r, "2027-01", "USD 0.00", "USD 83.33", "USD 83.33", "USD 0.00");
    assertRow(r, "2027-02", "USD 0.00", "USD 0.00", "USD 83.33", "USD 0.00");
  }

  static Contract booked(List<Payment> payments) {
    PerformanceObligation o = PerformanceObligation.builder().id("L1").standaloneSellingPrice(Money.parse("USD 1200.00"))
        .service(ServicePeriod.ofDates(LocalDate.parse("2026-09-01"), LocalDate.parse("2027-09-01"), false,
            ZoneOffset.UTC))
        .pattern(RecognitionPattern.ratable(RatableConvention.MONTHLY_EVEN)).build();
    return Contract.builder().id("C1").customer("Acme").currency(Money.currency("USD"))
        .bookingDate(LocalDate.parse("2026-09-01")).transactionPrice(Money.parse("USD 1200.00")).addObligations(o)
        .billing(BillingPlan.upFront(LocalDate.parse("2026-09-01"))).addAllPayments(payments).build();
  }

  @Test
  void a_booked_contract_projects_exactly_its_schedule_from_the_as_of_period() {
    // USD 1,200 from 2026-09-01 for 12 months: 100.00 a month; September is before the as-of period (October).
    // Invoiced up front on Sep 1, paid 200.00 on Sep 15: 1,000.00 due Oct 1 (net 30), collected in October.
    Payment paid = Payment.builder().id("P1").date(LocalDate.parse("2026-09-15")).amount(Money.parse("USD 200.00"))
        .build();
    Contract c = booked(List.of(paid));
    ProjectionResult r = run(BASE, List.of(ProjectionRecord.booked(c)));
    ContractSchedule s = RevenueSchedule.of(c, RevenueOptions.of(SCOPE));
    List<SchedulePeriod> remaining = s.periods().stream().filter(p -> p.period().compareTo(month("2026-10")) >= 0).toList();
    assertEquals(remaining.size(), r.rows().size());
    for (int i = 0; i < remaining.size(); i++) {
      assertEquals(remaining.get(i).period(), r.rows().get(i).period());
      assertEquals(remaining.get(i).recognized(), r.rows().get(i).booked().revenue());
      assertEquals(remaining.get(i).billed(), r.rows().get(i).booked().billings());
      assertEquals(Money.parse("USD 100.00"), r.rows().get(i).booked().revenue());
    }
    assertEquals(Money.parse("USD 1000.00"), r.rows().get(0).booked().cash());
    assertEquals(Money.parse("USD 0.00"), r.rows().get(1).booked().cash());
    assertEquals(month("2027-08"), r.rows().get(r.rows().size() - 1).period());
    assertEquals(1, r.bookedContracts());
  }

  @Test
  void scenarios_slip_deals_and_keep_only_their_categories() {
    ProjectionRecord d = ProjectionRecord.openDeal(open("L1", "licence", "USD 100.00", "2026-10-20", "0.5"));
    // slipped 30 days: closes 2026-11-19, all in November
    ProjectionResult slipped = run(ProjectionOptions.builder().scope(SCOPE).scenario("slip-30").slipDays(30).build(),
        List.of(d));
    assertRow(slipped, "2026-11", "USD 50.00", "USD 50.00", "USD 50.00", "USD 0.00");
    assertTrue(slipped.row(month("2026-10"), Money.currency("USD")).isEmpty());
    // a proposal is best case: a commit-only run leaves it out, saying why
    ProjectionResult commit = run(ProjectionOptions.builder().scope(SCOPE).scenario("commit")
        .addCategories(ForecastCategory.COMMIT).build(), List.of(d));
    assertEquals(0, commit.openDeals());
    assertEquals(Projection.CATEGORY, commit.provenance().excluded().get(0).reason());
  }

  @Test
  void a_past_due_deal_closes_on_the_as_of_date_and_unusable_deals_are_excluded_with_their_reason() {
    ProjectionResult r = run(BASE, List.of(
        ProjectionRecord.openDeal(open("L1", "licence", "USD 100.00", "2026-09-20", "1")),
        ProjectionRecord.openDeal(open("X1", "unknown", "USD 100.00", "2026-11-20", "1")),
        ProjectionRecord.openDeal(open("Z1", "licence", "USD 0.00", "2026-11-20", "1"))));
    assertEquals(1, r.pastDue());
    assertRow(r, "2026-10", "USD 100.00", "USD 100.00", "USD 100.00", "USD 0.00");
    // the unknown product falls back to the licence template
    assertRow(r, "2026-11", "USD 100.00", "USD 100.00", "USD 100.00", "USD 0.00");
    assertEquals(2, r.openDeals());
    assertEquals(Projection.NOT_POSITIVE, r.provenance().excluded().get(0).reason());
  }

  @Test
  void ranges_carry_each_deal_whole_and_are_reproducible_by_seed() {
    // One deal at 0.3: lost in about 70% of trials, so P10 = P50 = 0 and P90 = its whole schedule (500 + 1,000
    // a month, say); the booked contract's 100.00 a month is in every trial.
    ProjectionOptions o = ProjectionOptions.builder().scope(SCOPE).ranges(RangeSettings.builder().seed(7).trials(2_000)
        .build()).build();
    List<ProjectionRecord> records = List.of(ProjectionRecord.openDeal(open("D1", "platform", "USD 12000.00",
        "2026-11-17", "0.3")), ProjectionRecord.booked(booked(List.of())));
    ProjectionResult r = run(o, records);
    assertEquals(r.rows().size(), r.ranges().size());
    ProjectionRange jan = r.ranges().stream().filter(x -> x.period().equals(month("2027-01"))).findFirst().orElseThrow();
    assertEquals(RangeMethod.SIMULATION, jan.method());
    assertEquals(Money.parse("USD 100.00"), jan.revenueP10());
    assertEquals(Money.parse("USD 100.00"), jan.revenueP50());
    assertEquals(Money.parse("USD 1100.00"), jan.revenueP90());
    assertEquals(r.ranges(), run(o, records).ranges());
  }

  @Test
  void a_scenario_shows_its_difference_from_the_base_per_period() {
    // 100.00 at 0.5 moves from October to November when every deal slips 30 days: -50.00 then +50.00. The rows
    // are the schedules' (to the month the one-month service ends: November, then December), zero there.
    List<ProjectionRecord> d = List.of(ProjectionRecord.openDeal(open("L1", "licence", "USD 100.00", "2026-10-20",
        "0.5")));
    ScenarioComparison c = ScenarioComparison.of(run(BASE, d), run(ProjectionOptions.builder().scope(SCOPE)
        .scenario("slip-30").slipDays(30).build(), d));
    assertEquals("slip-30", c.scenario());
    assertEquals(List.of(month("2026-10"), month("2026-11"), month("2026-12")),
        c.rows().stream().map(ScenarioRow::period).toList());
    assertEquals(Money.parse("USD 0.00"), c.rows().get(2).difference().revenue());
    assertEquals(Money.parse("USD -50.00"), c.rows().get(0).difference().revenue());
    assertEquals(Money.parse("USD -50.00"), c.rows().get(0).difference().cash());
    assertEquals(Money.parse("USD 50.00"), c.rows().get(1).difference().revenue());
    assertEquals(Money.parse("USD 0.00"), c.rows().get(1).base().revenue());
  }

  @Test
  void projected_revenue_and_cash_stand_against_revenue_targets() {
    // October: booked 100.00 (the contract's month) + 50.00 pipeline = 150.00 against 200.00: 50.00 short;
    // cash 1,000.00 + 50.00 = 1,050.00 (the booked invoice falls due Oct 1). December has no row: 0 against 10.
    ProjectionResult r = run(BASE, List.of(ProjectionRecord.booked(booked(List.of(Payment.builder().id("P1")
        .date(LocalDate.parse("2026-09-15")).amount(Money.parse("USD 200.00")).build()))),
        ProjectionRecord.openDeal(open("L1", "licence", "USD 100.00", "2026-10-20", "0.5"))));
    PlanComparison plan = PlanComparison.of(r, List.of(
        dev.revops.forecast.pipeline.Target.builder().period("2026-10").amount(Money.parse("USD 200.00")).build(),
        dev.revops.forecast.pipeline.Target.builder().period("2028-01").amount(Money.parse("USD 10.00")).build()));
    assertEquals(Money.parse("USD 150.00"), plan.rows().get(0).projectedRevenue());
    assertEquals(Money.parse("USD -50.00"), plan.rows().get(0).gap());
    assertEquals(Money.parse("USD 1050.00"), plan.rows().get(0).projectedCash());
    assertEquals(Money.parse("USD -10.00"), plan.rows().get(1).gap());
    assertEquals(month("2028-01"), plan.rows().get(1).period());
  }

  @Test
  void beyond_the_simulation_limit_ranges_are_the_normal_approximation() {
    // Two licence deals of USD 100.00 at 0.5 in October: mean 100.00; variance 2 x 10,000^2 x 0.25 = 50,000,000
    // (cents squared), sd 7,071.07 cents; 1.2815516 x sd = 9,061.94: P10 = 10,000 - 9,061.94 = 938 cents,
    // P90 = 19,062 cents. Cash is the same (net 0).
    ProjectionOptions o = ProjectionOptions.builder().scope(SCOPE).ranges(RangeSettings.builder().exactLimit(1)
        .simulationLimit(1).build()).build();
    ProjectionResult r = run(o, List.of(
        ProjectionRecord.openDeal(open("L1", "licence", "USD 100.00", "2026-10-20", "0.5")),
        ProjectionRecord.openDeal(open("L2", "licence", "USD 100.00", "2026-10-21", "0.5"))));
    ProjectionRange oct = r.ranges().get(0);
    assertEquals(RangeMethod.NORMAL_APPROXIMATION, oct.method());
    assertEquals(List.of(Money.parse("USD 9.38"), Money.parse("USD 100.00"), Money.parse("USD 190.62")),
        List.of(oct.revenueP10(), oct.revenueP50(), oct.revenueP90()));
    assertEquals(oct.revenueP90(), oct.cashP90());
  }
}
