package dev.revops.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import dev.revops.core.pipeline.TestPipelines;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DealHistoryTest {
  final PipelineDefinition def = TestPipelines.standard();

  StageChange change(String from, String to, String at) {
    return StageChange.builder().dealId("D1").from(Optional.ofNullable(from).map(def::stage)).to(def.stage(to))
        .at(Instant.parse(at)).actor("alice").build();
  }

  DealHistory sample() {
    return DealHistory.of(List.of(
        change(null, "prospecting", "2026-01-01T00:00:00Z"),
        change("prospecting", "qualification", "2026-01-11T00:00:00Z"),
        change("qualification", "prospecting", "2026-01-12T12:00:00Z"),
        change("prospecting", "proposal", "2026-01-20T00:00:00Z"),
        change("proposal", "closed-won", "2026-02-01T00:00:00Z")));
  }

  @Test
  void tells_the_stage_as_of_any_instant() {
    DealHistory h = sample();
    assertEquals(Optional.empty(), h.stageAt(Instant.parse("2025-12-31T23:59:59Z")));
    assertEquals("prospecting", h.stageAt(Instant.parse("2026-01-01T00:00:00Z")).orElseThrow().id());
    assertEquals("qualification", h.stageAt(Instant.parse("2026-01-12T11:59:59Z")).orElseThrow().id());
    assertEquals("prospecting", h.stageAt(Instant.parse("2026-01-15T00:00:00Z")).orElseThrow().id());
    assertEquals("closed-won", h.stageAt(Instant.parse("2030-01-01T00:00:00Z")).orElseThrow().id());
    assertEquals("closed-won", h.currentStage().id());
    assertEquals(Optional.of(Instant.parse("2026-01-01T00:00:00Z")), h.createdAt());
  }

  @Test
  void lists_visits_with_durations_and_marks_the_one_open_at_the_as_of_instant() {
    List<StageVisit> visits = sample().visits(Instant.parse("2026-01-15T00:00:00Z"));
    assertEquals(List.of("prospecting", "qualification", "prospecting"),
        visits.stream().map(v -> v.stage().id()).toList());
    assertEquals(Duration.ofDays(10), visits.get(0).duration());
    assertEquals(Duration.ofHours(36), visits.get(1).duration());
    assertEquals("prospecting", visits.get(1).exitedTo().orElseThrow().id());
    StageVisit current = visits.get(2);
    assertTrue(current.isCurrent());
    assertEquals(Duration.ofHours(60), current.duration()); // 12th 12:00 to 15th 00:00
    List<StageVisit> all = sample().visits(Instant.parse("2026-03-01T00:00:00Z"));
    assertEquals(5, all.size());
    assertTrue(all.get(4).isCurrent());
    assertEquals(Duration.ofDays(28), all.get(4).duration());
  }

  @Test
  void rejects_a_history_that_goes_back_in_time() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> DealHistory.of(List.of(
        change(null, "prospecting", "2026-01-10T00:00:00Z"),
        change("prospecting", "qualification", "2026-01-09T00:00:00Z"))));
    assertTrue(e.getMessage().contains("must not go back in time (previous change at 2026-01-10T00:00:00Z)"),
        e.getMessage());
  }

  @Test
  void rejects_a_change_that_does_not_leave_the_stage_the_previous_one_entered() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> DealHistory.of(List.of(
        change(null, "prospecting", "2026-01-01T00:00:00Z"),
        change("discovery", "proposal", "2026-01-02T00:00:00Z"))));
    assertTrue(e.getMessage().contains("must leave the stage the previous change entered (previous change entered prospecting)"), e.getMessage());
  }

  @Test
  void rejects_changes_of_another_deal_and_a_second_creation() {
    StageChange other = StageChange.builder().dealId("D2").from(def.stage("prospecting")).to(def.stage("discovery"))
        .at(Instant.parse("2026-01-03T00:00:00Z")).build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> DealHistory.of(List.of(
        change(null, "prospecting", "2026-01-01T00:00:00Z"), other,
        change(null, "qualification", "2026-01-04T00:00:00Z"))));
    assertTrue(e.violations().size() >= 2, e.getMessage());
  }

  @Test
  void a_change_never_stays_in_the_same_stage() {
    assertThrows(InvalidValueException.class, () -> change("proposal", "proposal", "2026-01-01T00:00:00Z"));
  }

  @Test
  void appending_continues_the_history() {
    DealHistory h = DealHistory.of(List.of(change(null, "prospecting", "2026-01-01T00:00:00Z")))
        .plus(change("prospecting", "closed-lost", "2026-01-05T00:00:00Z"));
    assertEquals(2, h.changes().size());
    Stage lost = h.currentStage();
    assertTrue(lost.isLost());
    assertThrows(InvalidValueException.class, () -> h.plus(change("proposal", "closed-won", "2026-01-06T00:00:00Z")));
  }
}
