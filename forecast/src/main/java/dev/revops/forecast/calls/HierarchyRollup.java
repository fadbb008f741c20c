package dev.revops.forecast.calls;

import dev.revops.core.roster.CreditDate;
import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.deal.Deal;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.AmountOverflowException;
import dev.revops.core.period.Period;
import dev.revops.core.pipeline.ForecastCategory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The pipeline rolled up the sales hierarchy, as an accumulator: each person's own deals and
 * everything below them, per close period and currency.
 *
 * <p>Each deal is credited on its {@link CreditDate} to its owner's chain in the roster that day
 * (owner, manager, manager's manager...): it adds to the owner's {@code own} and to the {@code total}
 * of every member of the chain, once each. So at every level a deal counts once, and a person's
 * total is their own deals plus the totals of their reports. Counted: won deals (in the period of
 * their closed date) and open deals not Omitted (in the period of their expected close date).
 * Excluded, with the reason: lost, open in Omitted, no owner, no amount, no close date, and an owner
 * without a roster entry on the credit day ({@code owner-not-in-roster}). Totals are per currency;
 * with a reporting currency in the scope, each amount is converted at the rate of its close date,
 * rounded half-even to the minor unit, and a deal whose currency has no rate then is excluded
 * ({@code no-rate}).
 *
 * <p>Merging adds exact integer sums, so any split of the deals gives the result of one pass. Not
 * thread-safe: use one per thread.
 *
 * <pre>{@code
 * HierarchyRollup rollup = new HierarchyRollup(options);
 * deals.forEach(rollup::add);
 * rollup.result().total("2026-Q3", "bo", ForecastCategory.COMMIT, usd);
 * }</pre>
 */
public final class HierarchyRollup implements Accumulator<Deal, HierarchyResult, HierarchyRollup> {
  private record Key(Period period, String person, Optional<String> level, Optional<String> reportsTo,
      Currency currency) {}

  /** Minor-unit sums of one key. */
  private static final class Cell {
    long ownDeals;
    long totalDeals;
    final long[] own = new long[CallFigures.SUMS];
    final long[] total = new long[CallFigures.SUMS];

    void merge(Cell o) {
      ownDeals += o.ownDeals;
      totalDeals += o.totalDeals;
      for (int i = 0; i < CallFigures.SUMS; i++) {
        own[i] = Math.addExact(own[i], o.own[i]);
        total[i] = Math.addExact(total[i], o.total[i]);
      }
    }
  }

  private static final Comparator<Optional<String>> OPTIONAL = Comparator.comparing(o -> o.orElse(""));
  private static final Comparator<Key> ORDER = Comparator.comparing(Key::period).thenComparing(Key::person)
      .thenComparing(Key::level, OPTIONAL).thenComparing(Key::reportsTo, OPTIONAL)
      .thenComparing(k -> k.currency().getCurrencyCode());

  private final CallOptions options;
  private final CallLens lens;
  private final Map<Key, Cell> cells = new HashMap<>();
  private final ExclusionTally excluded;
  private long counted;

  /**
   * An empty roll-up.
   *
   * @param options the roster, credit day and scope
   */
  public HierarchyRollup(CallOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.lens = new CallLens(options);
    this.excluded = new ExclusionTally(options.scope().exampleLimit());
  }

  /**
   * Counts a deal for its owner and everyone above them on its credit day, or records why not.
   *
   * @param deal any deal
   */
  @Override
  public void add(Deal deal) {
    Objects.requireNonNull(deal, "deal");
    CallLens.Seen s = lens.see(deal);
    if (s.excludedBecause().isEmpty() && s.category() == ForecastCategory.OMITTED) {
      excluded.add(deal.isLost() ? "lost" : "omitted", deal.id());
      return;
    }
    String owner = deal.owner().orElse("");
    if (s.excludedBecause().isEmpty() && options.roster().entryOf(owner, s.creditDate()).isEmpty()) {
      excluded.add("owner-not-in-roster", deal.id());
      return;
    }
    if (s.excludedBecause().isPresent()) {
      excluded.add(s.excludedBecause().get(), deal.id());
      return;
    }
    List<String> chain = options.roster().chainOf(owner, s.creditDate());
    int index = CallFigures.index(s.category());
    long minor = s.amount().getAmountMinor();
    Currency currency = s.amount().getCurrency();
    for (int i = 0; i < chain.size(); i++) {
      String person = chain.get(i);
      Key key = new Key(s.period(), person, options.roster().levelOf(person, s.creditDate()),
          i + 1 < chain.size() ? Optional.of(chain.get(i + 1)) : Optional.empty(), currency);
      Cell c = cells.computeIfAbsent(key, k -> new Cell());
      try {
        c.total[index] = Math.addExact(c.total[index], minor);
        c.totalDeals++;
        if (i == 0) {
          c.own[index] = Math.addExact(c.own[index], minor);
          c.ownDeals++;
        }
      } catch (ArithmeticException e) {
        throw overflow(key);
      }
    }
    counted++;
  }

  private static AmountOverflowException overflow(Key k) {
    return new AmountOverflowException("hierarchy roll-up", "a figure", k.period().label() + ", " + k.person(),
        k.currency());
  }

  /**
   * Adds what another roll-up, built with the same options, counted.
   *
   * @param other a roll-up of other deals
   * @return this roll-up
   * @throws IllegalArgumentException if the other has different options, or is this one
   */
  @Override
  public HierarchyRollup merge(HierarchyRollup other) {
    MergeCheck.of("hierarchy roll-up", this, other).same("options", options, other.options);
    other.cells.forEach((k, c) -> {
      try {
        cells.computeIfAbsent(k, x -> new Cell()).merge(c);
      } catch (ArithmeticException e) {
        throw overflow(k);
      }
    });
    excluded.merge(other.excluded);
    counted += other.counted;
    return this;
  }

  /**
   * The rows so far.
   *
   * @return the rows, sorted, and the provenance
   */
  @Override
  public HierarchyResult result() {
    Map<Key, Cell> sorted = new TreeMap<>(ORDER);
    sorted.putAll(cells);
    List<HierarchyRow> rows = new ArrayList<>();
    sorted.forEach((k, c) -> {
      try {
        rows.add(ImmutableHierarchyRow.builder().period(k.period()).person(k.person()).level(k.level())
            .reportsTo(k.reportsTo()).own(CallFigures.of(k.currency(), c.ownDeals, c.own))
            .total(CallFigures.of(k.currency(), c.totalDeals, c.total)).build());
      } catch (ArithmeticException e) {
        throw overflow(k);
      }
    });
    return HierarchyResult.of(rows, Provenance.of(CallMetrics.HIERARCHY_ROLLUP, options.scope(), counted, excluded));
  }
}
