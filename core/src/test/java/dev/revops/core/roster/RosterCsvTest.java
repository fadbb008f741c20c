package dev.revops.core.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.io.ImportOptions;
import dev.revops.core.io.Rejection;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RosterCsvTest {
  static final LocalDate MAY = LocalDate.parse("2026-05-01");
  static final LocalDate AUGUST = LocalDate.parse("2026-08-01");

  static final String THREE_LEVELS = "person,manager,level,from,to\n"
      + "west,,region,,\n"
      + "east,,region,,\n"
      + "bo,west,manager,,\n"
      + "cy,east,manager,,\n"
      + "ana,bo,rep,,2026-07-01\n"
      + "ana,cy,rep,2026-07-01,\n";

  @Test
  void a_three_level_hierarchy_with_a_mid_year_move_answers_each_day_with_the_chain_of_that_day() throws IOException {
    RosterImport r = RosterCsv.read(new StringReader(THREE_LEVELS), ImportOptions.defaults());
    assertEquals(6, r.report().rowsAccepted());
    assertEquals(List.of("ana", "bo", "west"), r.roster().chainOf("ana", MAY));
    assertEquals(List.of("ana", "cy", "east"), r.roster().chainOf("ana", AUGUST));
    // The move takes effect on its from day (inclusive), the old entry ends the day before (to exclusive).
    assertEquals(List.of("ana", "cy", "east"), r.roster().chainOf("ana", LocalDate.parse("2026-07-01")));
    assertEquals(List.of("ana", "bo", "west"), r.roster().chainOf("ana", LocalDate.parse("2026-06-30")));
    assertEquals(Optional.of("west"), r.roster().atLevel("ana", "region", MAY));
    assertEquals(Optional.of("cy"), r.roster().atLevel("ana", "manager", AUGUST));
    assertEquals(Optional.of("ana"), r.roster().atLevel("ana", "rep", AUGUST));
    assertEquals(List.of("manager", "region", "rep"), List.copyOf(r.roster().levels()));
  }

  @Test
  void two_managers_at_once_a_gap_and_a_cycle_are_each_rejected_naming_the_other_entry() throws IOException {
    String csv = "person,manager,level,from,to\n"
        + "bo,west,manager,,\n"
        + "ana,bo,rep,2026-01-01,2026-07-01\n"
        + "ana,cy,rep,2026-06-01,\n"          // row 4: overlaps June with bo
        + "ana,cy,rep,2026-08-01,\n"          // row 5: leaves July uncovered
        + "west,bo,region,,\n"                // row 6: bo -> west -> bo
        + "dee,,rep,2026-13-01,\n"            // row 7: no date
        + "ana,cy,rep,2026-07-01,\n";         // row 8: the right move
    RosterImport r = RosterCsv.read(new StringReader(csv), ImportOptions.defaults());
    assertEquals(7, r.report().rowsRead());
    assertEquals(3, r.report().rowsAccepted());
    assertEquals(4, r.report().rowsRejected());
    List<Rejection> rejected = r.rejected();
    assertEquals(List.of(4L, 5L, 6L, 7L), rejected.stream().map(Rejection::row).toList());
    assertTrue(rejected.get(0).problems().get(0).reason().contains("two managers at once"), rejected.get(0).toString());
    assertTrue(rejected.get(1).problems().get(0).reason().contains("gap"), rejected.get(1).toString());
    assertTrue(rejected.get(2).problems().get(0).reason().contains("cycle"), rejected.get(2).toString());
    assertTrue(rejected.get(2).problems().get(0).detail().orElseThrow().contains("bo reports to west"),
        rejected.get(2).toString());
    assertEquals(List.of("ana", "cy"), r.roster().chainOf("ana", AUGUST));
  }

  @Test
  void a_roster_built_in_code_refuses_a_conflicting_entry_listing_each() {
    RosterEntry bo = RosterEntry.builder().person("bo").manager("ana").build();
    RosterEntry ana = RosterEntry.builder().person("ana").manager("bo").build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Roster.of(List.of(bo, ana)));
    assertTrue(e.getMessage().contains("must not make a cycle"), e.getMessage());
    assertThrows(InvalidValueException.class, () -> RosterEntry.builder().person("ana").manager("ana").build());
    assertThrows(InvalidValueException.class, () -> RosterEntry.builder().person("ana")
        .from(LocalDate.parse("2026-02-01")).to(LocalDate.parse("2026-02-01")).build());
  }

  @Test
  void the_sales_teams_layout_gives_agent_manager_and_regional_office_levels() throws IOException {
    String csv = "sales_agent,manager,regional_office\r\n"
        + "Anna Snelling,Dustin Brinkmann,Central\r\n"
        + "Cecily Lampkin,Dustin Brinkmann,Central\r\n"
        + "Kami Bicknell,Summer Sewald,West\r\n"
        + "Anna Snelling,Summer Sewald,West\r\n"    // row 5: an agent under two managers
        + "Zed Doe,Dustin Brinkmann,West\r\n"       // row 6: a manager under two offices
        + ",Summer Sewald,West\r\n";                // row 7: no agent
    RosterImport r = RosterCsv.readSalesTeams(new StringReader(csv), ImportOptions.defaults());
    assertEquals(6, r.report().rowsRead());
    assertEquals(3, r.report().rowsAccepted());
    assertEquals(List.of(5L, 6L, 7L), r.rejected().stream().map(Rejection::row).toList());
    // 3 agents + 2 managers + 2 offices
    assertEquals(7, r.roster().entries().size());
    assertEquals(List.of("Kami Bicknell", "Summer Sewald", "West"), r.roster().chainOf("Kami Bicknell", MAY));
    assertEquals(Optional.of("Central"), r.roster().atLevel("Cecily Lampkin", "regional_office", MAY));
    assertEquals(List.of("agent", "manager", "regional_office"), List.copyOf(r.roster().levels()));
  }
}
