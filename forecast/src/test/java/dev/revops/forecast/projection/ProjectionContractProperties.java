package dev.revops.forecast.projection;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.ProbabilityOverride;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.forecast.pipeline.RangeSettings;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;

/** The projection keeps the accumulator contract: any split merges into one pass, ranges included. */
class ProjectionContractProperties implements AccumulatorContract<ProjectionRecord, ProjectionResult, Projection> {
  static final ProjectionOptions OPTIONS = ProjectionOptions.builder().scope(Projections.SCOPE)
      .ranges(RangeSettings.builder().seed(11).trials(200).exactLimit(5).simulationLimit(10).build()).build();

  @Override
  public Projection empty() {
    return new Projection(OPTIONS, BuiltInModel.DEAL_EFFECTIVE, Projections.TEMPLATES);
  }

  /** Open deals of every product (and none), some past due, some closed or without an amount. */
  static Arbitrary<Deal> deals() {
    return Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(4),
        Arbitraries.of("platform", "licence", "services", "other"), Arbitraries.longs().between(-100, 5_000_000),
        Arbitraries.integers().between(-40, 300), ProjectionArbitraries.probabilities(),
        Arbitraries.of("proposal", "negotiation", "closed-won"))
        .as((id, product, minor, days, p, stage) -> {
          Deal.Builder b = Deal.builder().id(id).owner("ann").product(product).stage(Projections.DEF.stage(stage));
          if (!stage.equals("closed-won")) {
            b.probabilityOverride(ProbabilityOverride.of(p, "ann"));
          }
          LocalDate date = Projections.AS_OF.plusDays(days);
          if (minor >= 0) {
            b.amount(Money.ofMinor("USD", minor));
          }
          return stage.equals("closed-won") ? b.closedDate(date).build() : b.expectedCloseDate(date).build();
        });
  }

  @Provide
  Arbitrary<List<ProjectionRecord>> records() {
    Arbitrary<ProjectionRecord> booked = Arbitraries.of(
        ProjectionRecord.booked(ProjectionTest.booked(List.of())),
        ProjectionRecord.booked(ProjectionTest.booked(List.of()), Projections.PLATFORM));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, deals().map(ProjectionRecord::openDeal)),
        net.jqwik.api.Tuple.of(1, booked)).list().ofMaxSize(14);
  }

  static Period month(String m) {
    return Projections.month(m);
  }
}
