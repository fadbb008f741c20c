package dev.revops.handoff.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.InvalidValueException;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.lead.ConversionCount;
import dev.revops.core.lead.Lead;
import dev.revops.core.lead.LeadFunnel;
import dev.revops.core.lead.LeadJourney;
import dev.revops.core.lead.LifecycleChange;
import dev.revops.core.lead.LifecycleHistory;
import dev.revops.core.lead.TestLifecycles;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.money.Money;
import dev.revops.core.scope.Scope;
import dev.revops.handoff.Handoff;
import dev.revops.handoff.HandoffOutcome;
import dev.revops.handoff.OutcomeKind;
import dev.revops.handoff.compliance.HandoffEvaluation;
import dev.revops.handoff.protocol.FieldSource;
import dev.revops.handoff.protocol.FieldType;
import dev.revops.handoff.protocol.HandoffProtocol;
import dev.revops.handoff.protocol.PayloadField;
import dev.revops.handoff.protocol.Sla;
import dev.revops.handoff.protocol.Trigger;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * MQL-to-SAL handoffs of nine leads, worked out by hand. SLA 24 calendar hours; a rejection needs a
 * reason; payload: leadSource. Funnel mql, sql, won; conversion mql -> sql; as of 2026-07-01.
 *
 * <pre>
 * A mql 01-10 09:00  sent 10:00, accepted 20:00 (10 h)          MET        sql 01-20  converted
 * B mql 01-11        sent 00:00, accepted 01-13 (48 h, late)    NOT_MET    sql 01-25  converted
 * C mql 01-12        rejected 05:00 "not ICP"                   MET        unqualified 01-13: not converted
 * D mql 01-13        rejected 05:00 without a reason            NOT_MET    open: unresolved
 * E mql 01-14        no handoff                                 NOT_SENT   open
 * F mql 06-30 12:00  sent 13:00, no answer by 07-01 (11 h)      WAITING    open
 * G mql 02-01        rejected "not ICP", sent again 02-03 and accepted (the latest counts): MET; sql 02-10
 *                    and an sdr-to-ae handoff, not judged
 * H lead 02-01 only  a handoff, but never entered mql: left out
 * I mql 03-01        accepted in time without leadSource         NOT_MET    sql 03-05  converted
 * </pre>
 */
class LeadHandoffsTest {
  static final Instant AS_OF = Instant.parse("2026-07-01T00:00:00Z");
  static final HandoffProtocol MQL_TO_SAL = HandoffProtocol.builder().id("mql-to-sal").version(1)
      .effectiveFrom(LocalDate.parse("2026-01-01")).sender("marketing").receiver("sdr").trigger(Trigger.event("mql"))
      .addPayload(PayloadField.builder().name("leadSource").source(FieldSource.PAYLOAD).type(FieldType.TEXT).build())
      .sla(Sla.calendar(Duration.ofHours(24))).rejectionNeedsReason(true).failureMode("leads go cold")
      .addAffected("marketing").costPerFailure(Money.parse("USD 120.00")).owner("marketing-ops").build();
  static final LeadFunnel FUNNEL = LeadFunnel.of(TestLifecycles.standard(), "mql", "sql", "won");

  static Instant at(String s) {
    return Instant.parse("2026-" + s + ":00Z");
  }

  static LeadJourney lead(String id, String... stageAt) {
    List<LifecycleChange> changes = new ArrayList<>();
    String previous = null;
    for (int i = 0; i < stageAt.length; i += 2) {
      changes.add(LifecycleChange.builder().leadId(id).from(Optional.ofNullable(previous)).to(stageAt[i])
          .at(at(stageAt[i + 1])).build());
      previous = stageAt[i];
    }
    return LeadJourney.builder().lead(Lead.builder().id(id).createdAt(at(stageAt[1])).build())
        .history(LifecycleHistory.of(changes)).build();
  }

  static Handoff handoff(String id, String lead, String sent, OutcomeKind kind, String answered, String reason,
      boolean payload) {
    Handoff.Builder b = Handoff.builder().id(id).protocolId("mql-to-sal").protocolVersion(1).leadId(lead)
        .sentAt(at(sent));
    if (payload) {
      b.putPayload("leadSource", "webinar");
    }
    if (kind != null) {
      b.outcome(HandoffOutcome.builder().kind(kind).at(at(answered)).reason(Optional.ofNullable(reason)).build());
    }
    return b.build();
  }

  static List<LeadHandoffRecord> records() {
    Handoff other = Handoff.builder().id("X1").protocolId("sdr-to-ae").protocolVersion(1).leadId("G").dealId("DG")
        .sentAt(at("02-10T10:00")).build();
    return List.of(
        LeadHandoffRecord.of(lead("A", "mql", "01-10T09:00", "sql", "01-20T09:00"),
            List.of(handoff("H-A", "A", "01-10T10:00", OutcomeKind.ACCEPTED, "01-10T20:00", null, true))),
        LeadHandoffRecord.of(lead("B", "mql", "01-11T00:00", "sql", "01-25T00:00"),
            List.of(handoff("H-B", "B", "01-11T00:00", OutcomeKind.ACCEPTED, "01-13T00:00", null, true))),
        LeadHandoffRecord.of(lead("C", "mql", "01-12T00:00", "unqualified", "01-13T00:00"),
            List.of(handoff("H-C", "C", "01-12T00:00", OutcomeKind.REJECTED, "01-12T05:00", "not ICP", true))),
        LeadHandoffRecord.of(lead("D", "mql", "01-13T00:00"),
            List.of(handoff("H-D", "D", "01-13T00:00", OutcomeKind.REJECTED, "01-13T05:00", null, true))),
        LeadHandoffRecord.of(lead("E", "mql", "01-14T00:00"), List.of()),
        LeadHandoffRecord.of(lead("F", "mql", "06-30T12:00"),
            List.of(handoff("H-F", "F", "06-30T13:00", null, null, null, true))),
        LeadHandoffRecord.of(lead("G", "mql", "02-01T00:00", "sql", "02-10T00:00"),
            List.of(handoff("H-G2", "G", "02-03T00:00", OutcomeKind.ACCEPTED, "02-03T01:00", null, true),
                handoff("H-G1", "G", "02-01T00:00", OutcomeKind.REJECTED, "02-01T02:00", "not ICP", true), other)),
        LeadHandoffRecord.of(lead("H", "lead", "02-01T00:00"),
            List.of(handoff("H-H", "H", "02-01T00:00", OutcomeKind.ACCEPTED, "02-01T01:00", null, true))),
        LeadHandoffRecord.of(lead("I", "mql", "03-01T00:00", "sql", "03-05T00:00"),
            List.of(handoff("H-I", "I", "03-01T00:00", OutcomeKind.ACCEPTED, "03-01T02:00", null, false))));
  }

