package dev.revops.forecast.calls;

import dev.revops.core.InvalidValueException;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import dev.revops.core.roster.Roster;
import dev.revops.core.roster.RosterEntry;
import dev.revops.core.scope.Scope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Targets rolled up the roster as deals are: a person's rolled-up target is their own target plus
 * the own targets of everyone below them, in the hierarchy of one named day.
 *
 * <p>Rules:
 * <ul>
 *   <li>Each {@link TargetCovers#OWN} target adds to its person's {@code own} and to the
 *       {@code rolledUp} of every member of their chain on the roster day (person, manager, manager's
 *       manager...), once each. So a person's {@code rolledUp} is their {@code own} plus the
 *       {@code rolledUp} of each person reporting to them that day.</li>
 *   <li>A {@link TargetCovers#TEAM} target (set directly on a manager or a level) never enters the
 *       roll-up and never replaces it: it is shown as {@code teamTarget} beside it, with
 *       {@code difference = teamTarget - rolledUp} (positive when the manager's target asks for more
 *       than their people's targets add up to). Where a team target is set it is the person's
 *       {@code target} (the number they are held to); elsewhere the roll-up is.</li>
 *   <li>Left out, with the reason: a target whose person has no roster entry on the day
 *       ({@code person-not-in-roster}) or whose period is not a label of the scope's period kind and
 *       fiscal calendar ({@code period-not-in-calendar}).</li>
 *   <li>Amounts are summed per currency (never added across currencies).</li>
 * </ul>
 *
 * <pre>{@code
 * // west <- bo <- {ana, al}: own targets ana 300, al 200, bo 50; team target of west 600
 * TargetRollupResult r = TargetRollup.of(targets, roster, LocalDate.parse("2026-10-01"), scope);
 * r.row("2026-Q4", "bo", usd).get().rolledUp();      // USD 550.00
 * r.row("2026-Q4", "west", usd).get().difference();  // Optional[USD 50.00]
 * }</pre>
 */
public final class TargetRollup {
  private record Key(Period period, Currency currency, String person) {}

  private static final Comparator<Key> ORDER = Comparator.comparing(Key::period)
      .thenComparing(k -> k.currency().getCurrencyCode()).thenComparing(Key::person);

  private TargetRollup() {}

  /**
   * Rolls the targets up the roster of a day.
   *
   * @param targets the targets, own and team
   * @param roster the sales hierarchy
   * @param on the day whose hierarchy the targets roll up (the Wednesday review uses its as-of date)
   * @param scope the period kind and fiscal calendar of the labels, the as-of instant and example limit
   * @return a row per period, currency and person with a target or someone with a target below them
   * @throws InvalidValueException if a person has two targets of the same period, currency and cover
   */
  public static TargetRollupResult of(List<RosterTarget> targets, Roster roster, LocalDate on, Scope scope) {
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(roster, "roster");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(scope, "scope");
    Map<Key, Money> own = new HashMap<>();
    Map<Key, Money> rolled = new HashMap<>();
    Map<Key, Money> team = new HashMap<>();
    Set<String> seen = new HashSet<>();
    ExclusionTally excluded = new ExclusionTally(scope.exampleLimit());
    long counted = 0;
    for (RosterTarget t : targets) {
      String id = t.person() + " " + t.period() + " " + t.amount().getCurrencyCode() + " " + t.covers();
      if (!seen.add(id)) {
        throw new InvalidValueException("targets", id, "must give a person one target per period, currency and "
            + "cover (this one is given twice)");
      }
      Optional<Period> period = period(t.period(), scope);
      if (period.isEmpty()) {
        excluded.add("period-not-in-calendar", id);
      } else if (roster.entryOf(t.person(), on).isEmpty()) {
        excluded.add("person-not-in-roster", id);
      } else {
        counted++;
        Key key = new Key(period.get(), t.amount().getCurrency(), t.person());
        if (t.covers() == TargetCovers.TEAM) {
          team.put(key, t.amount());
        } else {
          own.put(key, t.amount());
          for (String p : roster.chainOf(t.person(), on)) {
            rolled.merge(new Key(key.period(), key.currency(), p), t.amount(), Money::plus);
          }
        }
      }
    }
    TreeSet<Key> keys = new TreeSet<>(ORDER);
    keys.addAll(rolled.keySet());
    keys.addAll(team.keySet());
    List<TargetRollupRow> rows = new ArrayList<>();
    for (Key k : keys) {
      Money zero = Money.zero(k.currency());
      rows.add(ImmutableTargetRollupRow.builder().period(k.period()).person(k.person())
          .level(roster.levelOf(k.person(), on)).reportsTo(roster.entryOf(k.person(), on).flatMap(RosterEntry::manager))
          .own(own.getOrDefault(k, zero)).rolledUp(rolled.getOrDefault(k, zero))
          .teamTarget(Optional.ofNullable(team.get(k))).build());
    }
    return ImmutableTargetRollupResult.builder().rosterDay(on).addAllRows(rows)
        .provenance(Provenance.of(CallMetrics.TARGET_ROLLUP, scope, counted, excluded)).build();
  }

  private static Optional<Period> period(String label, Scope scope) {
    try {
      return Optional.of(scope.fiscalCalendar().parse(scope.periodKind(), label));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }
}
