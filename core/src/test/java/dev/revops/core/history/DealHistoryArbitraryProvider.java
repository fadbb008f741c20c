package dev.revops.core.history;

import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import dev.revops.core.pipeline.TestPipelines;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Generates valid histories of {@link TestPipelines#standard()}: a random walk over the stages
 * (skips, moves back and reopenings included), with non-decreasing instants (ties included).
 */
public class DealHistoryArbitraryProvider implements ArbitraryProvider {
  static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

  public static Arbitrary<DealHistory> histories() {
    return histories(TestPipelines.standard());
  }

  public static Arbitrary<DealHistory> histories(PipelineDefinition definition) {
    List<Stage> stages = definition.stages();
    Arbitrary<Integer> stageIndex = Arbitraries.integers().between(0, stages.size() - 1);
    Arbitrary<Long> gapSeconds = Arbitraries.longs().between(0, 30L * 86_400).edgeCases(c -> c.add(0L));
    Arbitrary<List<Integer>> walk = stageIndex.list().ofMinSize(1).ofMaxSize(12);
    Arbitrary<List<Long>> gaps = gapSeconds.list().ofSize(12);
    return Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8), walk, gaps,
            Arbitraries.of(true, false))
        .as((id, w, g, createdFirst) -> {
          List<StageChange> changes = new ArrayList<>();
          Instant at = START;
          Stage previous = null;
          for (int i = 0; i < w.size(); i++) {
            Stage to = stages.get(w.get(i));
            if (previous != null && previous.id().equals(to.id())) {
              continue;
            }
            at = at.plusSeconds(g.get(i));
            Optional<Stage> from = previous == null && createdFirst ? Optional.empty()
                : Optional.ofNullable(previous).or(() -> Optional.of(stages.get((w.get(0) + 1) % stages.size())));
            if (from.isPresent() && from.get().id().equals(to.id())) {
              from = Optional.empty();
            }
            changes.add(StageChange.builder().dealId(id).from(from).to(to).at(at).actor("rep").build());
            previous = to;
          }
          return DealHistory.of(changes);
        });
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(DealHistory.class);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return Set.of(histories());
  }
}
