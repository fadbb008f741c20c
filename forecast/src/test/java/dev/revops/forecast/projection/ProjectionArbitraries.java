package dev.revops.forecast.projection;

import dev.revops.core.deal.Deal;
import dev.revops.core.deal.ProbabilityOverride;
import dev.revops.core.money.Money;
import dev.revops.core.probability.Probability;
import dev.revops.forecast.revenue.BillingTiming;
import dev.revops.forecast.revenue.RatableConvention;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/** Generators of templates and open deals for the projection's properties. */
final class ProjectionArbitraries {
  private ProjectionArbitraries() {}

  /** Any valid template of product "p". */
  static Arbitrary<RevenueTemplate> templates() {
    Arbitrary<Integer> terms = Arbitraries.integers().between(1, 24);
    return terms.flatMap(term -> Builders.withBuilder(() -> RevenueTemplate.builder().product("p").termMonths(term))
        .use(Arbitraries.integers().between(0, 60)).in((b, lag) -> b.serviceStartLagDays(lag))
        .use(recognitions(term)).in((b, r) -> r.apply(b))
        .use(Arbitraries.of(RevenueTemplate.Invoicing.class)).in((b, i) -> b.invoicing(i))
        .use(Arbitraries.of(BillingTiming.class)).in((b, t) -> b.billingTiming(t))
        .use(collections()).in((b, c) -> c.apply(b))
        .use(costsToClose()).withProbability(0.4).in((b, c) -> b.costToClose(c))
        .use(Arbitraries.integers().between(0, 100)).withProbability(0.7).in((b, m) -> b.grossMarginRate(
            BigDecimal.valueOf(m, 2)))
        .build(RevenueTemplate.Builder::build));
  }

  /** A rate of 0 to 20% in basis points, or a fixed USD 0.00 to 5,000.00. */
  static Arbitrary<CostToClose> costsToClose() {
    return Arbitraries.oneOf(Arbitraries.integers().between(0, 2_000).map(bp -> CostToClose.rate(
        BigDecimal.valueOf(bp, 4))), Arbitraries.longs().between(0, 500_000).map(m -> CostToClose.amount(
        Money.ofMinor("USD", m))));
  }

  /** Payment terms of 0 to 90 days, a DSO of 0 to 120 days, or neither (net 30). */
  private static Arbitrary<Recognition> collections() {
    return Arbitraries.oneOf(Arbitraries.integers().between(0, 90).map(d -> b -> b.paymentTermsDays(d)),
        Arbitraries.integers().between(0, 120).map(d -> b -> b.dsoDays(d)), Arbitraries.just(b -> b));
  }

  private interface Recognition {
    RevenueTemplate.Builder apply(RevenueTemplate.Builder b);
  }

  private static Arbitrary<Recognition> recognitions(int term) {
    Arbitrary<Recognition> ratable = Arbitraries.of(RatableConvention.class).map(c -> b -> b.recognition(
        RevenueTemplate.Recognition.RATABLE).convention(c));
    Arbitrary<Recognition> point = Arbitraries.just(b -> b.recognition(RevenueTemplate.Recognition.POINT_IN_TIME));
    // burn-down in tenths: cut points among 1..9 give up to min(term, 4) positive shares summing to 1
    Arbitrary<Recognition> burn = Arbitraries.integers().between(1, 9).set().ofMaxSize(Math.min(term, 4) - 1)
        .map(cuts -> {
          List<BigDecimal> shares = new ArrayList<>();
          int last = 0;
          for (int c : new TreeSet<>(cuts)) {
            shares.add(BigDecimal.valueOf(c - last, 1));
            last = c;
          }
          shares.add(BigDecimal.valueOf(10 - last, 1));
          return b -> b.recognition(RevenueTemplate.Recognition.BURN_DOWN).addAllBurnDown(shares);
        });
    return Arbitraries.oneOf(ratable, point, burn);
  }

  /** An open deal of product "p", USD 100.00 to 1,000,000.00, closing within 400 days of the as-of date. */
  static Arbitrary<Deal> openDeals(Arbitrary<Probability> probabilities) {
    return Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6),
        Arbitraries.longs().between(10_000, 100_000_000), Arbitraries.integers().between(0, 400), probabilities)
        .as((id, minor, days, p) -> Deal.builder().id(id).owner("ann").product("p")
            .amount(Money.ofMinor("USD", minor)).stage(Projections.DEF.stage("proposal"))
            .expectedCloseDate(Projections.AS_OF.plusDays(days))
            .probabilityOverride(ProbabilityOverride.of(p, "ann")).build());
  }

  static Arbitrary<Probability> probabilities() {
    return Arbitraries.integers().between(0, 1000).map(k -> Probability.of(BigDecimal.valueOf(k, 3)));
  }

  /** The templates of a generated template. */
  static RevenueTemplates of(RevenueTemplate t) {
    return RevenueTemplates.builder().id("generated").version(1).addTemplates(t).build();
  }

  static LocalDate close(Deal d) {
    return d.expectedCloseDate().get();
  }
}
