package dev.revops.forecast.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.ProbabilityOverride;
import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.money.ExchangeRate;
import dev.revops.core.money.ExchangeRateTable;
import dev.revops.core.money.Money;
import dev.revops.core.money.Rounding;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.forecast.pipeline.RangeSettings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The projection per group, in the reporting currency, with costs to close: the groups sum exactly
 * to the ungrouped rows, and the accumulator contract holds.
 */
class ProjectionGroupProperties implements AccumulatorContract<ProjectionRecord, ProjectionResult, Projection> {
  static final Scope USD = Scope.builder().asOf(Projections.AS_OF, ZoneOffset.UTC)
      .reportingCurrency(Money.currency("USD")).exchangeRates(ExchangeRateTable.of(
          ExchangeRate.of("EUR", "USD", LocalDate.parse("2025-01-01"), "1.0837"),
          ExchangeRate.of("EUR", "USD", LocalDate.parse("2026-12-01"), "1.1213"))).build();
  static final ProjectionOptions OPTIONS = ProjectionOptions.builder().scope(USD)
      .addGroupBy(OpenDimension.parse("owner"), OpenDimension.parse("attribute:region"))
      .ranges(RangeSettings.builder().seed(5).trials(100).exactLimit(4).simulationLimit(8).build()).build();
  static final RevenueTemplates TEMPLATES = RevenueTemplates.builder().id("templates").version(1)
      .addTemplates(Projections.platform(CostToClose.rate(new BigDecimal("0.0833"))), Projections.LICENCE,
          Projections.SERVICES).fallback("licence").build();

  @Override
  public Projection empty() {
    return new Projection(OPTIONS, BuiltInModel.DEAL_EFFECTIVE, TEMPLATES);
  }

  /** Open deals of several owners, regions and currencies, and booked contracts. */
  @Provide
  Arbitrary<List<ProjectionRecord>> records() {
    Arbitrary<ProjectionRecord> deals = Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1)
        .ofMaxLength(4), Arbitraries.of("platform", "licence", "services", "other"),
        Arbitraries.longs().between(1, 5_000_000), Arbitraries.integers().between(-40, 300),
        ProjectionArbitraries.probabilities(), Arbitraries.of("ann", "bo", "cy"), Arbitraries.of("emea", "amer", ""),
        Arbitraries.of("USD", "EUR"))
        .as((id, product, minor, days, p, owner, region, currency) -> {
          Deal.Builder b = Deal.builder().id(id).owner(owner).product(product).amount(Money.ofMinor(currency, minor))
              .stage(Projections.DEF.stage("proposal")).expectedCloseDate(Projections.AS_OF.plusDays(days))
              .probabilityOverride(ProbabilityOverride.of(p, owner));
          if (!region.isEmpty()) {
            b.putAttributes("region", region);
          }
          return ProjectionRecord.openDeal(b.build());
        });
    Arbitrary<ProjectionRecord> booked = Arbitraries.of(
        ProjectionRecord.booked(ProjectionTest.booked(List.of())),
        ProjectionRecord.booked(ProjectionTest.booked(List.of()), Projections.PLATFORM));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, deals), net.jqwik.api.Tuple.of(1, booked)).list()
        .ofMaxSize(14);
  }

  @Property(tries = 200)
  void the_groups_sum_exactly_to_the_ungrouped_figures(@ForAll("records") List<ProjectionRecord> records) {
    Projection p = empty();
    records.forEach(p::add);
    ProjectionResult r = p.result();
    Map<String, ProjectionFigures> summed = new HashMap<>();
    for (ProjectionGroup g : r.groups()) {
      for (ProjectionRow row : g.rows()) {
        summed.merge(row.period().label(), row.total(), ProjectionFigures::plus);
      }
    }
    assertEquals(r.rows().size(), summed.size());
    for (ProjectionRow row : r.rows()) {
      assertEquals(row.total(), summed.get(row.period().label()), row.period().label());
    }
  }
  @Property(tries = 200)
  void an_eur_deal_projects_its_amount_times_rate_times_probability_in_usd_rounded_once(
      @ForAll("eurDeals") Deal d) {
    Projection p = new Projection(ProjectionOptions.of(USD), BuiltInModel.DEAL_EFFECTIVE, TEMPLATES);
    p.add(ProjectionRecord.openDeal(d));
    ProjectionResult r = p.result();
    LocalDate close = d.expectedCloseDate().get().isBefore(Projections.AS_OF) ? Projections.AS_OF
        : d.expectedCloseDate().get();
    BigDecimal rate = USD.exchangeRates().rate(Money.currency("EUR"), Money.currency("USD"), close).get();
    BigDecimal prob = d.probabilityOverride().get().probability().toBigDecimal();
    Money expected = Money.of(Money.currency("USD"), d.amount().get().getAmount().multiply(rate).multiply(prob),
        Rounding.MONEY);
    Money revenue = Money.zero("USD");
    Money cash = Money.zero("USD");
    for (ProjectionRow row : r.rows()) {
      revenue = revenue.plus(row.pipeline().revenue());
      cash = cash.plus(row.pipeline().cash());
    }
    assertEquals(expected, revenue);
    assertEquals(expected, cash);
  }

  @Provide
  Arbitrary<Deal> eurDeals() {
    return ProjectionArbitraries.openDeals(ProjectionArbitraries.probabilities()).map(d -> Deal.builder().id(d.id())
        .owner("ann").product("licence").amount(Money.ofMinor("EUR", d.amount().get().getAmountMinor()))
        .stage(Projections.DEF.stage("proposal")).expectedCloseDate(d.expectedCloseDate().get())
        .probabilityOverride(d.probabilityOverride().get()).build());
  }
}
