package dev.revops.forecast.projection;

import static dev.revops.forecast.projection.Projections.AS_OF;
import static dev.revops.forecast.projection.Projections.SCOPE;
import static dev.revops.forecast.projection.Projections.month;
import static dev.revops.forecast.projection.Projections.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.deal.Deal;
import dev.revops.core.deal.ProbabilityOverride;
import dev.revops.core.money.CurrencyMismatchException;
import dev.revops.core.money.ExchangeRate;
import dev.revops.core.money.ExchangeRateTable;
import dev.revops.core.money.Money;
import dev.revops.core.probability.Probability;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.forecast.revenue.BillingPlan;
import dev.revops.forecast.revenue.Contract;
import dev.revops.forecast.revenue.PerformanceObligation;
import dev.revops.forecast.revenue.RatableConvention;
import dev.revops.forecast.revenue.RecognitionPattern;
import dev.revops.forecast.revenue.ServicePeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hand-checked: cash by a DSO, the cost to close, and the reporting currency. */
class ProjectionCashCostCurrencyTest {

  /** All at the service start (no lag), one invoice up front; the cash rule is set per test. */
  static RevenueTemplate.Builder resale() {
    return RevenueTemplate.builder().product("resale").termMonths(1)
        .recognition(RevenueTemplate.Recognition.POINT_IN_TIME).invoicing(RevenueTemplate.Invoicing.UP_FRONT);
  }

  static ProjectionResult run(Scope scope, RevenueTemplate t, List<ProjectionRecord> records) {
    Projection p = new Projection(ProjectionOptions.of(scope), BuiltInModel.DEAL_EFFECTIVE,
        RevenueTemplates.builder().id("t").version(1).addTemplates(t).fallback(t.product()).build());
    records.forEach(p::add);
    return p.result();
  }

  static ProjectionFigures pipeline(ProjectionResult r, String month) {
    return r.row(month(month), Money.currency("USD")).orElseThrow(() -> new AssertionError(month)).pipeline();
  }

  @Test
  void a_dso_of_45_days_collects_each_invoice_45_days_after_it() {
    // USD 12,000.00 at 0.5 closing 2026-10-20: 6,000.00 recognized and invoiced on Oct 20; DSO 45 days:
    // Oct 20 + 45 days = Dec 4, so the 6,000.00 is cash in December, none in October or November.
    RevenueTemplate t = resale().dsoDays(45).build();
    assertEquals(RevenueTemplate.CashRule.DSO_LAG, t.cashRule());
    assertEquals(45, t.collectionDays());
    ProjectionResult r = run(SCOPE, t, List.of(ProjectionRecord.openDeal(open("D1", "resale", "USD 12000.00",
        "2026-10-20", "0.5"))));
    assertEquals(List.of(Money.parse("USD 6000.00"), Money.parse("USD 6000.00"), Money.parse("USD 0.00")),
        List.of(pipeline(r, "2026-10").revenue(), pipeline(r, "2026-10").billings(), pipeline(r, "2026-10").cash()));
    assertEquals(Money.parse("USD 0.00"), pipeline(r, "2026-11").cash());
    assertEquals(Money.parse("USD 6000.00"), pipeline(r, "2026-12").cash());
    // net 44 would have collected on Dec 3, net 42 on Dec 1, net 41 on Nov 30
    assertEquals(Money.parse("USD 6000.00"), pipeline(run(SCOPE, resale().paymentTermsDays(41).build(),
        List.of(ProjectionRecord.openDeal(open("D1", "resale", "USD 12000.00", "2026-10-20", "0.5")))), "2026-11")
        .cash());
  }

  @Test
  void a_template_naming_payment_terms_and_a_dso_is_refused_naming_both() {
    dev.revops.core.InvalidValueException e = assertThrows(dev.revops.core.InvalidValueException.class,
        () -> resale().paymentTermsDays(30).dsoDays(45).build());
    assertTrue(e.getMessage().contains("dsoDays") && e.getMessage().contains("45")
        && e.getMessage().contains("paymentTermsDays 30"), e.getMessage());
  }

