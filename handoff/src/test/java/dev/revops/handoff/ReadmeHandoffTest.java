package dev.revops.handoff;

import dev.revops.core.scope.Scope;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.deal.Deal;
import dev.revops.core.deal.StageMove;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.handoff.compliance.Compliance;
import dev.revops.handoff.compliance.ComplianceOptions;
import dev.revops.handoff.compliance.ComplianceResult;
import dev.revops.handoff.protocol.HandoffGate;
import dev.revops.handoff.protocol.HandoffMap;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The handoff example of the README, as written there. */
class ReadmeHandoffTest {
  @Test
  void the_readme_handoff_example_runs_as_written() throws Exception {
    String json = RevopsJson.mapper().writeValueAsString(TestHandoffs.map());
    PipelineDefinition definition = TestHandoffs.PIPELINE;
    Deal deal = TestHandoffs.deal("D1", "negotiation", "USD 50000.00", "2026-12-15");
    Map<String, String> payload = TestHandoffs.csPayload();
    Instant now = Instant.parse("2026-11-24T10:00:00Z");
    Instant asOf = Instant.parse("2026-11-30T12:00:00Z");
    List<Handoff> handoffs = List.of(TestHandoffs.handoff("H1", "sales-to-cs", "D1", "2026-11-24T10:00:00Z")
        .putAllPayload(payload).build());
    Map<String, Deal> dealsById = Map.of("D1", deal);

    HandoffMap map = RevopsJson.mapper().readValue(json, HandoffMap.class);   // or HandoffMap.builder()...
    // a deal cannot enter closed-won while a handoff it triggers lacks a field: every missing field is listed
    StageMove move = HandoffGate.moveTo(definition, map, deal, "closed-won", payload, now, "alice");

    Compliance compliance = new Compliance(map, ComplianceOptions.of(Scope.builder().asOf(asOf).build()));
    handoffs.forEach(h -> compliance.add(h.dealId().filter(dealsById::containsKey)       // an accumulator
        .map(d -> HandoffWithDeal.of(h, dealsById.get(d))).orElse(HandoffWithDeal.of(h))));
    ComplianceResult r = compliance.result();
    r.ranking().get(0);   // the protocol to fix first: failures x cost per failure
    r.overdue();          // the handoffs waiting longest past their deadline

    assertEquals("closed-won", move.deal().stage().id());
    // sent Tuesday 24 November 10:00 with 40 business hours: by Monday 30 November 12:00 it has waited
    // 7 (Tuesday) + 8 + 8 + 8 (Wednesday to Friday) + 3 (Monday) = 34 business hours, within the SLA
    assertEquals(1, r.total().waiting());
    assertEquals(0, r.total().failures());
    assertEquals(HandoffReports.COMPLIANCE, r.provenance().definition());
    assertEquals(List.of(map.ref()), r.provenance().basedOn());
    assertEquals(1, r.provenance().counted());
    assertEquals(3, r.ranking().size());
  }
}
