package dev.revops.core.roster;

import java.time.LocalDate;
import java.util.List;

/** Rosters of the hand-checked tests of every module. */
public final class TestRosters {
  /** The day ana moves from bo's team to cy's. */
  public static final LocalDate MOVE = LocalDate.parse("2026-07-01");

  private TestRosters() {}

  /**
   * Three levels with a mid-year move: regions west and east; bo manages under west, cy under east;
   * al reports to bo; ana reports to bo until 30 June and to cy from 1 July.
   *
   * @return the roster
   */
  public static Roster moveInJuly() {
    return Roster.of(List.of(
        RosterEntry.builder().person("west").level("region").build(),
        RosterEntry.builder().person("east").level("region").build(),
        RosterEntry.builder().person("bo").manager("west").level("manager").build(),
        RosterEntry.builder().person("cy").manager("east").level("manager").build(),
        RosterEntry.builder().person("al").manager("bo").level("rep").build(),
        RosterEntry.builder().person("ana").manager("bo").level("rep").to(MOVE).build(),
        RosterEntry.builder().person("ana").manager("cy").level("rep").from(MOVE).build()));
  }
}
