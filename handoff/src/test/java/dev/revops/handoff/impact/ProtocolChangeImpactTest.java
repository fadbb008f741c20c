package dev.revops.handoff.impact;

import java.time.Instant;
import dev.revops.handoff.HandoffReports;
import dev.revops.core.scope.Scope;
import static dev.revops.handoff.TestHandoffs.PIPELINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.money.Money;
import dev.revops.handoff.TestHandoffs;
import dev.revops.handoff.protocol.FieldSource;
import dev.revops.handoff.protocol.FieldType;
import dev.revops.handoff.protocol.HandoffProtocol;
import dev.revops.handoff.protocol.PayloadField;
import dev.revops.handoff.protocol.Sla;
import dev.revops.handoff.protocol.Trigger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProtocolChangeImpactTest {
  static final HandoffProtocol V1 = TestHandoffs.salesToCs();

  /** Version 2: 24 business hours instead of 40, three stakeholders, a renewal owner and the cost to close. */
  static HandoffProtocol v2() {
    return HandoffProtocol.builder().id("sales-to-cs").version(2).effectiveFrom(LocalDate.parse("2027-01-01"))
        .sender("sales").receiver("customer-success").trigger(Trigger.stageEntered("closed-won"))
        .addPayload(PayloadField.builder().name("successCriteria").source(FieldSource.PAYLOAD).type(FieldType.LIST)
            .minLength(1).build())
        .addPayload(PayloadField.builder().name("technicalRequirements").source(FieldSource.PAYLOAD)
            .type(FieldType.TEXT).minLength(10).build())
        .addPayload(PayloadField.builder().name("stakeholderMap").source(FieldSource.PAYLOAD).type(FieldType.LIST)
            .minLength(3).build())
        .addPayload(PayloadField.builder().name("implementationTimeline").source(FieldSource.PAYLOAD)
            .type(FieldType.DATE).build())
        .addPayload(PayloadField.builder().name("renewalOwner").source(FieldSource.PAYLOAD).type(FieldType.TEXT)
            .build())
        .addPayload(PayloadField.builder().name("costToClose").source(FieldSource.DEAL).type(FieldType.MONEY).build())
        .sla(Sla.business(Duration.ofHours(24), TestHandoffs.NINE_TO_FIVE)).rejectionNeedsReason(true)
        .failureMode("Onboarding starts blind; the first 90 days slip").addAffected("customer-success", "customer")
        .costPerFailure(Money.parse("USD 2500.00")).owner("customer-success").build();
  }

  @Test
  void lists_what_the_new_version_changes_aspect_by_aspect() {
    List<String> differences = ProtocolChangeImpact.differences(V1, v2()).stream().map(Object::toString).toList();
    assertEquals(List.of(
        "sla: 40 business hours -> 24 business hours",
        "payload.stakeholderMap: stakeholderMap (payload LIST, required, at least 2) -> stakeholderMap (payload LIST, "
            + "required, at least 3)",
        "payload.renewalOwner: (none) -> renewalOwner (payload TEXT, required)",
        "payload.costToClose: (none) -> costToClose (deal MONEY, required)"), differences);
    assertEquals(List.of(), ProtocolChangeImpact.differences(V1, V1));
  }

  static final Scope SCOPE = TestHandoffs.scope(Instant.parse("2026-11-30T00:00:00Z"));

  @Test
  void says_which_open_deals_the_new_version_would_newly_block_and_what_they_weigh() {
    ProtocolChangeImpact impact = new ProtocolChangeImpact(V1, v2(), PIPELINE, 10, SCOPE);
    Deal a = TestHandoffs.deal("A", "negotiation", "USD 80000.00", "2026-12-15");
    impact.add(DealWithPayload.of(a, TestHandoffs.csPayload()));                         // complete in v1, three gaps in v2
    impact.add(DealWithPayload.of(TestHandoffs.deal("B", "proposal", "USD 10000.00", null)));   // no payload: blocked in both
    Map<String, String> full = new HashMap<>(TestHandoffs.csPayload());
    full.put("stakeholderMap", "Dana; Lee; Sam");
    full.put("renewalOwner", "Kim");
    Deal c = Deal.builder().id("C").stage(PIPELINE.stage("discovery")).amount(Money.parse("USD 5000.00"))
        .costToClose(Money.parse("USD 100.00")).build();
    impact.add(DealWithPayload.of(c, full));                                              // complete in both
    impact.add(DealWithPayload.of(TestHandoffs.deal("D", "closed-won", "USD 1.00", null)));
    ProtocolImpactResult r = impact.result();
    assertEquals(3, r.counted());
    assertEquals(HandoffReports.PROTOCOL_CHANGE_IMPACT, r.provenance().definition());
    assertEquals(List.of(PIPELINE.ref(), V1.ref(), v2().ref()), r.provenance().basedOn());
    assertEquals(List.of(Exclusion.builder().reason("closed").count(1).addExamples("D").build()), r.excluded());
    assertEquals(Map.of(GateChange.NEWLY_BLOCKED, 1L, GateChange.NEWLY_CLEARED, 0L, GateChange.PROBLEMS_CHANGED, 1L,
        GateChange.UNCHANGED, 1L), r.changes());
    // 80,000 at negotiation's 80%
    assertEquals(List.of(Money.parse("USD 64000.00")), r.newlyBlockedWeighted());
    DealGateImpact first = r.deals().get(0);
    assertEquals("A", first.dealId());
    assertEquals(List.of(), first.problemsBefore());
    assertEquals(List.of("stakeholderMap must list at least 3 items (separated by ;)", "renewalOwner is required",
        "costToClose is required"), first.problemsAfter());
    assertEquals(GateChange.PROBLEMS_CHANGED, r.deals().get(1).change());
  }

  @Test
  void deals_past_the_trigger_stage_are_left_out() {
    HandoffProtocol deskV1 = TestHandoffs.aeToDealDesk();
    ProtocolChangeImpact impact = new ProtocolChangeImpact(deskV1, deskV1, PIPELINE, 10, SCOPE);
    impact.add(DealWithPayload.of(TestHandoffs.deal("N", "negotiation", "USD 1.00", "2026-12-01")));
    impact.add(DealWithPayload.of(TestHandoffs.deal("R", "proposal", "USD 1.00", "2026-12-01")));
    ProtocolImpactResult r = impact.result();
    assertEquals(1, r.counted());
    assertEquals("past the trigger stage", r.excluded().get(0).reason());
  }

  @Test
  void refuses_two_different_protocols_and_a_trigger_stage_the_pipeline_lacks() {
    InvalidValueException other = assertThrows(InvalidValueException.class,
        () -> new ProtocolChangeImpact(V1, TestHandoffs.mqlToSal(), PIPELINE, 10, SCOPE));
    assertTrue(other.getMessage().contains("must be a version of the same protocol"), other.getMessage());
    HandoffProtocol elsewhere = HandoffProtocol.builder().id("sales-to-cs").version(3)
        .effectiveFrom(LocalDate.EPOCH).sender("sales").receiver("cs").trigger(Trigger.stageEntered("live"))
        .sla(Sla.calendar(Duration.ofHours(1))).rejectionNeedsReason(false).failureMode("x")
        .costPerFailure(Money.parse("USD 0.00")).owner("x").build();
    InvalidValueException stage = assertThrows(InvalidValueException.class,
        () -> new ProtocolChangeImpact(V1, elsewhere, PIPELINE, 10, SCOPE));
    assertTrue(stage.getMessage().contains("trigger 'live' must be a stage of pipeline b2b@1"), stage.getMessage());
  }
}
