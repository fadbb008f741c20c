package dev.revops.handoff.ownership;

import static dev.revops.handoff.TestHandoffs.PIPELINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.StageGateException;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.history.FieldChange;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.money.Money;
import dev.revops.handoff.TestHandoffs;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldOwnershipTest {
  static final FieldOwnership OWNERSHIP = FieldOwnership.builder().id("b2b-fields").version(1)
      .effectiveFrom(LocalDate.parse("2026-01-01")).putOwners("stage", "revops").putOwners("probability", "revops")
      .putOwners("costToClose", "finance").putOwners("projectedMarginRate", "finance")
      .putOwners("expectedCloseDate", "sales").putOwners("attributes.successCriteria", "customer-success")
      .defaultOwner("sales").build();
  static final Instant AT = Instant.parse("2026-11-24T10:00:00Z");

  final Deal deal = TestHandoffs.deal("D1", "proposal", "USD 50000.00", "2026-12-15");

  static ChangeRequest request(String field, String to, String team) {
    return ChangeRequest.builder().dealId("D1").field(field).to(Optional.ofNullable(to)).team(team).actor("pat")
        .at(AT).reason("weekly review").build();
  }

  @Test
  void the_owner_changes_a_field_and_leaves_an_audit_entry() {
    AcceptedChange c = OWNERSHIP.apply(deal, request("costToClose", "USD 1200.00", "finance"), PIPELINE);
    assertEquals(Optional.of(Money.parse("USD 1200.00")), c.deal().costToClose());
    AuditEntry audit = c.audit();
    assertEquals(Optional.empty(), audit.from());
    assertEquals(Optional.of("USD 1200.00"), audit.to());
    assertEquals("finance", audit.team());
    assertEquals(DefinitionRef.of("b2b-fields", 1), audit.ownership());
    assertEquals(Optional.of(FieldChange.builder().dealId("D1").field("costToClose").to("USD 1200.00").at(AT)
        .actor("pat").build()), audit.fieldChange());
  }

  @Test
  void another_team_gets_an_error_naming_the_owner() {
    NotOwnerException e = assertThrows(NotOwnerException.class,
        () -> OWNERSHIP.apply(deal, request("costToClose", "USD 1200.00", "sales"), PIPELINE));
    assertEquals("finance", e.owner());
    assertEquals("change request of deal D1: team 'sales' must own the field it changes (costToClose is owned by "
        + "finance)", e.getMessage());
    // a field not named belongs to the default owner
    assertEquals(Optional.of("sales"), OWNERSHIP.ownerOf("amount"));
    assertThrows(NotOwnerException.class, () -> OWNERSHIP.apply(deal, request("amount", "USD 1.00", "finance"),
        PIPELINE));
  }

  @Test
  void the_stage_moves_through_the_pipeline_s_gates_when_its_owner_asks() {
    AcceptedChange c = OWNERSHIP.apply(deal, request("stage", "negotiation", "revops"), PIPELINE);
    assertEquals("negotiation", c.deal().stage().id());
    assertEquals("proposal", c.stageChange().orElseThrow().from().orElseThrow().id());
    assertEquals(Optional.of("proposal"), c.audit().from());
    assertEquals(Optional.empty(), c.audit().fieldChange());
    Deal noCloseDate = TestHandoffs.deal("D1", "proposal", "USD 50000.00", null);
    StageGateException gate = assertThrows(StageGateException.class,
        () -> OWNERSHIP.apply(noCloseDate, request("stage", "negotiation", "revops"), PIPELINE));
    assertTrue(gate.getMessage().contains("expectedCloseDate"), gate.getMessage());
  }

  @Test
  void a_probability_change_is_an_override_set_by_the_actor() {
    AcceptedChange c = OWNERSHIP.apply(deal, request("probability", "0.7", "revops"), PIPELINE);
    assertEquals("0.7", c.deal().effectiveProbability().probability().toBigDecimal().toPlainString());
    assertEquals(Optional.of("0.6"), c.audit().from());
  }

  @Test
  void a_batch_applies_what_it_can_and_reports_every_refusal_with_its_index() {
    ChangeLog log = OWNERSHIP.applyAll(deal, List.of(
        request("expectedCloseDate", "2027-01-31", "sales"),
        request("costToClose", "USD 900.00", "sales"),
        request("expectedCloseDate", "2027-01-31", "sales"),
        request("attributes.successCriteria", "50 seats live", "customer-success"),
        request("stage", "negotiation", "revops")), PIPELINE);
    assertEquals(Optional.of(LocalDate.parse("2027-01-31")), log.after().expectedCloseDate());
    assertEquals(Optional.of("50 seats live"), log.after().attribute("successCriteria"));
    assertEquals("negotiation", log.after().stage().id());
    assertEquals(List.of("expectedCloseDate", "attributes.successCriteria", "stage"),
        log.audit().stream().map(AuditEntry::field).toList());
    assertEquals(List.of(1, 2), log.refused().stream().map(RefusedChange::index).toList());
    assertEquals(Optional.of("finance"), log.refused().get(0).owner());
    assertTrue(log.refused().get(1).reason().contains("must change the field's value"), log.refused().get(1).reason());
    assertEquals(1, log.stageChanges().size());
    assertEquals(deal, log.before());
  }

  @Test
  void a_request_and_an_ownership_refuse_what_cannot_change() {
    InvalidValueException closed = assertThrows(InvalidValueException.class,
        () -> request("closedDate", "2026-12-01", "finance"));
    assertTrue(closed.getMessage().contains("field 'closedDate' must be a field that changes by itself"),
        closed.getMessage());
    InvalidValueException badDate = assertThrows(InvalidValueException.class,
        () -> request("expectedCloseDate", "soon", "sales"));
    assertTrue(badDate.getMessage().contains("to 'soon'"), badDate.getMessage());
    InvalidValueException owners = assertThrows(InvalidValueException.class, () -> FieldOwnership.builder().id("x")
        .version(1).effectiveFrom(LocalDate.EPOCH).putOwners("createdDate", "sales").build());
    assertTrue(owners.getMessage().contains("owners 'createdDate' must be stage, a deal field that changes"),
        owners.getMessage());
    FieldOwnership nobody = FieldOwnership.builder().id("x").version(1).effectiveFrom(LocalDate.EPOCH).build();
    InvalidValueException unowned = assertThrows(InvalidValueException.class,
        () -> nobody.apply(deal, request("amount", "USD 1.00", "sales"), PIPELINE));
    assertTrue(unowned.getMessage().contains("must have an owner in field ownership x@1"), unowned.getMessage());
  }

  @Test
  void the_definition_and_its_audit_round_trip_through_json() throws Exception {
    ObjectMapper json = RevopsJson.mapper();
    assertEquals(OWNERSHIP, json.readValue(json.writeValueAsString(OWNERSHIP), FieldOwnership.class));
    AuditEntry audit = OWNERSHIP.apply(deal, request("costToClose", "USD 1200.00", "finance"), PIPELINE).audit();
    assertEquals(audit, json.readValue(json.writeValueAsString(audit), AuditEntry.class));
  }
}