  @Test
  void a_cost_to_close_falls_in_the_close_month_weighted_and_the_margin_carries_it() {
    // The platform template (12 months ratable from 14 days after the close, 75% margin) plus 10% of the amount at
    // the close. USD 12,000.00 at 0.5 closing 2026-11-17: cost to close 12,000 x 0.10 x 0.5 = 600.00 in November,
    // where no revenue is yet: cost 600.00, margin -600.00. December: revenue 500.00, cost 125.00 (25%), margin
    // 375.00, no cost to close. Over the term: 12 x 125.00 + 600.00 = 2,100.00 of cost.
    RevenueTemplate t = Projections.platform(CostToClose.rate(new BigDecimal("0.10")));
    ProjectionResult r = run(SCOPE, t, List.of(ProjectionRecord.openDeal(open("D1", "platform", "USD 12000.00",
        "2026-11-17", "0.5"))));
    ProjectionFigures nov = pipeline(r, "2026-11");
    assertEquals(List.of(Money.parse("USD 0.00"), Money.parse("USD 600.00"), Optional.of(Money.parse("USD 600.00")),
        Money.parse("USD -600.00")), List.of(nov.revenue(), nov.cost(), nov.costToClose(), nov.grossMargin()));
    ProjectionFigures dec = pipeline(r, "2026-12");
    assertEquals(List.of(Money.parse("USD 500.00"), Money.parse("USD 125.00"), Optional.of(Money.parse("USD 0.00")),
        Money.parse("USD 375.00")), List.of(dec.revenue(), dec.cost(), dec.costToClose(), dec.grossMargin()));
    Money cost = r.rows().stream().map(x -> x.total().cost()).reduce(Money.zero("USD"), Money::plus);
    assertEquals(Money.parse("USD 2100.00"), cost);
    // a fixed USD 500.00 a deal, at 0.5: 250.00 in November
    RevenueTemplate fixed = Projections.platform(CostToClose.amount(Money.parse("USD 500.00")));
    assertEquals(Optional.of(Money.parse("USD 250.00")), pipeline(run(SCOPE, fixed, List.of(ProjectionRecord.openDeal(
        open("D1", "platform", "USD 12000.00", "2026-11-17", "0.5")))), "2026-11").costToClose());
    // without a cost to close in any template, the figure is not shown at all
    assertEquals(Optional.empty(), pipeline(run(SCOPE, Projections.PLATFORM, List.of(ProjectionRecord.openDeal(
        open("D1", "platform", "USD 12000.00", "2026-11-17", "0.5")))), "2026-11").costToClose());
  }

  @Test
  void a_cost_to_close_is_refused_when_invalid_and_a_fixed_one_in_another_currency_needs_rates() {
    assertThrows(dev.revops.core.InvalidValueException.class, () -> CostToClose.rate(new BigDecimal("1.5")));
    assertThrows(dev.revops.core.InvalidValueException.class, () -> CostToClose.amount(Money.parse("USD -1.00")));
    RevenueTemplate eur = resale().costToClose(CostToClose.amount(Money.parse("EUR 500.00"))).build();
    CurrencyMismatchException e = assertThrows(CurrencyMismatchException.class, () -> run(SCOPE, eur, List.of(
        ProjectionRecord.openDeal(open("D1", "resale", "USD 100.00", "2026-10-20", "0.5")))));
    assertTrue(e.getMessage().contains("EUR") && e.getMessage().contains("USD"), e.getMessage());
  }

  static final ExchangeRateTable RATES = ExchangeRateTable.of(
      ExchangeRate.of("EUR", "USD", LocalDate.parse("2026-09-01"), "1.0500"),
      ExchangeRate.of("EUR", "USD", LocalDate.parse("2026-10-01"), "1.1000"),
      ExchangeRate.of("EUR", "USD", LocalDate.parse("2026-12-01"), "1.2000"));
  static final Scope USD = Scope.builder().asOf(AS_OF, ZoneOffset.UTC).reportingCurrency(Money.currency("USD"))
      .exchangeRates(RATES).build();

  static Deal eur(String id, String amount, String close) {
    return Deal.builder().id(id).owner("ann").product("resale").amount(Money.parse(amount))
        .stage(Projections.DEF.stage("proposal")).expectedCloseDate(LocalDate.parse(close))
        .probabilityOverride(ProbabilityOverride.of(Probability.parse("0.5"), "ann")).build();
  }

