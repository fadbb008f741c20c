package dev.revops.forecast.pipeline;

import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.dimension.Dimension;

import dev.revops.core.metric.MergeCheck;
import dev.revops.core.deal.Deal;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.AmountOverflowException;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.period.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Forecast-category roll-ups per close period and group, as an accumulator: {@link #add} deals,
 * {@link #merge} accumulators of other deals, read the {@link #result}.
 *
 * <p>Counted: open deals in Pipeline, Best Case, Most Likely and Commit, in the period of their
 * expected close date; won deals, as Closed, in the period of their closed date. Excluded, with the
 * reason: lost deals, open deals in Omitted, deals without an amount or a close date, outside the
 * window, or in a currency with no rate. The options' {@link Dimension#CLOSE_PERIOD} is implied (the
 * rows are per period) and not repeated in the group.
 *
 * <p>Of the options' {@link dev.revops.core.scope.Scope}: the period kind and fiscal calendar
 * (the rows' periods), the reporting currency and rates, the as-of instant, the definitions read
 * under and the example limit (the provenance).
 *
 * <p>Merging adds exact integer sums, so any split of the deals gives the result of one pass. Not
 * thread-safe: use one accumulator per thread.
 */
public final class ForecastRollup implements Accumulator<Deal, RollupResult, ForecastRollup> {
  private record Key(Period period, List<String> group, Currency currency) {}

  /** Minor-unit sums of one period, group and currency. */
  private static final class Cell {
    long open;
    long won;
    long pipeline;
    long bestCase;
    long mostLikely;
    long commit;
    long closed;

    void merge(Cell o) {
      open += o.open;
      won += o.won;
      pipeline = Math.addExact(pipeline, o.pipeline);
      bestCase = Math.addExact(bestCase, o.bestCase);
      mostLikely = Math.addExact(mostLikely, o.mostLikely);
      commit = Math.addExact(commit, o.commit);
      closed = Math.addExact(closed, o.closed);
    }
  }

  private final PipelineOptions options;
  private final DealLens lens;
  private final Map<Key, Cell> cells = new HashMap<>();
  private final ExclusionTally excluded;

  /**
   * An empty roll-up.
   *
   * @param options what to count and how to group it
   */
  public ForecastRollup(PipelineOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.lens = new DealLens(options);
    this.excluded = new ExclusionTally(options.scope().exampleLimit());
  }

  /**
   * Counts a deal, or records why it is excluded.
   *
   * @param deal any deal
   */
  @Override
  public void add(Deal deal) {
    Objects.requireNonNull(deal, "deal");
    DealLens.Seen s = lens.rollup(deal);
    if (s.excludedBecause != null) {
      excluded.add(s.excludedBecause, deal.id());
      return;
    }
    Key key = new Key(s.period.orElseThrow(), lens.key(deal, s.period, DealLens.BUT_PERIOD), s.currency);
    Cell c = cells.computeIfAbsent(key, k -> new Cell());
    ForecastCategory category = s.won ? ForecastCategory.CLOSED : deal.effectiveForecastCategory();
    try {
      long amount = DealLens.minor(s.amount, s.currency);
      if (s.won) {
        c.closed = Math.addExact(c.closed, amount);
        c.won++;
        return;
      }
      switch (category) {
        case PIPELINE:
          c.pipeline = Math.addExact(c.pipeline, amount);
          break;
        case BEST_CASE:
          c.bestCase = Math.addExact(c.bestCase, amount);
          break;
        case MOST_LIKELY:
          c.mostLikely = Math.addExact(c.mostLikely, amount);
          break;
        case COMMIT:
          c.commit = Math.addExact(c.commit, amount);
          break;
        default:
          throw new IllegalStateException("an open deal in " + category + " was not excluded");
      }
      c.open++;
    } catch (ArithmeticException e) {
      throw overflow(category.name().toLowerCase(Locale.ROOT).replace('_', ' '), key);
    }
  }

  /** The sum of a figure of a key is beyond a long of minor units: which one, in words. */
  private AmountOverflowException overflow(String figure, Key k) {
    String group = k.group().isEmpty() ? "" : DealLens.words(lens.named(k.group(), DealLens.BUT_PERIOD));
    return new AmountOverflowException("forecast roll-up", figure, k.period().label() + (group.isEmpty() ? ""
        : ", " + group), k.currency());
  }

  /**
   * Adds the counts of another roll-up, built with the same options, into this one.
   *
   * @param other a roll-up of other deals
   * @return this roll-up
   * @throws IllegalArgumentException if the other has different options
   */
  @Override
  public ForecastRollup merge(ForecastRollup other) {
    MergeCheck.of("forecast roll-up", this, other).same("options", options, other.options);
    other.cells.forEach((k, c) -> {
      try {
        cells.computeIfAbsent(k, x -> new Cell()).merge(c);
      } catch (ArithmeticException e) {
        throw overflow("a category's sum", k);
      }
    });
    excluded.merge(other.excluded);
    return this;
  }

  /**
   * The roll-ups so far.
   *
   * @return period totals and group rows
   */
  @Override
  public RollupResult result() {
    Comparator<Key> order = Comparator.comparing(Key::period)
        .thenComparing(Key::group, WeightedPipeline::compareKeys)
        .thenComparing(k -> k.currency().getCurrencyCode());
    Map<Key, Cell> sorted = new TreeMap<>(order);
    sorted.putAll(cells);
    Map<Key, Cell> totals = new TreeMap<>(order);
    long counted = 0;
    List<RollupRow> rows = new ArrayList<>();
    boolean grouping = options.groupBy().stream().anyMatch(d -> !d.isClosePeriod());
    for (Map.Entry<Key, Cell> e : sorted.entrySet()) {
      Key k = e.getKey();
      Cell c = e.getValue();
      counted += c.open + c.won;
      Key total = new Key(k.period(), List.of(), k.currency());
      try {
        totals.computeIfAbsent(total, x -> new Cell()).merge(c);
      } catch (ArithmeticException x) {
        throw overflow("a category's sum", total);
      }
      if (grouping) {
        rows.add(row(k, lens.named(k.group(), DealLens.BUT_PERIOD), c));
      }
    }
    RollupResult.Builder b = new RollupResult.Builder().options(options)
        .provenance(Provenance.of(ForecastMetrics.FORECAST_ROLLUP, options.scope(), counted, excluded)).addAllRows(rows);
    totals.forEach((k, c) -> b.addTotals(row(k, new TreeMap<>(), c)));
    return b.build();
  }

  private RollupRow row(Key k, SortedMap<String, String> group, Cell c) {
    Currency cur = k.currency();
    try {
      return RollupRow.of(k.period(), group, c.open, c.won, Money.ofMinor(cur, c.pipeline),
          Money.ofMinor(cur, c.bestCase), Money.ofMinor(cur, c.mostLikely), Money.ofMinor(cur, c.commit),
          Money.ofMinor(cur, c.closed));
    } catch (ArithmeticException e) {
      throw overflow("a cumulative forecast (commit, most likely, best case or open pipeline)", k);
    }
  }
}
