package dev.revops.forecast.velocity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.columnar.HistoryBatch;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.StageChange;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import dev.revops.core.scope.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stage velocity of a small batch of histories, worked out by hand, instants to the nanosecond. */
class HistoryBatchExamplesTest {
  static final PipelineDefinition DEF = TestPipelines.standard();

  /** A history through the given stages, at the given instants. */
  static DealHistory history(String id, Object... stagesAndInstants) {
    List<StageChange> changes = new ArrayList<>();
    for (int i = 0; i < stagesAndInstants.length; i += 2) {
      StageChange.Builder c = StageChange.builder().dealId(id).to(DEF.stage((String) stagesAndInstants[i]))
          .at(Instant.parse((String) stagesAndInstants[i + 1]));
      if (i > 0) {
        c.from(DEF.stage((String) stagesAndInstants[i - 2]));
      }
      changes.add(c.build());
    }
    return DealHistory.of(changes);
  }

  static final List<DealHistory> HISTORIES = List.of(
      // prospecting 1 day (86,400 s; the half second of the exit is not counted), forward to qualification;
      // qualification from 05-02T00:00:00.5 to 05-04T00:00: 172,800 s, to lost
      history("X", "prospecting", "2025-05-01T00:00:00Z", "qualification", "2025-05-02T00:00:00.5Z",
          "closed-lost", "2025-05-04T00:00:00Z"),
      // prospecting entered a day before the as-of instant; left one nanosecond after it: still open, 86,400 s
      history("Y", "prospecting", "2025-05-31T00:00:00Z", "discovery", "2025-06-01T00:00:00.000000001Z"),
      // created after the as-of instant: excluded
      history("Z", "prospecting", "2025-06-02T00:00:00Z"));

  @Test
  void visits_are_timed_and_ended_as_worked_out_by_hand() {
    VelocityOptions options = VelocityOptions.builder().scope(Scope.asOf(LocalDate.parse("2025-06-01"))).build();
    StageVelocityResult r = new StageVelocity(options).addAll(HistoryBatch.of(HISTORIES)).result();
    assertEquals(2, r.counted());
    assertEquals(List.of("no stage change before the as-of date"), r.excluded().stream().map(Exclusion::reason).toList());
    StageVelocityRow prospecting = r.stages().get(0);
    assertEquals("prospecting", prospecting.stageId());
    assertEquals(2, prospecting.entered());
    assertEquals(1, prospecting.exitedForward());
    assertEquals(1, prospecting.stillOpen());
    assertEquals(86_400, prospecting.completed().orElseThrow().totalSeconds());
    StageVelocityRow qualification = r.stages().get(1);
    assertEquals(1, qualification.exitedToLost());
    assertEquals(0, new BigDecimal("172800").compareTo(qualification.completed().orElseThrow().medianSeconds()));
    assertEquals(2, r.stages().size());
    StageVelocity one = new StageVelocity(options);
    HISTORIES.forEach(h -> one.add(DealWithHistory.ofHistory(h)));
    assertEquals(one.result(), r);
  }
}
