package dev.revops.handoff.maturity;

import static dev.revops.handoff.maturity.MaturityStage.DOCUMENTED;
import static dev.revops.handoff.maturity.MaturityStage.OPTIMIZED;
import static dev.revops.handoff.maturity.MaturityStage.SYSTEMATIC;
import static dev.revops.handoff.maturity.MaturityStage.TRIBAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.definition.DefinitionRef;
import dev.revops.handoff.HandoffReports;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandoffMaturityTest {

  static MaturityStage cs(MaturityResult r) {
    return r.protocol("sales-to-cs").orElseThrow().stage();
  }

  static MaturityEvidence evidence(MaturityResult r, String protocol, String rule) {
    return r.protocol(protocol).orElseThrow().evidence().stream().filter(e -> e.rule().equals(rule)).findFirst()
        .orElseThrow();
  }

  @Test
  void three_complete_payloads_of_four_reach_systematic_two_stay_documented() {
    // 3 of 4 complete = 0.7500 >= 0.75; all 4 in time = 1.0000; gated on closed-won; outcomes unknown
    MaturityResult r = new MaturitySet().times(3, "sales-to-cs", true, true, null)
        .add("sales-to-cs", false, true, null).assess();
    assertEquals(SYSTEMATIC, cs(r));
    assertEquals(Optional.of(new BigDecimal("0.7500")), evidence(r, "sales-to-cs", "payload-completeness").measured());
    // 2 of 4 = 0.5000 < 0.75
    MaturityResult below = new MaturitySet().times(2, "sales-to-cs", true, true, null)
        .times(2, "sales-to-cs", false, true, null).assess();
    assertEquals(DOCUMENTED, cs(below));
    assertFalse(evidence(below, "sales-to-cs", "payload-completeness").met());
  }

  @Test
  void three_handoffs_are_too_few_to_be_measured() {
    // all complete and in time, but 3 < 4 handoffs
    MaturityResult r = new MaturitySet().times(3, "sales-to-cs", true, true, null).assess();
    assertEquals(DOCUMENTED, cs(r));
    MaturityEvidence measured = evidence(r, "sales-to-cs", "handoffs-measured");
    assertEquals(Optional.of(new BigDecimal(3)), measured.measured());
    assertFalse(measured.met());
  }

  @Test
  void three_of_four_in_time_is_systematic_two_of_four_is_documented() {
    MaturityResult r = new MaturitySet().times(3, "sales-to-cs", true, true, null)
        .add("sales-to-cs", true, false, null).assess();
    assertEquals(SYSTEMATIC, cs(r));
    assertEquals(Optional.of(new BigDecimal("0.7500")), evidence(r, "sales-to-cs", "sla-attainment").measured());
    MaturityResult below = new MaturitySet().times(2, "sales-to-cs", true, true, null)
        .times(2, "sales-to-cs", true, false, null).assess();
    assertEquals(DOCUMENTED, cs(below));
  }

  @Test
  void a_protocol_triggered_by_an_event_has_no_gate_and_stays_documented_unless_the_model_waives_it() {
    // mql-to-sal: 4 complete, 4 in time, but triggered by the "mql" event
    MaturitySet set = new MaturitySet().times(4, "mql-to-sal", true, true, null);
    MaturityResult r = set.assess();
    assertEquals(DOCUMENTED, r.protocol("mql-to-sal").orElseThrow().stage());
    assertFalse(evidence(r, "mql-to-sal", "gate-enforced").met());
    MaturityResult waived = set.assess(MaturitySet.model(new BigDecimal("0.75"),
        new BigDecimal("0.75"), false, new BigDecimal("0.50")));
    assertEquals(SYSTEMATIC, waived.protocol("mql-to-sal").orElseThrow().stage());
  }

  @Test
  void a_measured_difference_in_outcomes_makes_a_systematic_protocol_optimized() {
    // complete: healthy, healthy, churned -> 2/3 = 0.6667; incomplete: churned -> 0/1 = 0.0000;
    // difference 0.6667 >= 0.50
    MaturityResult r = new MaturitySet().times(2, "sales-to-cs", true, true, "healthy")
        .add("sales-to-cs", true, true, "churned").add("sales-to-cs", false, true, "churned").assess();
    assertEquals(OPTIMIZED, cs(r));
    MaturityEvidence d = evidence(r, "sales-to-cs", "outcome-difference");
    assertEquals(Optional.of(new BigDecimal("0.6667")), d.measured());
    assertTrue(d.met());
    // complete: healthy, churned, churned -> 1/3 = 0.3333; difference 0.3333 < 0.50
    MaturityResult small = new MaturitySet().add("sales-to-cs", true, true, "healthy")
        .times(2, "sales-to-cs", true, true, "churned").add("sales-to-cs", false, true, "churned").assess();
    assertEquals(SYSTEMATIC, cs(small));
    assertEquals(Optional.of(new BigDecimal("0.3333")), evidence(small, "sales-to-cs", "outcome-difference")
        .measured());
  }

  @Test
  void an_outcome_link_without_outcomes_after_incomplete_handoffs_is_not_measured() {
    // the incomplete handoff's deal has no outcome yet: 0 < 1 deal in that group
    MaturityResult r = new MaturitySet().times(3, "sales-to-cs", true, true, "healthy")
        .add("sales-to-cs", false, true, null).assess();
    assertEquals(SYSTEMATIC, cs(r));
    assertFalse(evidence(r, "sales-to-cs", "outcome-link-measured").met());
    assertEquals(Optional.empty(), evidence(r, "sales-to-cs", "outcome-difference").measured());
  }

  @Test
  void an_outcome_difference_does_not_lift_a_protocol_that_is_not_systematic() {
    // difference 1.0000, but 2 of 4 payloads complete: documented
    MaturityResult r = new MaturitySet().times(2, "sales-to-cs", true, true, "healthy")
        .times(2, "sales-to-cs", false, true, "churned").assess();
    assertEquals(DOCUMENTED, cs(r));
    assertTrue(evidence(r, "sales-to-cs", "outcome-difference").met());
  }

  @Test
  void overall_is_tribal_when_more_than_a_fifth_of_handoffs_follow_no_protocol() {
    // 4 sales-to-cs and 1 legal-review (not in the map): 1/5 = 0.2000 <= 0.20: the weakest protocol's
    // stage, documented (mql-to-sal and ae-to-deal-desk sent nothing)
    MaturityResult r = new MaturitySet().times(4, "sales-to-cs", true, true, null)
        .add("legal-review", true, true, null).assess();
    assertEquals(DOCUMENTED, r.overall().stage());
    assertEquals(Optional.of(new BigDecimal("0.2000")), r.overall().evidence().get(0).measured());
    // 2 legal-review: 2/6 = 0.3333 > 0.20
    MaturityResult tribal = new MaturitySet().times(4, "sales-to-cs", true, true, null)
        .times(2, "legal-review", true, true, null).assess();
    assertEquals(TRIBAL, tribal.overall().stage());
    assertEquals(Optional.of(new BigDecimal("0.3333")), tribal.overall().evidence().get(0).measured());
    assertEquals(SYSTEMATIC, cs(tribal));
  }

  @Test
  void the_result_cites_the_model_and_what_it_is_based_on() {
    MaturityResult r = new MaturitySet().times(4, "sales-to-cs", true, true, null)
        .add("legal-review", true, true, null).assess();
    assertEquals(DefinitionRef.of("test-maturity", 1), r.provenance().definition());
    assertEquals(List.of(HandoffReports.COMPLIANCE, HandoffReports.OUTCOME_LINK, DefinitionRef.of("test-lifecycle", 1)),
        r.provenance().basedOn());
    assertEquals(4, r.provenance().counted());
    assertEquals(1, r.provenance().excludedCount());
    assertEquals(List.of("mql-to-sal", "ae-to-deal-desk", "sales-to-cs"),
        r.protocols().stream().map(ProtocolMaturity::protocolId).toList());
  }

  @Test
  void the_standard_model_is_version_one_of_handoff_maturity() {
    MaturityModel m = MaturityModel.standard();
    assertEquals(DefinitionRef.of("handoff-maturity", 1), m.ref());
    assertEquals(new BigDecimal("0.90"), m.minPayloadCompleteness());
    assertEquals(List.of("healthy", "renewed"), m.goodOutcomes());
  }

  @Test
  void a_model_with_a_threshold_out_of_range_is_rejected_naming_the_field() {
    var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> MaturitySet.model(
        new BigDecimal("0.75"), new BigDecimal("1.5"), true, new BigDecimal("0.50")));
    assertTrue(e.getMessage().contains("minSlaAttainment"), e.getMessage());
    assertTrue(e.getMessage().contains("1.5"), e.getMessage());
  }

  @Test
  void the_standard_model_reads_back_from_its_json() throws Exception {
    String json = dev.revops.core.json.RevopsJson.mapper().writeValueAsString(MaturityModel.standard());
    assertEquals(MaturityModel.standard(), dev.revops.core.json.RevopsJson.mapper().readValue(json,
        MaturityModel.class));
    assertTrue(json.contains("\"minPayloadCompleteness\":0.90"), json);
  }
}
