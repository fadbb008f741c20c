package dev.revops.handoff.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.InvalidValueException;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.money.Money;
import dev.revops.handoff.TestHandoffs;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandoffMapTest {
  final HandoffMap map = TestHandoffs.map();

  @Test
  void finds_protocols_by_id_and_by_the_stage_that_triggers_them() {
    assertEquals("sales-to-cs", map.protocol("sales-to-cs").id());
    assertEquals(List.of(TestHandoffs.salesToCs()), map.triggeredBy("closed-won"));
    assertEquals(List.of(), map.triggeredBy("discovery"));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> map.protocol("legal-review"));
    assertTrue(e.getMessage().contains("protocol 'legal-review' is not in handoff map test-lifecycle"), e.getMessage());
  }

  @Test
  void round_trips_through_json() throws Exception {
    ObjectMapper json = RevopsJson.mapper();
    String text = json.writeValueAsString(map);
    assertEquals(map, json.readValue(text, HandoffMap.class));
    assertTrue(text.contains("\"respondWithin\":\"PT24H\""), text);
  }

  @Test
  void refuses_the_same_protocol_twice_and_costs_in_two_currencies() {
    InvalidValueException twice = assertThrows(InvalidValueException.class, () -> HandoffMap.builder().id("m")
        .version(1).addProtocols(TestHandoffs.mqlToSal(), TestHandoffs.mqlToSal()).build());
    assertTrue(twice.getMessage().contains("protocols 'mql-to-sal' must have unique ids"), twice.getMessage());
    InvalidValueException currencies = assertThrows(InvalidValueException.class, () -> HandoffMap.builder().id("m")
        .version(1).addProtocols(TestHandoffs.salesToCs(), TestHandoffs.mqlToSal("sdr", Money.parse("EUR 10.00")))
        .build());
    assertTrue(currencies.getMessage().contains("costPerFailure 'EUR 10.00' must be in the currency of the map's "
        + "other protocols (sales-to-cs costs USD 2500.00)"), currencies.getMessage());
  }

  @Test
  void a_protocol_refuses_the_same_team_on_both_sides() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> TestHandoffs.mqlToSal("marketing", Money.parse("USD 1.00")));
    assertTrue(e.getMessage().contains("receiver 'marketing' must be another team than the sender"), e.getMessage());
  }
}
