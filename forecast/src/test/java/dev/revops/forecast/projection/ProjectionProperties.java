package dev.revops.forecast.projection;

import static dev.revops.forecast.projection.Projections.SCOPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.money.Money;
import dev.revops.core.money.Rounding;
import dev.revops.core.period.Period;
import dev.revops.core.probability.Probability;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.forecast.pipeline.RangeSettings;
import dev.revops.forecast.revenue.BillingLine;
import dev.revops.forecast.revenue.Contract;
import dev.revops.forecast.revenue.ContractSchedule;
import dev.revops.forecast.revenue.RevenueOptions;
import dev.revops.forecast.revenue.RevenueSchedule;
import dev.revops.forecast.revenue.SchedulePeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The projection's invariants: the two engines agree, totals round once, cash follows billing, ranges order. */
class ProjectionProperties {

  @Provide
  Arbitrary<RevenueTemplate> templates() {
    return ProjectionArbitraries.templates();
  }

  @Provide
  Arbitrary<Deal> sureDeals() {
    return ProjectionArbitraries.openDeals(Arbitraries.just(Probability.ONE));
  }

  @Provide
  Arbitrary<Deal> deals() {
    return ProjectionArbitraries.openDeals(ProjectionArbitraries.probabilities());
  }

  private static ProjectionResult project(RevenueTemplate t, Deal d) {
    Projection p = new Projection(ProjectionOptions.of(SCOPE), BuiltInModel.DEAL_EFFECTIVE, ProjectionArbitraries.of(t));
    p.add(ProjectionRecord.openDeal(d));
    ProjectionResult r = p.result();
    Assume.that(r.openDeals() == 1); // a template whose contract cannot be scheduled is excluded, not projected
    return r;
  }

  @Property(tries = 300)
  void a_deal_won_for_sure_projects_exactly_the_schedule_its_won_contract_gets(@ForAll("templates") RevenueTemplate t,
      @ForAll("sureDeals") Deal d) {
    LocalDate close = d.expectedCloseDate().get();
    Deal won = Deal.builder().id(d.id()).owner("ann").product("p").amount(d.amount().get())
        .stage(Projections.DEF.stage("closed-won")).closedDate(close).build();
    ContractSchedule s;
    try {
      s = RevenueSchedule.of(Contract.fromWonDeal(won, t.obligations(close, won.amount().get(), ZoneOffset.UTC),
          t.billing(close)), RevenueOptions.of(SCOPE));
    } catch (InvalidValueException e) {
      Assume.that(false);
      return;
    }
    ProjectionResult r = project(t, d);
    Map<Period, Money> cash = new HashMap<>();
    for (BillingLine l : s.billing()) {
      cash.merge(SCOPE.periodOf(l.date().plusDays(t.collectionDays())), l.amount(), Money::plus);
    }
    Money zero = Money.zero("USD");
    for (ProjectionRow row : r.rows()) {
      SchedulePeriod sp = s.row(row.period()).orElse(null);
      assertEquals(sp == null ? zero : sp.recognized(), row.pipeline().revenue(), row.period().label());
      assertEquals(sp == null ? zero : sp.billed(), row.pipeline().billings(), row.period().label());
      assertEquals(cash.getOrDefault(row.period(), zero), row.pipeline().cash(), row.period().label());
    }
    for (SchedulePeriod sp : s.periods()) {
      assertTrue(r.row(sp.period(), Money.currency("USD")).isPresent(), sp.period().label());
    }
  }

  @Property(tries = 300)
  void each_deal_projects_its_amount_times_probability_rounded_once_half_even(@ForAll("templates") RevenueTemplate t,
      @ForAll("deals") Deal d) {
    ProjectionResult r = project(t, d);
    BigDecimal p = d.probabilityOverride().get().probability().toBigDecimal();
    Money expected = Money.of(Money.currency("USD"), d.amount().get().getAmount().multiply(p), Rounding.MONEY);
    Money revenue = Money.zero("USD");
    Money billings = Money.zero("USD");
    Money cash = Money.zero("USD");
    Money cost = Money.zero("USD");
    for (ProjectionRow row : r.rows()) {
      revenue = revenue.plus(row.pipeline().revenue());
      billings = billings.plus(row.pipeline().billings());
      cash = cash.plus(row.pipeline().cash());
      cost = cost.plus(row.pipeline().cost());
    }
    assertEquals(expected, revenue);
    assertEquals(expected, billings);
    assertEquals(expected, cash);
    Money costOfRevenue = t.grossMarginRate().map(g -> Money.of(Money.currency("USD"), expected.getAmount()
        .multiply(BigDecimal.ONE.subtract(g)), Rounding.MONEY)).orElse(Money.zero("USD"));
    // the cost to close: rate x amount x probability, or the fixed amount x probability, rounded once
    Money costToClose = t.costToClose().map(c -> Money.of(Money.currency("USD"), c.rate()
        .map(x -> d.amount().get().getAmount().multiply(x)).orElseGet(() -> c.amount().get().getAmount())
        .multiply(p), Rounding.MONEY)).orElse(Money.zero("USD"));
    assertEquals(costOfRevenue.plus(costToClose), cost);
    Money shown = Money.zero("USD");
    for (ProjectionRow row : r.rows()) {
      shown = shown.plus(row.pipeline().costToClose().orElse(Money.zero("USD")));
      assertEquals(t.costToClose().isPresent(), row.pipeline().costToClose().isPresent());
    }
    assertEquals(costToClose, shown);
  }

  @Property(tries = 300)
  void cash_never_comes_sooner_than_the_payment_terms_or_dso_after_billing(@ForAll("templates") RevenueTemplate t,
      @ForAll("deals") Deal d) {
    ProjectionResult r = project(t, d);
    // cash collected by a period's last day was billed at least the terms before that day
    for (ProjectionRow row : r.rows()) {
      LocalDate lastDay = row.period().end().minusDays(1);
      LocalDate billedBy = lastDay.minusDays(t.collectionDays());
      Money cashTo = Money.zero("USD");
      Money billedTo = Money.zero("USD");
      for (ProjectionRow x : r.rows()) {
        if (x.period().compareTo(row.period()) <= 0) {
          cashTo = cashTo.plus(x.pipeline().cash());
        }
        if (!x.period().start().isAfter(billedBy)) {
          billedTo = billedTo.plus(x.pipeline().billings());
        }
      }
      assertTrue(!cashTo.isGreaterThan(billedTo), row.period().label() + ": cash " + cashTo + " billed " + billedTo);
    }
  }

  @Property(tries = 60)
  void ranges_are_ordered_p10_p50_p90_in_every_period(@ForAll("rangeDeals") List<Deal> deals) {
    Projection p = new Projection(ProjectionOptions.builder().scope(SCOPE).ranges(RangeSettings.builder().seed(3)
        .trials(300).exactLimit(4).simulationLimit(8).build()).build(), BuiltInModel.DEAL_EFFECTIVE, Projections.TEMPLATES);
    deals.forEach(d -> p.add(ProjectionRecord.openDeal(d)));
    ProjectionResult r = p.result();
    assertEquals(r.rows().size(), r.ranges().size());
    for (ProjectionRange x : r.ranges()) {
      assertTrue(!x.revenueP10().isGreaterThan(x.revenueP50()) && !x.revenueP50().isGreaterThan(x.revenueP90()));
      assertTrue(!x.cashP10().isGreaterThan(x.cashP50()) && !x.cashP50().isGreaterThan(x.cashP90()));
    }
  }

  @Provide
  Arbitrary<List<Deal>> rangeDeals() {
    return ProjectionContractProperties.deals().list().ofMaxSize(12);
  }
}
