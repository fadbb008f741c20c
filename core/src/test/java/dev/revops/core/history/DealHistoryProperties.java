package dev.revops.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class DealHistoryProperties {

  @Property
  void the_stage_as_of_an_instant_is_the_stage_of_the_visit_covering_it(@ForAll DealHistory history,
      @ForAll @LongRange(min = -86_400, max = 400L * 86_400) long offsetSeconds) {
    Instant probe = DealHistoryArbitraryProvider.START.plusSeconds(offsetSeconds);
    Instant asOf = history.changes().get(history.changes().size() - 1).at().plusSeconds(86_400);
    List<StageVisit> visits = history.visits(asOf);
    Optional<String> fromVisits = Optional.empty();
    for (StageVisit v : visits) {
      boolean started = !v.enteredAt().isAfter(probe);
      boolean notEnded = v.exitedAt().map(x -> x.isAfter(probe)).orElse(true);
      if (started && notEnded) {
        fromVisits = Optional.of(v.stage().id());
      }
    }
    assertEquals(fromVisits, history.stageAt(probe).map(s -> s.id()));
  }

  @Property
  void visits_tile_the_time_from_the_first_change_to_the_as_of_instant(@ForAll DealHistory history,
      @ForAll @LongRange(min = 0, max = 400L * 86_400) long offsetSeconds) {
    Instant first = history.changes().get(0).at();
    Instant asOf = first.plusSeconds(offsetSeconds);
    List<StageVisit> visits = history.visits(asOf);
    Duration total = visits.stream().map(StageVisit::duration).reduce(Duration.ZERO, Duration::plus);
    assertEquals(Duration.between(first, asOf), total);
    assertTrue(visits.get(visits.size() - 1).isCurrent());
    assertEquals(1, visits.stream().filter(StageVisit::isCurrent).count());
  }
}
