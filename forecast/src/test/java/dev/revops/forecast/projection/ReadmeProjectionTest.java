package dev.revops.forecast.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.deal.Deal;
import dev.revops.core.deal.ProbabilityOverride;
import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.money.ExchangeRate;
import dev.revops.core.money.ExchangeRateTable;
import dev.revops.core.money.Money;
import dev.revops.core.probability.Probability;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.forecast.revenue.RatableConvention;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The projection example of the README, as written there. */
class ReadmeProjectionTest {
  @Test
  void the_readme_projection_example_runs_as_written() {
    Deal deal = Projections.open("D1", "platform", "USD 12000.00", "2026-11-17", "0.5");

    RevenueTemplate platform = RevenueTemplate.builder().product("platform").serviceStartLagDays(14).termMonths(12)
        .recognition(RevenueTemplate.Recognition.RATABLE).convention(RatableConvention.MONTHLY_EVEN)
        .invoicing(RevenueTemplate.Invoicing.QUARTERLY).paymentTermsDays(30).grossMarginRate(new BigDecimal("0.75"))
        .build();
    RevenueTemplates templates = RevenueTemplates.builder().id("templates").version(1).addTemplates(platform).build();
    Scope scope = Scope.asOf(LocalDate.parse("2026-10-01"));   // months in UTC, projected from October
    Projection projection = new Projection(ProjectionOptions.of(scope), BuiltInModel.DEAL_EFFECTIVE, templates);
    projection.add(ProjectionRecord.openDeal(deal));   // platform, USD 12,000.00, closing 2026-11-17, at 50%
    ProjectionResult result = projection.result();
    ProjectionFigures january = result.row(scope.periodOf(LocalDate.parse("2027-01-01")), Money.currency("USD"))
        .get().pipeline();

    assertEquals(Money.parse("USD 500.00"), january.revenue());
    assertEquals(Money.parse("USD 125.00"), january.cost());
    assertEquals(Money.parse("USD 1500.00"), result.row(scope.periodOf(LocalDate.parse("2027-07-01")),
        Money.currency("USD")).get().pipeline().cash());
  }
  @Test
  void the_readme_dso_cost_to_close_currency_and_group_example_runs_as_written() {
    Deal eurDeal = Deal.builder().id("E1").owner("ann").product("resale").amount(Money.parse("EUR 10000.00"))
        .stage(Projections.DEF.stage("proposal")).expectedCloseDate(LocalDate.parse("2026-10-20"))
        .probabilityOverride(ProbabilityOverride.of(Probability.parse("0.5"), "ann")).build();

    RevenueTemplate resale = RevenueTemplate.builder().product("resale").termMonths(1)
        .recognition(RevenueTemplate.Recognition.POINT_IN_TIME).invoicing(RevenueTemplate.Invoicing.UP_FRONT)
        .dsoDays(45).costToClose(CostToClose.rate(new BigDecimal("0.10"))).build();
    Scope usd = Scope.builder().asOf(LocalDate.parse("2026-10-01"), ZoneOffset.UTC).reportingCurrency(Money.currency("USD"))
        .exchangeRates(ExchangeRateTable.of(ExchangeRate.of("EUR", "USD", LocalDate.parse("2026-10-01"), "1.1000"))).build();
    ProjectionOptions byOwner = ProjectionOptions.builder().scope(usd).addGroupBy(OpenDimension.parse("owner")).build();
    Projection p = new Projection(byOwner, BuiltInModel.DEAL_EFFECTIVE,
        RevenueTemplates.builder().id("resale").version(1).addTemplates(resale).build());
    p.add(ProjectionRecord.openDeal(eurDeal));   // resale, EUR 10,000.00, owner ann, closing 2026-10-20, at 50%
    ProjectionResult r = p.result();
    ProjectionFigures october = r.row(usd.periodOf(LocalDate.parse("2026-10-01")), Money.currency("USD")).get().total();

    assertEquals(Money.parse("USD 5500.00"), october.revenue());
    assertEquals(Optional.of(Money.parse("USD 550.00")), october.costToClose());
    assertEquals(Money.parse("USD 4950.00"), october.grossMargin());
    assertEquals(Money.parse("USD 5500.00"), r.row(usd.periodOf(LocalDate.parse("2026-12-01")), Money.currency("USD"))
        .get().total().cash());
    assertEquals(Map.of("owner", "ann"), r.groups().get(0).group());
  }
}
