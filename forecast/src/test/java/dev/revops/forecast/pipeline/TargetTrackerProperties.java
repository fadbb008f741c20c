package dev.revops.forecast.pipeline;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealArbitraryProvider;
import dev.revops.core.money.Money;
import dev.revops.forecast.conversion.BuiltInModel;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/** The accumulator contract for {@link TargetTracker}, with targets split three ways. */
class TargetTrackerProperties implements AccumulatorContract<Deal, List<TargetAttainment>, TargetTracker> {
  static final List<Target> TARGETS = List.of(
      Target.builder().period("2026-Q4").amount(Money.parse("USD 1000.00")).build(),
      Target.builder().period("2027-Q1").putGroup("owner", "a").amount(Money.parse("EUR 10.00")).build(),
      Target.builder().period("2025-Q2").putGroup("owner", "b").putGroup("segment", "c")
          .amount(Money.parse("JPY 500")).build());

  @Override
  public TargetTracker empty() {
    return new TargetTracker(TARGETS, PipelineTestScopes.options(), BuiltInModel.DEAL_EFFECTIVE);
  }

  @Provide
  Arbitrary<List<Deal>> records() {
    return DealArbitraryProvider.deals().list().ofMaxSize(40);
  }
}
