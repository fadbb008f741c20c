package dev.revops.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.InvalidValueException;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.scope.Scope;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvenanceTest {

  @Test
  void provenance_takes_the_as_of_and_definitions_from_the_scope_and_counts_what_was_read() {
    Scope scope = Scope.builder().asOf(Instant.parse("2026-10-01T00:00:00Z"))
        .addBasedOn(DefinitionRef.of("b2b", 3)).build();
    ExclusionTally excluded = new ExclusionTally(2);
    excluded.add("closed", "D9");
    excluded.add("closed", "D2");
    excluded.add("closed", "D5");
    excluded.add("no amount", "D4");
    Provenance p = Provenance.of(DefinitionRef.of("weighted-pipeline", 1), scope, 7, excluded);
    assertEquals(DefinitionRef.of("weighted-pipeline", 1), p.definition());
    assertEquals(List.of(DefinitionRef.of("b2b", 3)), p.basedOn());
    assertEquals(Instant.parse("2026-10-01T00:00:00Z"), p.asOf());
    assertEquals(4, p.excludedCount());
    assertEquals(11, p.read());
    // most frequent first; the two smallest ids kept as examples
    assertEquals("closed", p.excluded().get(0).reason());
    assertEquals(List.of("D2", "D5"), p.excluded().get(0).examples());
    assertEquals("weighted-pipeline@1 as of 2026-10-01T00:00:00Z: 7 counted, 4 excluded", p.toString());
  }

  @Test
  void a_negative_count_or_a_repeated_reason_is_refused() {
    assertThrows(InvalidValueException.class, () -> Provenance.builder().definition(DefinitionRef.of("x", 1))
        .asOf(Instant.EPOCH).counted(-1).build());
    assertThrows(InvalidValueException.class, () -> Provenance.builder().definition(DefinitionRef.of("x", 1))
        .asOf(Instant.EPOCH).counted(0).addExcluded(Exclusion.of("closed", 1), Exclusion.of("closed", 2)).build());
  }

  @Test
  void provenance_round_trips_through_json() throws Exception {
    ObjectMapper json = RevopsJson.mapper();
    Provenance p = Provenance.of(DefinitionRef.of("weighted-pipeline", 1), Scope.asOf(LocalDate.parse("2026-10-01")),
        3, new ExclusionTally(1));
    assertEquals(p, json.readValue(json.writeValueAsString(p), Provenance.class));
  }
}