  static LeadHandoffOptions options() {
    return LeadHandoffOptions.builder().scope(Scope.builder().asOf(AS_OF).build()).funnel(FUNNEL).protocol(MQL_TO_SAL)
        .fromStep("mql").toStep("sql").build();
  }

  @Test
  void compares_conversion_of_leads_whose_handoff_met_its_protocol_with_those_whose_did_not() {
    LeadHandoffResult r = new LeadHandoffs(options()).addAll(records()).result();
    assertEquals(8, r.provenance().counted());
    assertEquals(List.of(Exclusion.builder().reason("handed off without entering mql").count(1).addExamples("H")
        .build()), r.provenance().excluded());
    ConversionCount met = r.row(HandoffAdherence.MET).orElseThrow().count();
    assertEquals(ConversionCount.of(3, 2, 1, 0), met); // A G converted, C disqualified
    assertEquals(Optional.of(new BigDecimal("0.6667")), met.rateOfResolved());
    ConversionCount notMet = r.row(HandoffAdherence.NOT_MET).orElseThrow().count();
    assertEquals(ConversionCount.of(3, 2, 0, 1), notMet); // B I converted, D open
    assertEquals(Optional.of(new BigDecimal("1.0000")), notMet.rateOfResolved());
    assertEquals(Optional.of(new BigDecimal("0.6667")), notMet.rateOfAll());
    assertEquals(ConversionCount.of(1, 0, 0, 1), r.row(HandoffAdherence.WAITING).orElseThrow().count());
    assertEquals(ConversionCount.of(1, 0, 0, 1), r.row(HandoffAdherence.NOT_SENT).orElseThrow().count());
    assertEquals(List.of("ACCEPTED", "REJECTED", "WAITING", "NOT_SENT"),
        r.byStatus().stream().map(LeadHandoffRow::group).toList());
    assertEquals(ConversionCount.of(4, 4, 0, 0), r.byStatus().get(0).count()); // A B G I
    assertEquals(ConversionCount.of(2, 0, 1, 1), r.byStatus().get(1).count()); // C D
    assertEquals(Map.of("not ICP", 1L, "(no reason given)", 1L), r.rejectionReasons());
    assertEquals(Map.of("of another protocol", 1L), r.handoffsNotJudged());
    assertEquals("lead-handoff-conversion@1", r.provenance().definition().toString());
    assertEquals(List.of("mql-to-sal@1", "test-lifecycle@1"),
        r.provenance().basedOn().stream().map(Object::toString).toList());
  }

  @Test
  void a_lead_level_handoff_is_evaluated_by_the_deal_handoffs_machinery() {
    Handoff h = handoff("H-B", "B", "01-11T00:00", OutcomeKind.ACCEPTED, "01-13T00:00", null, true);
    HandoffEvaluation e = HandoffEvaluation.of(h, MQL_TO_SAL, Optional.empty(), AS_OF);
    assertEquals(Optional.of("B"), e.leadId());
    assertEquals(Optional.empty(), e.dealId());
    assertEquals(Optional.of(Duration.ofHours(24)), e.breachedBy()); // answered 48 h after, due after 24
    assertTrue(e.failed());
  }

  @Test
  void a_handoff_names_a_deal_or_a_lead() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Handoff.builder().id("H").protocolId("p")
        .protocolVersion(1).sentAt(AS_OF).build());
    assertTrue(e.getMessage().contains("must be set, or leadId"), e.getMessage());
    assertThrows(InvalidValueException.class, () -> LeadHandoffRecord.of(lead("A", "mql", "01-10T09:00"),
        List.of(handoff("H-X", "B", "01-10T10:00", null, null, null, true))));
  }

  @Test
  void options_name_steps_of_the_funnel_in_order_and_results_round_trip() throws Exception {
    assertThrows(InvalidValueException.class, () -> LeadHandoffOptions.builder().scope(Scope.builder().asOf(AS_OF)
        .build()).funnel(FUNNEL).protocol(MQL_TO_SAL).fromStep("sql").toStep("mql").build());
    assertThrows(InvalidValueException.class, () -> LeadHandoffOptions.builder().scope(Scope.builder().asOf(AS_OF)
        .build()).funnel(FUNNEL).protocol(MQL_TO_SAL).fromStep("lead").toStep("sql").build());
    ObjectMapper json = RevopsJson.mapper();
    LeadHandoffResult r = new LeadHandoffs(options()).addAll(records()).result();
    assertEquals(r, json.readValue(json.writeValueAsString(r), LeadHandoffResult.class));
    Handoff h = records().get(0).handoffs().get(0);
    assertEquals(h, json.readValue(json.writeValueAsString(h), Handoff.class));
  }
}
