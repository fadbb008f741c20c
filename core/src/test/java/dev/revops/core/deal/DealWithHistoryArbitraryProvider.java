package dev.revops.core.deal;

import dev.revops.core.history.DealHistory;
import dev.revops.core.history.DealHistoryArbitraryProvider;
import dev.revops.core.history.StageChange;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Generates deals with their stage histories of {@link TestPipelines#standard()}: mostly both (the
 * deal given the history's id), sometimes the deal alone or the history alone, as exports hold them.
 */
public class DealWithHistoryArbitraryProvider implements ArbitraryProvider {

  public static Arbitrary<DealWithHistory> dealsWithHistories() {
    return dealsWithHistories(TestPipelines.standard());
  }

  public static Arbitrary<DealWithHistory> dealsWithHistories(PipelineDefinition definition) {
    Arbitrary<Deal> deals = DealArbitraryProvider.deals(definition);
    Arbitrary<DealHistory> histories = DealHistoryArbitraryProvider.histories(definition);
    Arbitrary<DealWithHistory> both = Combinators.combine(deals, histories)
        .as((d, h) -> DealWithHistory.of(d, withId(h, d.id())));
    return Arbitraries.frequencyOf(weighted(7, both), weighted(1, deals.map(DealWithHistory::ofDeal)),
        weighted(1, histories.map(DealWithHistory::ofHistory)));
  }

  /** The same changes, of another deal id. */
  static DealHistory withId(DealHistory history, String id) {
    List<StageChange> changes = new ArrayList<>();
    for (StageChange c : history.changes()) {
      changes.add(StageChange.builder().dealId(id).from(c.from()).to(c.to()).at(c.at()).actor(c.actor())
          .reason(c.reason()).build());
    }
    return DealHistory.of(changes);
  }

  private static Tuple2<Integer, Arbitrary<? extends DealWithHistory>> weighted(int weight,
      Arbitrary<DealWithHistory> arbitrary) {
    return Tuple.of(weight, arbitrary);
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(DealWithHistory.class);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return Set.of(dealsWithHistories());
  }
}
