package dev.revops.handoff.protocol;

import static dev.revops.handoff.TestHandoffs.PIPELINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.deal.Deal;
import dev.revops.core.deal.StageGateException;
import dev.revops.core.deal.StageMove;
import dev.revops.core.pipeline.GateDecision;
import dev.revops.core.pipeline.GateViolation;
import dev.revops.handoff.TestHandoffs;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandoffGateTest {
  final HandoffMap map = TestHandoffs.map();
  final Instant now = Instant.parse("2026-11-24T10:00:00Z");

  @Test
  void a_deal_cannot_enter_a_stage_whose_handoff_payload_is_incomplete_and_every_missing_field_is_listed() {
    Deal deal = TestHandoffs.deal("D1", "negotiation", "USD 50000.00", "2026-12-15");
    Map<String, String> payload = new HashMap<>(TestHandoffs.csPayload());
    payload.remove("stakeholderMap");
    payload.put("technicalRequirements", "SSO");
    GateDecision d = HandoffGate.checkMove(PIPELINE, map, deal, "closed-won", payload);
    assertFalse(d.allowed());
    List<String> messages = d.violations().stream().map(GateViolation::message).toList();
    assertEquals(List.of(
        "handoff sales-to-cs to customer-success: technicalRequirements must have at least 10 characters",
        "handoff sales-to-cs to customer-success: stakeholderMap is required"), messages);
    assertTrue(d.violations().stream().allMatch(v -> v.kind() == GateViolation.Kind.HANDOFF_PAYLOAD));
    StageGateException e = assertThrows(StageGateException.class,
        () -> HandoffGate.moveTo(PIPELINE, map, deal, "closed-won", payload, now, "ann"));
    assertTrue(e.getMessage().contains("stakeholderMap is required"), e.getMessage());
  }

  @Test
  void the_refusal_lists_the_definition_s_own_criteria_beside_the_handoff_s_fields() {
    Deal noAmount = TestHandoffs.deal("D2", "negotiation", null, null);
    GateDecision d = HandoffGate.checkMove(PIPELINE, map, noAmount, "closed-won", Map.of());
    // the closed-won entry criterion (amount > 0) and the four payload fields of sales-to-cs
    assertEquals(5, d.violations().size(), d.toString());
    assertEquals(GateViolation.Kind.ENTRY_CRITERION, d.violations().get(0).kind());
    // deal fields are read from the deal: negotiation's handoff needs the amount and the close date
    Deal proposal = TestHandoffs.deal("D3", "proposal", "USD 10.00", null);
    GateDecision toNegotiation = HandoffGate.checkMove(PIPELINE, map, proposal, "negotiation", Map.of());
    assertTrue(toNegotiation.violations().stream().anyMatch(v -> v.message().equals(
        "handoff ae-to-deal-desk to deal-desk: deal field expectedCloseDate is required")), toNegotiation.toString());
  }

  @Test
  void a_complete_payload_lets_the_deal_move() {
    Deal deal = TestHandoffs.deal("D1", "negotiation", "USD 50000.00", "2026-12-15");
    StageMove move = HandoffGate.moveTo(PIPELINE, map, deal, "closed-won", TestHandoffs.csPayload(), now, "ann");
    assertEquals("closed-won", move.deal().stage().id());
    assertTrue(HandoffGate.checkMove(PIPELINE, map, deal, "discovery", Map.of()).allowed(),
        "no handoff is triggered by entering discovery");
  }
}
