package dev.revops.forecast.pipeline;

import dev.revops.core.deal.Deal;
import dev.revops.core.deal.ProbabilityOverride;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import dev.revops.core.probability.Probability;
import java.time.LocalDate;

/** Short-hand for the deals of hand-checked tests, in {@link TestPipelines#standard()}. */
final class Deals {
  static final PipelineDefinition DEF = TestPipelines.standard();

  private Deals() {}

  static Deal open(String id, String owner, String amount, String stage, String expected) {
    return base(id, owner, amount, stage).expectedCloseDate(LocalDate.parse(expected)).build();
  }

  static Deal open(String id, String owner, String amount, String stage, String expected, String override) {
    return base(id, owner, amount, stage).expectedCloseDate(LocalDate.parse(expected))
        .probabilityOverride(ProbabilityOverride.of(Probability.parse(override), owner)).build();
  }

  static Deal openInCategory(String id, String owner, String amount, String stage, String expected,
      ForecastCategory category) {
    return base(id, owner, amount, stage).expectedCloseDate(LocalDate.parse(expected))
        .forecastCategoryOverride(category).build();
  }

  static Deal closed(String id, String owner, String amount, String stage, String closed) {
    return base(id, owner, amount, stage).closedDate(LocalDate.parse(closed)).build();
  }

  private static Deal.Builder base(String id, String owner, String amount, String stage) {
    Deal.Builder b = Deal.builder().id(id).owner(owner).stage(DEF.stage(stage));
    if (amount != null) {
      b.amount(Money.parse(amount));
    }
    return b;
  }
}
