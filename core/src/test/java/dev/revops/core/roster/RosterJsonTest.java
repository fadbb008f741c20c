package dev.revops.core.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.json.RevopsJson;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterJsonTest {
  static final ObjectMapper JSON = RevopsJson.mapper();

  @Test
  void a_roster_is_the_list_of_its_entries_and_reads_back_equal() throws IOException {
    Roster r = Roster.of(List.of(RosterEntry.builder().person("west").level("region").build(),
        RosterEntry.builder().person("ana").manager("west").level("rep").from(LocalDate.parse("2026-07-01")).build()));
    String json = JSON.writeValueAsString(r);
    assertTrue(json.startsWith("["), json);
    assertEquals(r, JSON.readValue(json, Roster.class));
  }

  @Test
  void a_roster_read_from_json_is_checked_like_any_other() {
    String cycle = "[{\"person\":\"ana\",\"manager\":\"bo\"},{\"person\":\"bo\",\"manager\":\"ana\"}]";
    Exception e = assertThrows(Exception.class, () -> JSON.readValue(cycle, Roster.class));
    assertTrue(String.valueOf(e.getMessage()).contains("must not make a cycle"), e.getMessage());
  }
}
