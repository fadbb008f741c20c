package dev.revops.forecast.calls;

import static dev.revops.core.pipeline.ForecastCategory.COMMIT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.money.Money;
import dev.revops.core.roster.Roster;
import dev.revops.core.roster.RosterEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdjustedForecastTest {
  /** west <- bo <- {ana, al}, no moves. */
  static final Roster TEAM = Roster.of(List.of(
      RosterEntry.builder().person("west").level("region").build(),
      RosterEntry.builder().person("bo").manager("west").level("manager").build(),
      RosterEntry.builder().person("ana").manager("bo").level("rep").build(),
      RosterEntry.builder().person("al").manager("bo").level("rep").build()));

  static HierarchyResult rollup() {
    CallOptions options = CallOptions.builder().scope(CallDeals.quarters()).roster(TEAM).build();
    // Q3 commit: ana 100 (won 40 + open commit 60), al 50 (open commit), bo's own 20 (open commit).
    return new HierarchyRollup(options).addAll(List.of(
        CallDeals.won("A1", "ana", "USD 40.00", "2026-07-10"),
        CallDeals.open("A2", "ana", "USD 60.00", "negotiation", "2026-09-10"),
        CallDeals.open("A3", "al", "USD 50.00", "negotiation", "2026-09-20"),
        CallDeals.open("A4", "bo", "USD 20.00", "negotiation", "2026-09-25"),
        CallDeals.open("A5", "al", "USD 999.00", "proposal", "2026-09-25"))).result();  // best case: not commit
  }

  static ForecastAdjustment adjust(String by, String of, String amount, String at) {
    return ForecastAdjustment.builder().adjuster(by).subject(of).period("2026-Q3").category(COMMIT)
        .amount(Money.parse("USD " + amount)).at(Instant.parse(at)).build();
  }

  static void assertRow(AdjustedResult r, String person, String own, String without, String adjusted) {
    AdjustedRow row = r.row(person).orElseThrow();
    assertEquals(Money.parse("USD " + own), row.ownDeals(), person + " own");
    assertEquals(Money.parse("USD " + without), row.withoutAdjustments(), person + " without adjustments");
    assertEquals(Money.parse("USD " + adjusted), row.adjusted(), person + " adjusted");
  }

  @Test
  void a_manager_adjusting_one_report_changes_his_and_the_regions_number_not_the_reports_nor_the_deals() {
    // bo adjusts ana's commit from 100 to 80 (an earlier adjustment to 90 is superseded).
    List<ForecastAdjustment> adjustments = List.of(
        adjust("bo", "ana", "90.00", "2026-09-01T09:00:00Z"),
        adjust("bo", "ana", "80.00", "2026-09-02T09:00:00Z"));
    AdjustedResult r = AdjustedForecast.of(rollup(), "2026-Q3", COMMIT, Money.currency("USD"), adjustments,
        CallDeals.quarters());
    // without: ana 100; al 50; bo 20 + 100 + 50 = 170; west 170.
    // adjusted: ana 100 (bo's adjustment is bo's view); al 50; bo 20 + 80 + 50 = 150; west = bo's 150.
    assertRow(r, "ana", "100.00", "100.00", "100.00");
    assertRow(r, "al", "50.00", "50.00", "50.00");
    assertRow(r, "bo", "20.00", "170.00", "150.00");
    assertRow(r, "west", "0.00", "170.00", "150.00");
    assertEquals(Optional.of(Money.parse("USD 80.00")), r.row("ana").orElseThrow().managerAdjustment());
    assertEquals(1, r.provenance().counted());
    assertEquals("superseded", r.provenance().excluded().get(0).reason());
  }

  @Test
  void owner_and_manager_adjustments_layer_up_each_level_including_the_adjusted_reports() {
    List<ForecastAdjustment> adjustments = List.of(
        adjust("bo", "ana", "80.00", "2026-09-02T09:00:00Z"),
        adjust("al", "al", "60.00", "2026-09-03T09:00:00Z"),      // al's owner adjustment: 50 -> 60
        adjust("west", "bo", "200.00", "2026-09-04T09:00:00Z"),   // west adjusts bo
        adjust("al", "bo", "1.00", "2026-09-04T09:00:00Z"),       // al is not bo's manager: excluded
        adjust("bo", "al", "5.00", "2026-10-02T09:00:00Z"));      // after the as-of instant: excluded
    AdjustedResult r = AdjustedForecast.of(rollup(), "2026-Q3", COMMIT, Money.currency("USD"), adjustments,
        CallDeals.quarters());
    // ana 100 (own view); al 60 (own adjustment); bo 20 + 80 (his view of ana) + 60 (al's adjusted) = 160;
    // west 200 (his view of bo); without adjustments every level is unchanged: 100, 50, 170, 170.
    assertRow(r, "ana", "100.00", "100.00", "100.00");
    assertRow(r, "al", "50.00", "50.00", "60.00");
    assertRow(r, "bo", "20.00", "170.00", "160.00");
    assertRow(r, "west", "0.00", "170.00", "200.00");
    assertEquals(3, r.provenance().counted());
    assertEquals(2, r.provenance().excludedCount());
  }

  @Test
  void two_people_swapping_places_within_the_period_pass_each_other_only_what_was_under_them() {
    // July: ana under bo (bo at the top); from 1 August: bo under ana (ana at the top).
    Roster swap = Roster.of(List.of(
        RosterEntry.builder().person("ana").manager("bo").to(java.time.LocalDate.parse("2026-08-01")).build(),
        RosterEntry.builder().person("ana").from(java.time.LocalDate.parse("2026-08-01")).build(),
        RosterEntry.builder().person("bo").to(java.time.LocalDate.parse("2026-08-01")).build(),
        RosterEntry.builder().person("bo").manager("ana").from(java.time.LocalDate.parse("2026-08-01")).build()));
    CallOptions options = CallOptions.builder().scope(CallDeals.quarters()).roster(swap).build();
    HierarchyResult h = new HierarchyRollup(options).addAll(List.of(
        CallDeals.won("S1", "ana", "USD 10.00", "2026-07-15"),      // ana -> bo
        CallDeals.won("S2", "bo", "USD 20.00", "2026-08-20"))).result();  // bo -> ana
    AdjustedResult r = AdjustedForecast.of(h, "2026-Q3", COMMIT, Money.currency("USD"), List.of(),
        CallDeals.quarters());
    // ana: her 10 + bo's 20 under her = 30; bo: his 20 + ana's 10 under him = 30; no deal twice.
    assertRow(r, "ana", "10.00", "30.00", "30.00");
    assertRow(r, "bo", "20.00", "30.00", "30.00");
  }
}
