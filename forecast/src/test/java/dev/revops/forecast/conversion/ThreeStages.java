package dev.revops.forecast.conversion;

import dev.revops.core.deal.Deal;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.StageChange;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import dev.revops.core.probability.Probability;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A three-stage pipeline (a 10%, b 50%, c 80%) and short-hand histories for it. */
final class ThreeStages {
  static final PipelineDefinition DEF = PipelineDefinition.builder().id("abc").version(1)
      .effectiveFrom(LocalDate.parse("2025-01-01"))
      .addStages(Stage.open("a", "A", 1, Probability.ofPercent(10), ForecastCategory.PIPELINE, "sales"),
          Stage.open("b", "B", 2, Probability.ofPercent(50), ForecastCategory.BEST_CASE, "sales"),
          Stage.open("c", "C", 3, Probability.ofPercent(80), ForecastCategory.COMMIT, "sales"),
          Stage.won("won", "Won", 9, "sales"), Stage.lost("lost", "Lost", 10, "sales"))
      .build();

  private ThreeStages() {}

  /** A history created at "2025-06-01" moving through the stages a day apart. */
  static DealHistory path(String id, String... stages) {
    return pathFrom(id, "2025-06-01", stages);
  }

  static DealHistory pathFrom(String id, String start, String... stages) {
    Instant t = Instant.parse(start + "T00:00:00Z");
    List<StageChange> changes = new ArrayList<>();
    String previous = null;
    for (String s : stages) {
      changes.add(StageChange.builder().dealId(id).from(Optional.ofNullable(previous).map(DEF::stage)).to(DEF.stage(s))
          .at(t).build());
      previous = s;
      t = t.plusSeconds(86_400);
    }
    return DealHistory.of(changes);
  }

  static Deal deal(DealHistory h, String segment) {
    Stage stage = h.currentStage();
    Deal.Builder b = Deal.builder().id(h.dealId()).stage(stage).segment(segment);
    if (stage.isClosed()) {
      b.closedDate(LocalDate.ofInstant(h.changes().get(h.changes().size() - 1).at(), DEF.timeZone()));
    }
    return b.build();
  }

  /** Ten closed deals: 4 a-b-c-won, 2 a-b-lost, 2 a-lost, 1 a-c-won (a skip), 1 a-b-a-lost (a move back). */
  static List<DealHistory> sample() {
    List<DealHistory> h = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      h.add(path("W" + i, "a", "b", "c", "won"));
    }
    h.add(path("L0", "a", "b", "lost"));
    h.add(path("L1", "a", "b", "lost"));
    h.add(path("L2", "a", "lost"));
    h.add(path("L3", "a", "lost"));
    h.add(path("S0", "a", "c", "won"));
    h.add(path("B0", "a", "b", "a", "lost"));
    return h;
  }
}
