package dev.revops.forecast.velocity;

import dev.revops.core.history.DealHistory;
import dev.revops.core.history.StageChange;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Short-hand histories: "stage@day" steps from a start date, in {@link TestPipelines#standard()}. */
final class Histories {
  static final PipelineDefinition DEF = TestPipelines.standard();

  private Histories() {}

  static DealHistory of(String id, String start, String... steps) {
    Instant t0 = Instant.parse(start + "T00:00:00Z");
    List<StageChange> changes = new ArrayList<>();
    String previous = null;
    for (String step : steps) {
      String[] p = step.split("@");
      changes.add(StageChange.builder().dealId(id).from(Optional.ofNullable(previous).map(DEF::stage))
          .to(DEF.stage(p[0])).at(t0.plusSeconds((long) (Double.parseDouble(p[1]) * 86_400))).actor("rep").build());
      previous = p[0];
    }
    return DealHistory.of(changes);
  }
}
