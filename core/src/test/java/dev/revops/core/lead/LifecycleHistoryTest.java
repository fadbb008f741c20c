package dev.revops.core.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.InvalidValueException;
import dev.revops.core.json.RevopsJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LifecycleHistoryTest {

  static LifecycleChange change(String lead, String from, String to, String at) {
    return LifecycleChange.builder().leadId(lead).from(Optional.ofNullable(from)).to(to).at(Instant.parse(at)).build();
  }

  LifecycleHistory sample() {
    return LifecycleHistory.of(List.of(
        change("L1", null, "lead", "2026-01-01T00:00:00Z"),
        change("L1", "lead", "marketingqualifiedlead", "2026-01-05T00:00:00Z"),
        change("L1", "marketingqualifiedlead", "lead", "2026-01-09T00:00:00Z"),
        change("L1", "lead", "marketingqualifiedlead", "2026-01-20T00:00:00Z"),
        change("L1", "marketingqualifiedlead", "salesqualifiedlead", "2026-01-20T00:00:00Z")));
  }

  @Test
  void tells_the_stage_at_an_instant_and_the_first_entry_into_each_stage() {
    LifecycleHistory h = sample();
    assertEquals(Optional.empty(), h.stageAt(Instant.parse("2025-12-31T00:00:00Z")));
    assertEquals(Optional.of("lead"), h.stageAt(Instant.parse("2026-01-10T00:00:00Z")));
    assertEquals("salesqualifiedlead", h.currentStage());
    // MQL entered twice: its first entry counts.
    assertEquals(Optional.of(Instant.parse("2026-01-05T00:00:00Z")), h.firstEntry("marketingqualifiedlead"));
    assertEquals(Map.of("lead", Instant.parse("2026-01-01T00:00:00Z"),
        "marketingqualifiedlead", Instant.parse("2026-01-05T00:00:00Z"),
        "salesqualifiedlead", Instant.parse("2026-01-20T00:00:00Z")), h.firstEntries());
    assertEquals(List.of("lead", "marketingqualifiedlead", "salesqualifiedlead"), List.copyOf(h.firstEntries().keySet()));
  }

  @Test
  void refuses_broken_histories_as_deal_histories_are_refused() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> LifecycleHistory.of(List.of(
        change("L1", null, "lead", "2026-01-05T00:00:00Z"),
        change("L1", "subscriber", "marketingqualifiedlead", "2026-01-04T00:00:00Z"),
        change("L2", null, "lead", "2026-01-06T00:00:00Z"))));
    String m = e.getMessage();
    assertTrue(m.contains("must leave the stage the previous change entered"), m);
    assertTrue(m.contains("must not go back in time"), m);
    assertTrue(m.contains("must all be changes of the history's lead"), m);
    assertTrue(m.contains("must name the stage left"), m);
    assertThrows(InvalidValueException.class, () -> LifecycleHistory.of(List.of()));
  }

  @Test
  void a_change_never_moves_a_lead_to_the_stage_it_is_in() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> change("L1", "lead", "lead", "2026-01-05T00:00:00Z"));
    assertTrue(e.getMessage().contains("to 'lead' must differ from the stage the lead leaves"), e.getMessage());
    assertThrows(InvalidValueException.class, () -> change("L1", null, "not a slug", "2026-01-05T00:00:00Z"));
  }

  @Test
  void round_trips_through_json_without_its_definition() throws Exception {
    ObjectMapper json = RevopsJson.mapper();
    LifecycleHistory h = sample();
    assertEquals(h, json.readValue(json.writeValueAsString(h), LifecycleHistory.class));
    assertEquals(h.plus(change("L1", "salesqualifiedlead", "opportunity", "2026-02-01T00:00:00Z")).changes().size(), 6);
  }
}
