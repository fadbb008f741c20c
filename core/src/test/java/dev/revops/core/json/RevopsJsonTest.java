package dev.revops.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.ProbabilityOverride;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import dev.revops.core.probability.Probability;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RevopsJsonTest {
  final PipelineDefinition def = TestPipelines.standard();
  final ObjectMapper json = RevopsJson.mapper(def);

  Deal deal() {
    return Deal.builder().id("D1").name("Acme").amount(Money.parse("USD 1234.50")).stage(def.stage("proposal"))
        .probabilityOverride(ProbabilityOverride.of(Probability.parse("0.55"), "alice"))
        .createdDate(LocalDate.parse("2026-01-05")).projectedMarginRate(new BigDecimal("0.725"))
        .putAttributes("region", "EMEA").build();
  }

  @Test
  void writes_stable_names_money_as_strings_exact_decimals_iso_dates_and_stage_ids() throws Exception {
    assertEquals("{\"id\":\"D1\",\"name\":\"Acme\",\"amount\":\"USD 1234.50\",\"stage\":\"proposal\","
            + "\"probabilityOverride\":{\"probability\":0.55,\"setBy\":\"alice\"},\"createdDate\":\"2026-01-05\","
            + "\"projectedMarginRate\":0.725,\"attributes\":{\"region\":\"EMEA\"}}",
        json.writeValueAsString(deal()));
  }

  @Test
  void reads_back_what_it_writes() throws Exception {
    assertEquals(deal(), json.readValue(json.writeValueAsString(deal()), Deal.class));
    assertEquals(def, RevopsJson.mapper().readValue(RevopsJson.mapper().writeValueAsString(def),
        PipelineDefinition.class));
  }

  @Test
  void reads_stage_aliases_and_writes_the_canonical_id() throws Exception {
    Deal d = json.readValue("{\"id\":\"D2\",\"stage\":\"Won\",\"closedDate\":\"2026-02-01\"}", Deal.class);
    assertEquals("closed-won", d.stage().id());
    assertTrue(json.writeValueAsString(d).contains("\"stage\":\"closed-won\""));
  }

  @Test
  void an_unknown_property_is_an_error_naming_it_unless_ignored() throws Exception {
    String text = "{\"id\":\"D3\",\"stage\":\"proposal\",\"colour\":\"red\"}";
    UnrecognizedPropertyException e = assertThrows(UnrecognizedPropertyException.class,
        () -> json.readValue(text, Deal.class));
    assertEquals("colour", e.getPropertyName());
    ObjectMapper lenient = RevopsJson.mapper(JsonOptions.builder().definition(def).ignoreUnknownProperties(true).build());
    assertEquals("D3", lenient.readValue(text, Deal.class).id());
  }

  @Test
  void money_is_never_read_from_a_floating_point_number() {
    assertThrows(JsonMappingException.class,
        () -> json.readValue("{\"id\":\"D4\",\"stage\":\"proposal\",\"amount\":12.5}", Deal.class));
  }

  @Test
  void reading_a_deal_without_a_definition_says_how_to_get_one() {
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> RevopsJson.mapper().readValue("{\"id\":\"D5\",\"stage\":\"proposal\"}", Deal.class));
    assertTrue(e.getOriginalMessage().contains("RevopsJson.mapper(definition)"), e.getMessage());
  }

  @Test
  void rules_apply_when_reading_too() {
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> json.readValue("{\"id\":\"D6\",\"stage\":\"proposal\",\"amount\":\"USD -1.00\"}", Deal.class));
    assertTrue(e.getMessage().contains("amount 'USD -1.00' must not be negative"), e.getMessage());
    assertThrows(JsonProcessingException.class,
        () -> json.readValue("{\"id\":\"D6\",\"stage\":\"proposal\",\"id\":\"D7\"}", Deal.class));
  }
}
