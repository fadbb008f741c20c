package dev.revops.forecast.calls;

import dev.revops.core.deal.Deal;
import dev.revops.core.money.Money;
import dev.revops.core.roster.Roster;
import dev.revops.core.roster.RosterEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of rosters (three levels, with moves) and of deals owned by their people. */
final class CallArbitraries {
  static final List<String> REGIONS = List.of("r0", "r1", "r2");
  static final List<String> MANAGERS = List.of("m0", "m1", "m2", "m3");
  static final List<String> REPS = List.of("p0", "p1", "p2", "p3", "p4", "p5");
  static final LocalDate START = LocalDate.parse("2026-01-01");

  private CallArbitraries() {}

  /** Regions at the top; each manager under a region, maybe moving once; each rep under a manager, maybe moving. */
  static Arbitrary<Roster> rosters() {
    Arbitrary<List<RosterEntry>> managers = Arbitraries.integers().between(0, 2).list().ofSize(2 * MANAGERS.size())
        .flatMap(picks -> Arbitraries.integers().between(-1, 360).list().ofSize(MANAGERS.size())
            .map(days -> entries(MANAGERS, REGIONS, "manager", picks, days)));
    Arbitrary<List<RosterEntry>> reps = Arbitraries.integers().between(0, 3).list().ofSize(2 * REPS.size())
        .flatMap(picks -> Arbitraries.integers().between(-1, 360).list().ofSize(REPS.size())
            .map(days -> entries(REPS, MANAGERS, "rep", picks, days)));
    return Combinators.combine(managers, reps).as((m, r) -> {
      List<RosterEntry> all = new ArrayList<>();
      REGIONS.forEach(x -> all.add(RosterEntry.builder().person(x).level("region").build()));
      all.addAll(m);
      all.addAll(r);
      return Roster.of(all);
    });
  }

  private static List<RosterEntry> entries(List<String> people, List<String> above, String level, List<Integer> picks,
      List<Integer> moveDays) {
    List<RosterEntry> out = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      String first = above.get(picks.get(2 * i) % above.size());
      String second = above.get(picks.get(2 * i + 1) % above.size());
      int day = moveDays.get(i);
      if (day < 0) {
        out.add(RosterEntry.builder().person(people.get(i)).manager(first).level(level).build());
      } else {
        LocalDate move = START.plusDays(day);
        out.add(RosterEntry.builder().person(people.get(i)).manager(first).level(level).to(move).build());
        out.add(RosterEntry.builder().person(people.get(i)).manager(second).level(level).from(move).build());
      }
    }
    return out;
  }

  /** Deals of the roster's people (or an unknown owner, or none), won, lost or open, in USD or EUR, in 2026. */
  static Arbitrary<Deal> deals() {
    List<String> owners = new ArrayList<>(REPS);
    owners.addAll(MANAGERS);
    owners.addAll(REGIONS);
    owners.add("stranger");
    Arbitrary<Optional<String>> owner = Arbitraries.of(owners).optional(0.95);
    Arbitrary<String> stage = Arbitraries.of("closed-won", "closed-lost", "negotiation", "proposal", "prospecting",
        "discovery");
    Arbitrary<Optional<Money>> amount = Combinators.combine(Arbitraries.of("USD", "EUR"),
        Arbitraries.longs().between(0, 1_000_000_000L)).as(Money::ofMinor).optional(0.95);
    Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 364).map(START::plusDays);
    Arbitrary<Optional<String>> region = Arbitraries.of("north", "south", "").optional(0.8);
    return Combinators.combine(Arbitraries.strings().alpha().ofLength(6), owner, stage, amount, date, region)
        .as((id, o, s, a, d, reg) -> {
          Deal.Builder b = Deal.builder().id(id).owner(o).amount(a).stage(CallDeals.DEF.stage(s));
          if (s.startsWith("closed")) {
            b.closedDate(d);
          } else {
            b.expectedCloseDate(d);
          }
          reg.filter(x -> !x.isEmpty()).ifPresent(x -> b.putAttributes("region", x));
          return b.build();
        });
  }
}