  @Test
  void eur_and_usd_deals_are_reported_in_usd_at_the_rate_of_their_close_date_rounded_once() {
    // Net 0, all on the close date. EUR 10,000.00 at 0.5 closing Oct 20 (1.1000): 10,000 x 1.1 x 0.5 = 5,500.00;
    // USD 1,000.00 at 0.5: 500.00; October 6,000.00. EUR 100.01 at 0.5 closing Dec 5 (1.2000 from Dec 1):
    // 100.01 x 1.2 x 0.5 = 60.006 -> 60.01 (rounded once, half-even).
    // EUR 100.01 at 0.5 closing Oct 21 (1.1000): 55.0055 -> 55.01, where weighting first (50.005 -> 50.00) and
    // converting after would give 55.00.
    RevenueTemplate t = resale().paymentTermsDays(0).build();
    ProjectionResult r = run(USD, t, List.of(ProjectionRecord.openDeal(eur("E1", "EUR 10000.00", "2026-10-20")),
        ProjectionRecord.openDeal(open("U1", "resale", "USD 1000.00", "2026-10-25", "0.5")),
        ProjectionRecord.openDeal(eur("E2", "EUR 100.01", "2026-12-05"))));
    assertEquals(Money.parse("USD 6000.00"), pipeline(r, "2026-10").revenue());
    assertEquals(Money.parse("USD 6000.00"), pipeline(r, "2026-10").cash());
    assertEquals(Money.parse("USD 60.01"), pipeline(r, "2026-12").revenue());
    assertTrue(r.rows().stream().allMatch(x -> x.total().revenue().getCurrencyCode().equals("USD")));
    ProjectionResult once = run(USD, t, List.of(ProjectionRecord.openDeal(eur("E3", "EUR 100.01", "2026-10-21"))));
    assertEquals(Money.parse("USD 55.01"), pipeline(once, "2026-10").revenue());
  }

  @Test
  void a_booked_eur_contract_is_converted_at_its_booking_date_rate() {
    // EUR 1,200.00 from 2026-09-01 for 12 months, 100.00 a month, invoiced up front Sep 1 and unpaid: due Oct 1
    // (net 30). Booked Sep 1 at 1.0500: each month from October USD 105.00, October's cash 1,200 x 1.05 = 1,260.00.
    PerformanceObligation o = PerformanceObligation.builder().id("L1").standaloneSellingPrice(Money.parse("EUR 1200.00"))
        .service(ServicePeriod.ofDates(LocalDate.parse("2026-09-01"), LocalDate.parse("2027-09-01"), false,
            ZoneOffset.UTC)).pattern(RecognitionPattern.ratable(RatableConvention.MONTHLY_EVEN)).build();
    Contract c = Contract.builder().id("C1").customer("Acme").currency(Money.currency("EUR"))
        .bookingDate(LocalDate.parse("2026-09-01")).transactionPrice(Money.parse("EUR 1200.00")).addObligations(o)
        .billing(BillingPlan.upFront(LocalDate.parse("2026-09-01"))).build();
    ProjectionResult r = run(USD, resale().build(), List.of(ProjectionRecord.booked(c)));
    assertEquals(11, r.rows().size());
    r.rows().forEach(x -> assertEquals(Money.parse("USD 105.00"), x.booked().revenue(), x.period().label()));
    assertEquals(Money.parse("USD 1260.00"), r.rows().get(0).booked().cash());
    assertEquals(Money.parse("USD 0.00"), r.rows().get(0).booked().billings());
  }

  @Test
  void without_a_rate_table_mixing_currencies_is_an_error_naming_them_and_a_missing_dated_rate_excludes() {
    Scope noRates = Scope.builder().asOf(AS_OF, ZoneOffset.UTC).reportingCurrency(Money.currency("USD")).build();
    CurrencyMismatchException e = assertThrows(CurrencyMismatchException.class, () -> run(noRates, resale().build(),
        List.of(ProjectionRecord.openDeal(eur("E1", "EUR 10.00", "2026-10-20")))));
    assertTrue(e.getMessage().contains("'EUR'") && e.getMessage().contains("USD"), e.getMessage());
    // a table whose first EUR rate is in 2027: the October deal has none on its close date, and says so
    Scope late = Scope.builder().asOf(AS_OF, ZoneOffset.UTC).reportingCurrency(Money.currency("USD"))
        .exchangeRates(ExchangeRateTable.of(ExchangeRate.of("EUR", "USD", LocalDate.parse("2027-01-01"), "1.1")))
        .build();
    ProjectionResult r = run(late, resale().build(), List.of(ProjectionRecord.openDeal(eur("E1", "EUR 10.00",
        "2026-10-20")), ProjectionRecord.openDeal(open("U1", "resale", "USD 10.00", "2026-10-20", "0.5"))));
    assertEquals(1, r.openDeals());
    assertEquals(Projection.NO_RATE, r.provenance().excluded().get(0).reason());
  }
}
