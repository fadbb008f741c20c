package dev.revops.core.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.InvalidValueException;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.pipeline.Criterion;
import dev.revops.core.pipeline.CriterionOperator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleDefinitionTest {

  @Test
  void the_bundled_hubspot_default_has_hubspots_eight_stages_in_order_with_their_internal_values() {
    // HubSpot's knowledge base lists the default lifecycle stages: Subscriber, Lead, Marketing
    // Qualified Lead, Sales Qualified Lead, Opportunity, Customer, Evangelist and Other.
    LifecycleDefinition h = LifecycleDefinition.hubspotDefault();
    assertEquals(List.of("subscriber", "lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity",
        "customer", "evangelist", "other"), h.stages().stream().map(LifecycleStage::id).toList());
    assertEquals(List.of("Subscriber", "Lead", "Marketing Qualified Lead", "Sales Qualified Lead", "Opportunity",
        "Customer", "Evangelist", "Other"), h.stages().stream().map(LifecycleStage::displayName).toList());
    assertEquals(7, h.funnelStages().size());
    assertEquals(LifecycleStageKind.OUTSIDE, h.stage("other").kind());
    assertEquals("hubspot-lifecycle@1", h.ref().toString());
  }

  @Test
  void resolves_ids_labels_and_aliases_ignoring_case_and_punctuation() {
    LifecycleDefinition h = LifecycleDefinition.hubspotDefault();
    assertEquals("marketingqualifiedlead", h.resolve("MQL").id());
    assertEquals("marketingqualifiedlead", h.resolve("marketing qualified lead").id());
    assertEquals("salesqualifiedlead", h.resolve("Sales_Qualified_Lead").id());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> h.resolve("prospect"));
    assertTrue(e.getMessage().contains("is not a stage, display name or alias of lifecycle hubspot-lifecycle@1"),
        e.getMessage());
  }

  @Test
  void round_trips_through_json() throws Exception {
    ObjectMapper json = RevopsJson.mapper();
    LifecycleDefinition h = LifecycleDefinition.hubspotDefault();
    assertEquals(h, json.readValue(json.writeValueAsString(h), LifecycleDefinition.class));
  }

  @Test
  void entry_criteria_are_data_checked_against_the_lead() {
    LifecycleDefinition d = LifecycleDefinition.builder().id("scored").version(2)
        .effectiveFrom(LocalDate.parse("2026-01-01"))
        .addStages(LifecycleStage.funnel("lead", "Lead", 10, "marketing"))
        .addStages(LifecycleStage.builder().id("mql").displayName("MQL").order(20).kind(LifecycleStageKind.FUNNEL)
            .owningTeam("marketing").addEntryCriteria(Criterion.of("attributes.score", CriterionOperator.AT_LEAST, "50"))
            .addEntryCriteria(Criterion.present("source")).build())
        .build();
    Lead cold = Lead.builder().id("L1").createdAt(Instant.parse("2026-02-01T00:00:00Z")).putAttributes("score", "40")
        .build();
    assertEquals(List.of("attributes.score >= 50 is not met: attributes.score is 40",
        "source is set is not met: source is not set"), d.unmetEntryCriteria(cold, "mql"));
    Lead hot = Lead.builder().id("L2").createdAt(Instant.parse("2026-02-01T00:00:00Z")).putAttributes("score", "62")
        .source("webinar").build();
    assertEquals(List.of(), d.unmetEntryCriteria(hot, "mql"));
  }

  @Test
  void a_criterion_on_a_field_leads_do_not_have_is_refused() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> LifecycleStage.builder().id("mql")
        .displayName("MQL").order(1).kind(LifecycleStageKind.FUNNEL).owningTeam("marketing")
        .addEntryCriteria(Criterion.of("amount", CriterionOperator.GREATER_THAN, "0")).build());
    assertTrue(e.getMessage().contains("entryCriteria 'amount' must name a field a lead has"), e.getMessage());
  }

  @Test
  void lists_every_broken_rule_at_once() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> LifecycleDefinition.builder()
        .id("bad id").version(0).effectiveFrom(LocalDate.parse("2026-01-01"))
        .addStages(LifecycleStage.funnel("lead", "Lead", 20, "marketing"))
        .addStages(LifecycleStage.funnel("mql", "Lead", 10, "marketing"))
        .putAliases("SQL", "sql").build());
    String m = e.getMessage();
    assertTrue(m.contains("id 'bad id' must be a slug"), m);
    assertTrue(m.contains("version '0' must be at least 1"), m);
    assertTrue(m.contains("stages 'mql order 10' must be listed by strictly ascending order"), m);
    assertTrue(m.contains("stages 'Lead' must not match another stage's name"), m);
    assertTrue(m.contains("aliases 'SQL -> sql' must point at a stage id of this definition"), m);
  }

  @Test
  void needs_two_funnel_stages() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> LifecycleDefinition.builder()
        .id("one").version(1).effectiveFrom(LocalDate.parse("2026-01-01"))
        .addStages(LifecycleStage.funnel("lead", "Lead", 10, "marketing")).build());
    assertTrue(e.getMessage().contains("must include at least two funnel stages"), e.getMessage());
  }
}
