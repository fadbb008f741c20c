package dev.revops.handoff.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.handoff.Handoff;
import dev.revops.handoff.OutcomeKind;
import dev.revops.handoff.TestHandoffs;
import dev.revops.handoff.protocol.HandoffMap;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandoffEvaluationTest {
  final HandoffMap map = TestHandoffs.map();
  final Map<String, Deal> deals = HandmadeSet.deals();

  HandoffEvaluation evaluate(String id) {
    Handoff h = HandmadeSet.handoffs().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    return HandoffEvaluation.of(h, map.protocol(h.protocolId()), h.dealId().map(deals::get),
        HandmadeSet.AS_OF);
  }

  @Test
  void a_rejection_without_a_reason_is_a_failure_when_the_protocol_asks_for_one() {
    HandoffEvaluation e = evaluate("H3");
    assertEquals(HandoffStatus.REJECTED, e.status());
    assertEquals(Optional.of(false), e.rejectionDocumented());
    // 24 calendar hours from Thursday 10:00, answered Saturday 10:00: a day late
    assertEquals(Instant.parse("2026-11-06T10:00:00Z"), e.deadline());
    assertEquals(Optional.of(Duration.ofHours(48)), e.responseTime());
    assertEquals(Optional.of(false), e.slaMet());
    assertEquals(Optional.of(Duration.ofHours(24)), e.breachedBy());
    assertTrue(e.payloadComplete());
    assertTrue(e.failed());
  }

  @Test
  void a_documented_rejection_in_time_is_not_a_failure() {
    HandoffEvaluation e = evaluate("H2");
    assertEquals(Optional.of(true), e.rejectionDocumented());
    assertEquals(Optional.of("not ICP"), e.rejectionReason());
    assertEquals(Optional.of(true), e.slaMet());
    assertEquals(Optional.empty(), e.breachedBy());
    assertFalse(e.failed());
  }

  @Test
  void a_friday_evening_handoff_answered_monday_took_four_business_hours() {
    HandoffEvaluation e = evaluate("H5");
    assertEquals(HandoffStatus.ACCEPTED, e.status());
    assertEquals(Instant.parse("2026-11-24T17:00:00Z"), e.deadline());
    assertEquals(Optional.of(Duration.ofHours(4)), e.responseTime());
    assertFalse(e.failed());
  }

  @Test
  void an_unanswered_handoff_past_its_deadline_is_overdue_by_the_business_hours_since() {
    HandoffEvaluation e = evaluate("H6");
    assertEquals(HandoffStatus.OVERDUE, e.status());
    // due Tuesday 17:00; Wednesday, Thursday, Friday 8 hours each and Monday 09:00-12:00
    assertEquals(Optional.of(Duration.ofHours(27)), e.breachedBy());
    assertEquals(List.of("expectedCloseDate is required"), e.payloadProblems().stream().map(Object::toString)
        .toList());
    assertTrue(e.failed());
  }

  @Test
  void a_handoff_still_within_its_sla_is_waiting_and_its_sla_is_not_judged_yet() {
    HandoffEvaluation e = evaluate("H4");
    assertEquals(HandoffStatus.WAITING, e.status());
    assertEquals(Optional.empty(), e.slaMet());
    assertEquals(List.of("leadSource is required"), e.payloadProblems().stream().map(Object::toString).toList());
    assertTrue(e.failed(), "an incomplete payload is a failure whatever the receiver does");
  }

  @Test
  void an_expired_handoff_missed_its_sla_by_the_business_time_to_its_closing() {
    HandoffEvaluation e = evaluate("H8");
    assertEquals(HandoffStatus.EXPIRED, e.status());
    assertEquals(Optional.of(Duration.ofHours(3)), e.breachedBy());
    assertEquals(Optional.empty(), e.answeredAt());
    assertFalse(e.payloadComplete());
  }

  @Test
  void an_outcome_after_the_as_of_instant_is_not_known_yet() {
    Handoff h = TestHandoffs.handoff("H", "sales-to-cs", "D2", "2026-11-09T09:00:00Z")
        .putAllPayload(TestHandoffs.csPayload())
        .outcome(TestHandoffs.outcome(OutcomeKind.ACCEPTED, "2026-11-11T11:00:00Z", null)).build();
    HandoffEvaluation e = HandoffEvaluation.of(h, map.protocol("sales-to-cs"), Optional.empty(),
        Instant.parse("2026-11-10T09:00:00Z"));
    assertEquals(HandoffStatus.WAITING, e.status());
  }

  @Test
  void deal_fields_of_a_deal_not_given_say_so_and_a_foreign_protocol_is_refused() {
    Handoff h = TestHandoffs.handoff("H", "ae-to-deal-desk", "D99", "2026-11-23T09:00:00Z").build();
    HandoffEvaluation e = HandoffEvaluation.of(h, map.protocol("ae-to-deal-desk"), Optional.empty(),
        HandmadeSet.AS_OF);
    assertEquals("amount cannot be checked: deal D99 is not among the deals given",
        e.payloadProblems().get(0).toString());
    assertEquals(2, e.payloadProblems().size(), "the optional discount request is not a problem");
    InvalidValueException wrong = assertThrows(InvalidValueException.class,
        () -> HandoffEvaluation.of(h, map.protocol("sales-to-cs"), Optional.empty(), HandmadeSet.AS_OF));
    assertTrue(wrong.getMessage().contains("protocol 'sales-to-cs' must be the handoff's protocol ae-to-deal-desk"),
        wrong.getMessage());
  }
}
