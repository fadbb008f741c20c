package dev.revops.handoff.compliance;

import dev.revops.handoff.HandoffReports;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.revops.core.metric.Exclusion;
import dev.revops.handoff.Handoff;
import dev.revops.handoff.TestHandoffs;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutcomeLinkTest {
  static final Instant AS_OF = Instant.parse("2026-11-30T12:00:00Z");

  static HandoffEvaluation toCs(String id, String deal, String sentAt, boolean complete) {
    Map<String, String> payload = new HashMap<>(TestHandoffs.csPayload());
    if (!complete) {
      payload.remove("successCriteria");
    }
    Handoff h = TestHandoffs.handoff(id, "sales-to-cs", deal, sentAt).putAllPayload(payload).build();
    return HandoffEvaluation.of(h, TestHandoffs.salesToCs(), Optional.empty(), AS_OF);
  }

  @Test
  void compares_deals_with_a_complete_and_an_incomplete_handoff_on_the_outcome_given() {
    OutcomeLink link = new OutcomeLink("sales-to-cs", TestHandoffs.scope(AS_OF));
    // complete: D1 renewed, D2 renewed, D3 churned, D4 not known yet
    link.add(EvaluationWithOutcome.of(toCs("H1", "D1", "2026-01-05T09:00:00Z", true), "renewed"));
    link.add(EvaluationWithOutcome.of(toCs("H2", "D2", "2026-01-06T09:00:00Z", true), "renewed"));
    link.add(EvaluationWithOutcome.of(toCs("H3", "D3", "2026-01-07T09:00:00Z", true), "churned"));
    link.add(EvaluationWithOutcome.of(toCs("H4", "D4", "2026-01-08T09:00:00Z", true)));
    // incomplete: D5 churned, D6 churned, D7 renewed
    link.add(EvaluationWithOutcome.of(toCs("H5", "D5", "2026-01-05T09:00:00Z", false), "churned"));
    link.add(EvaluationWithOutcome.of(toCs("H6", "D6", "2026-01-06T09:00:00Z", false), "churned"));
    link.add(EvaluationWithOutcome.of(toCs("H7", "D7", "2026-01-07T09:00:00Z", false), "renewed"));
    OutcomeLinkResult r = link.result();
    assertEquals(4, r.dealsComplete());
    assertEquals(3, r.dealsIncomplete());
    assertEquals(1, r.noOutcomeComplete());
    assertEquals(0, r.noOutcomeIncomplete());
    assertEquals(7, r.provenance().counted());
    assertEquals(HandoffReports.OUTCOME_LINK, r.provenance().definition());
    assertEquals(AS_OF, r.provenance().asOf());
    OutcomeComparison churned = r.rows().get(0);
    assertEquals("churned", churned.outcome());
    assertEquals(1, churned.complete());
    assertEquals(Optional.of(new BigDecimal("0.3333")), churned.completeShare());
    assertEquals(2, churned.incomplete());
    assertEquals(Optional.of(new BigDecimal("0.6667")), churned.incompleteShare());
    assertEquals("renewed", r.rows().get(1).outcome());
    assertEquals(Optional.of(new BigDecimal("0.6667")), r.rows().get(1).completeShare());
  }

  @Test
  void a_deal_handed_over_again_counts_once_by_its_latest_handoff() {
    OutcomeLink link = new OutcomeLink("sales-to-cs", TestHandoffs.scope(AS_OF));
    link.add(EvaluationWithOutcome.of(toCs("H2", "D1", "2026-01-09T09:00:00Z", true), "renewed"));
    link.add(EvaluationWithOutcome.of(toCs("H1", "D1", "2026-01-05T09:00:00Z", false), "renewed"));
    OutcomeLinkResult r = link.result();
    assertEquals(1, r.dealsComplete());
    assertEquals(0, r.dealsIncomplete());
  }

  @Test
  void another_protocol_s_handoffs_are_left_out_and_counted() {
    OutcomeLink link = new OutcomeLink("sales-to-cs", TestHandoffs.scope(AS_OF));
    Handoff h = TestHandoffs.handoff("M1", "mql-to-sal", "L1", "2026-01-05T09:00:00Z").build();
    link.add(EvaluationWithOutcome.of(HandoffEvaluation.of(h, TestHandoffs.mqlToSal(), Optional.empty(), AS_OF), "renewed"));
    assertEquals(List.of(Exclusion.builder().reason("handoff of another protocol").count(1).addExamples("M1").build()),
        link.result().excluded());
    assertEquals(0, link.result().provenance().counted());
    assertThrows(IllegalArgumentException.class, () -> link.merge(new OutcomeLink("mql-to-sal", TestHandoffs.scope(AS_OF))));
  }
}
