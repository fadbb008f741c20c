package dev.revops.forecast.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.money.Money;
import dev.revops.forecast.pipeline.Target;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetRollupTest {
  static final Currency USD = Money.currency("USD");

  static Money usd(String amount) {
    return Money.parse("USD " + amount);
  }

  static RosterTarget target(String person, String amount, TargetCovers covers) {
    return RosterTarget.builder().person(person).period("2026-Q4").amount(usd(amount)).covers(covers).build();
  }

  /** Own targets al 400, ana 350, bo 100 (a player-coach's own quota); team targets bo 600 and east 300. */
  static List<RosterTarget> targets() {
    return List.of(target("al", "400.00", TargetCovers.OWN), target("ana", "350.00", TargetCovers.OWN),
        target("bo", "100.00", TargetCovers.OWN), target("bo", "600.00", TargetCovers.TEAM),
        target("east", "300.00", TargetCovers.TEAM));
  }

  static TargetRollupRow row(TargetRollupResult r, String person) {
    return r.row("2026-Q4", person, USD).orElseThrow(() -> new AssertionError("no row of " + person));
  }

  @Test
  void own_targets_roll_up_the_three_levels_of_the_day_and_team_targets_stand_beside_them() {
    // On 2026-10-01 ana is under cy (she moved on 1 July): west <- bo <- al; east <- cy <- ana.
    TargetRollupResult r = TargetRollup.of(targets(), CallDeals.ROSTER, LocalDate.parse("2026-10-01"),
        CallDeals.quarters());
    // al 400; bo = own 100 + al 400 = 500; west = bo's 500.
    assertEquals(usd("400.00"), row(r, "al").rolledUp());
    assertEquals(usd("100.00"), row(r, "bo").own());
    assertEquals(usd("500.00"), row(r, "bo").rolledUp());
    assertEquals(usd("500.00"), row(r, "west").rolledUp());
    // ana 350; cy = 0 + 350; east = 350.
    assertEquals(usd("350.00"), row(r, "cy").rolledUp());
    assertEquals(usd("0.00"), row(r, "cy").own());
    assertEquals(usd("350.00"), row(r, "east").rolledUp());
    // bo's team target 600 asks 600 - 500 = 100 more than his people's targets: it is his target, the
    // roll-up stays 500 beside it.
    assertEquals(Optional.of(usd("100.00")), row(r, "bo").difference());
    assertEquals(usd("600.00"), row(r, "bo").target());
    assertEquals(TargetCovers.TEAM, row(r, "bo").targetSource());
    // east's team target 300 is 50 short of the 350 below it.
    assertEquals(Optional.of(usd("-50.00")), row(r, "east").difference());
    assertEquals(usd("300.00"), row(r, "east").target());
    // west has no team target: its target is the roll-up.
    assertEquals(Optional.empty(), row(r, "west").difference());
    assertEquals(usd("500.00"), row(r, "west").target());
    assertEquals(TargetCovers.OWN, row(r, "west").targetSource());
    assertEquals(Optional.of("bo"), row(r, "al").reportsTo());
    assertEquals(Optional.of("manager"), row(r, "bo").level());
    assertEquals(5, r.provenance().counted());
    assertEquals(CallMetrics.TARGET_ROLLUP, r.provenance().definition());
  }

  @Test
  void before_the_move_ana_s_target_counts_for_bo_and_west() {
    TargetRollupResult r = TargetRollup.of(targets(), CallDeals.ROSTER, LocalDate.parse("2026-06-30"),
        CallDeals.quarters());
    // bo = 100 + al 400 + ana 350 = 850; west 850; cy and east have no target below them: cy has no row,
    // east only its team target (roll-up 0, difference 300).
    assertEquals(usd("850.00"), row(r, "bo").rolledUp());
    assertEquals(usd("850.00"), row(r, "west").rolledUp());
    assertEquals(Optional.of(usd("-250.00")), row(r, "bo").difference());
    assertTrue(r.row("2026-Q4", "cy", USD).isEmpty());
    assertEquals(usd("0.00"), row(r, "east").rolledUp());
    assertEquals(Optional.of(usd("300.00")), row(r, "east").difference());
    assertEquals(Optional.of("bo"), row(r, "ana").reportsTo());
  }

  @Test
  void a_person_not_in_the_roster_or_a_period_not_in_the_calendar_is_left_out_with_the_reason() {
    List<RosterTarget> targets = List.of(target("zed", "10.00", TargetCovers.OWN),
        RosterTarget.builder().person("al").period("2026-13").amount(usd("5.00")).build(),
        target("al", "7.00", TargetCovers.OWN));
    TargetRollupResult r = TargetRollup.of(targets, CallDeals.ROSTER, LocalDate.parse("2026-10-01"),
        CallDeals.quarters());
    assertEquals(1, r.provenance().counted());
    assertEquals(List.of("period-not-in-calendar", "person-not-in-roster"),
        r.provenance().excluded().stream().map(Exclusion::reason).sorted().toList());
    assertEquals(usd("7.00"), row(r, "west").rolledUp());
  }

  @Test
  void two_own_targets_of_one_person_and_period_are_refused_naming_them() {
    List<RosterTarget> twice = List.of(target("al", "1.00", TargetCovers.OWN), target("al", "2.00", TargetCovers.OWN));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> TargetRollup.of(twice,
        CallDeals.ROSTER, LocalDate.parse("2026-10-01"), CallDeals.quarters()));
    assertTrue(e.getMessage().contains("al 2026-Q4 USD OWN"), e.getMessage());
  }

  @Test
  void targets_and_roll_up_rows_read_back_from_json_as_they_were_written() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper json = dev.revops.core.json.RevopsJson.mapper();
    RosterTarget bo = target("bo", "600.00", TargetCovers.TEAM);
    String text = json.writeValueAsString(bo);
    assertEquals("{\"person\":\"bo\",\"period\":\"2026-Q4\",\"amount\":\"USD 600.00\",\"covers\":\"TEAM\"}", text);
    assertEquals(bo, json.readValue(text, RosterTarget.class));
    // covers defaults to OWN
    assertEquals(TargetCovers.OWN, json.readValue("{\"person\":\"al\",\"period\":\"2026-Q4\",\"amount\":"
        + "\"USD 1.00\"}", RosterTarget.class).covers());
    TargetRollupRow row = row(TargetRollup.of(targets(), CallDeals.ROSTER, LocalDate.parse("2026-10-01"),
        CallDeals.quarters()), "bo");
    assertEquals(row, json.readValue(json.writeValueAsString(row), TargetRollupRow.class));
    assertThrows(Exception.class, () -> json.readValue("{\"person\":\"al\",\"period\":\"2026-Q4\","
        + "\"amount\":\"USD -1.00\"}", RosterTarget.class));
  }

  @Test
  void a_per_owner_target_becomes_that_person_s_target_and_others_are_refused() {
    Target avery = Target.builder().period("2026-Q4").putGroup("owner", "avery").amount(usd("137500.00")).build();
    assertEquals(target("avery", "137500.00", TargetCovers.TEAM),
        RosterTarget.of(avery, TargetCovers.TEAM));
    Target total = Target.builder().period("2026-Q4").amount(usd("1.00")).build();
    assertThrows(InvalidValueException.class, () -> RosterTarget.of(total, TargetCovers.OWN));
  }
}
