package dev.revops.forecast.projection;

import dev.revops.core.deal.Deal;
import dev.revops.core.deal.ProbabilityOverride;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import dev.revops.core.probability.Probability;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.forecast.revenue.RatableConvention;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Short-hand for the projections of hand-checked tests and properties. */
final class Projections {
  static final PipelineDefinition DEF = TestPipelines.standard();
  static final LocalDate AS_OF = LocalDate.parse("2026-10-01");
  static final Scope SCOPE = Scope.builder().asOf(AS_OF, ZoneOffset.UTC).build();

  /** 12 months ratable (by month, evenly) from 14 days after the close, billed quarterly in advance, net 30, 75% margin. */
  static final RevenueTemplate PLATFORM = RevenueTemplate.builder().product("platform").serviceStartLagDays(14)
      .termMonths(12).recognition(RevenueTemplate.Recognition.RATABLE).convention(RatableConvention.MONTHLY_EVEN)
      .invoicing(RevenueTemplate.Invoicing.QUARTERLY).paymentTermsDays(30).grossMarginRate(new BigDecimal("0.75"))
      .build();
  /** All at the close, billed up front, net 0, no cost. */
  static final RevenueTemplate LICENCE = RevenueTemplate.builder().product("licence").termMonths(1)
      .recognition(RevenueTemplate.Recognition.POINT_IN_TIME).invoicing(RevenueTemplate.Invoicing.UP_FRONT)
      .paymentTermsDays(0).build();
  /** 40% then 60% at the ends of the first two months, billed monthly in arrears, net 45. */
  static final RevenueTemplate SERVICES = RevenueTemplate.builder().product("services").termMonths(3)
      .recognition(RevenueTemplate.Recognition.BURN_DOWN)
      .addBurnDown(new BigDecimal("0.4"), new BigDecimal("0.6"))
      .invoicing(RevenueTemplate.Invoicing.MONTHLY).billingTiming(dev.revops.forecast.revenue.BillingTiming.IN_ARREARS)
      .paymentTermsDays(45).grossMarginRate(new BigDecimal("0.3")).build();
  /** The platform template with a cost to close. */
  static RevenueTemplate platform(CostToClose cost) {
    return RevenueTemplate.builder().product("platform").serviceStartLagDays(14).termMonths(12)
        .recognition(RevenueTemplate.Recognition.RATABLE).convention(RatableConvention.MONTHLY_EVEN)
        .invoicing(RevenueTemplate.Invoicing.QUARTERLY).paymentTermsDays(30).grossMarginRate(new BigDecimal("0.75"))
        .costToClose(cost).build();
  }

  static final RevenueTemplates TEMPLATES = RevenueTemplates.builder().id("templates").version(1)
      .addTemplates(PLATFORM, LICENCE, SERVICES).fallback("licence").build();

  private Projections() {}

  static Deal open(String id, String product, String amount, String close, String probability) {
    return Deal.builder().id(id).owner("ann").product(product).amount(Money.parse(amount)).stage(DEF.stage("proposal"))
        .expectedCloseDate(LocalDate.parse(close))
        .probabilityOverride(ProbabilityOverride.of(Probability.parse(probability), "ann")).build();
  }

  static Projection projection(ProjectionOptions options) {
    return new Projection(options, BuiltInModel.DEAL_EFFECTIVE, TEMPLATES);
  }

  static ProjectionResult run(ProjectionOptions options, List<ProjectionRecord> records) {
    Projection p = projection(options);
    records.forEach(p::add);
    return p.result();
  }

  static Period month(String yearMonth) {
    return SCOPE.periodOf(LocalDate.parse(yearMonth + "-01"));
  }
}
