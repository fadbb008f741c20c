package dev.revops.forecast.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.money.Money;
import dev.revops.core.roster.Roster;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Targets up the roster: a level's target is its own plus its children's, and nothing is counted twice. */
class TargetRollupProperties {

  @Provide
  Arbitrary<Roster> rosters() {
    return CallArbitraries.rosters();
  }

  /** Own and team targets of the roster's people (or a stranger), in USD or EUR, in two quarters. */
  @Provide
  Arbitrary<List<RosterTarget>> targets() {
    List<String> people = new ArrayList<>(CallArbitraries.REPS);
    people.addAll(CallArbitraries.MANAGERS);
    people.addAll(CallArbitraries.REGIONS);
    people.add("stranger");
    Arbitrary<RosterTarget> one = Combinators.combine(Arbitraries.of(people), Arbitraries.of("2026-Q2", "2026-Q4"),
        Arbitraries.of("USD", "EUR"), Arbitraries.longs().between(0, 10_000_000_000L),
        Arbitraries.of(TargetCovers.class)).as((p, q, c, minor, covers) -> RosterTarget.builder().person(p)
            .period(q).amount(Money.ofMinor(c, minor)).covers(covers).build());
    return one.list().ofMaxSize(30).map(TargetRollupProperties::unique);
  }

  private static List<RosterTarget> unique(List<RosterTarget> all) {
    Set<String> seen = new HashSet<>();
    List<RosterTarget> out = new ArrayList<>();
    for (RosterTarget t : all) {
      if (seen.add(t.person() + t.period() + t.amount().getCurrencyCode() + t.covers())) {
        out.add(t);
      }
    }
    return out;
  }

  @Property(tries = 300)
  void a_person_s_rolled_up_target_is_their_own_plus_the_rolled_up_targets_of_their_reports(
      @ForAll("rosters") Roster roster, @ForAll("targets") List<RosterTarget> targets,
      @ForAll("days") LocalDate day) {
    TargetRollupResult r = TargetRollup.of(targets, roster, day, CallDeals.quarters());
    Map<String, Money> children = new HashMap<>();
    for (TargetRollupRow row : r.rows()) {
      row.reportsTo().ifPresent(m -> children.merge(row.period().label() + " " + row.rolledUp().getCurrencyCode()
          + " " + m, row.rolledUp(), Money::plus));
    }
    for (TargetRollupRow row : r.rows()) {
      Money below = children.getOrDefault(row.period().label() + " " + row.rolledUp().getCurrencyCode() + " "
          + row.person(), Money.zero(row.rolledUp().getCurrency()));
      assertEquals(row.own().plus(below), row.rolledUp(), row.toString());
      assertEquals(row.teamTarget().orElse(row.rolledUp()), row.target());
    }
  }

  @Property(tries = 300)
  void each_counted_own_target_is_counted_once_at_the_top_of_its_chain(
      @ForAll("rosters") Roster roster, @ForAll("targets") List<RosterTarget> targets,
      @ForAll("days") LocalDate day) {
    TargetRollupResult r = TargetRollup.of(targets, roster, day, CallDeals.quarters());
    Map<String, Money> expected = new HashMap<>();
    long counted = 0;
    for (RosterTarget t : targets) {
      if (roster.entryOf(t.person(), day).isPresent()) {
        counted++;
        if (t.covers() == TargetCovers.OWN) {
          expected.merge(t.period() + " " + t.amount().getCurrencyCode(), t.amount(), Money::plus);
        }
      }
    }
    Map<String, Money> tops = new HashMap<>();
    r.rows().stream().filter(x -> x.reportsTo().isEmpty() && !x.rolledUp().isZero()).forEach(x -> tops.merge(
        x.period().label() + " " + x.rolledUp().getCurrencyCode(), x.rolledUp(), Money::plus));
    expected.values().removeIf(Money::isZero);
    assertEquals(expected, tops);
    assertEquals(counted, r.provenance().counted());
    assertEquals(targets.size(), r.provenance().counted() + r.provenance().excluded().stream()
        .mapToLong(e -> e.count()).sum());
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 400).map(CallArbitraries.START::plusDays);
  }
}
