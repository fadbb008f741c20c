package dev.revops.forecast.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.deal.Deal;
import dev.revops.core.money.Money;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.forecast.revenue.RatableConvention;
import java.math.BigDecimal;
import java.time.LocalDate;
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
}
