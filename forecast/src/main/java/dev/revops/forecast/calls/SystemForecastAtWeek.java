package dev.revops.forecast.calls;

import dev.revops.core.InvalidValueException;
import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealTimeline;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.AmountOverflowException;
import dev.revops.core.money.Money;
import dev.revops.core.money.Rounding;
import dev.revops.core.period.Period;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.conversion.ProbabilityModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The system's forecast at week N of each period, rebuilt from the deals' timelines, as an
 * accumulator: what the pipeline said at the instant each caller's call is taken as of, to compare
 * the calls with ({@link CallOutcomes#asOfWeek(HierarchyResult, List, Period, int, ForecastCategory,
 * Scope, SystemForecastResult)}).
 *
 * <p>For each period, the instant is the end of week N ({@link CallOutcomes#endOfWeek}); each deal is
 * rebuilt as it stood just before it ({@link DealTimeline#asOf}, changes strictly before the end of
 * the week) and seen as {@link HierarchyRollup} sees deals: a deal won by then with its closed date in
 * the period adds its amount to {@code closedWon}; a deal open then, not Omitted, expected to close in
 * the period adds amount x probability (from the {@link ProbabilityModel}, given the deal as rebuilt)
 * to {@code weightedPipeline}; each to its owner and everyone above them in the roster on its credit
 * day (its close date then, or the scope's as-of date). Every deal is counted or excluded once per
 * period, with the reason ({@code not-created-yet}, {@code cannot-be-rebuilt}, {@code other-period},
 * {@code lost}, {@code omitted}, {@code owner-not-in-roster}, {@code no-owner}, {@code no-amount},
 * {@code no-close-date}, {@code no-rate}), its id {@code deal@period}.
 *
 * <p>Sums are exact (the weighted one a decimal of minor units, rounded half-even to the minor unit
 * in the result), so any split merged gives the result of one pass. Not thread-safe.
 *
 * <pre>{@code
 * SystemForecastAtWeek system = new SystemForecastAtWeek(callOptions, List.of(q3), 5, BuiltInModel.STAGE_DEFAULT);
 * timelines.forEach(system::add);   // DealTimeline.of(deal, history, fieldChanges, zone)
 * system.result().forecast("2026-Q3", "bo", usd);   // Optional[USD 150.00]
 * }</pre>
 */
public final class SystemForecastAtWeek implements Accumulator<DealTimeline, SystemForecastResult, SystemForecastAtWeek> {
  private record Key(String period, String person, Currency currency) {}

  /** Sums of one key. */
  private static final class Cell {
    long won;
    BigDecimal weighted = BigDecimal.ZERO;
    long wonDeals;
    long openDeals;

    void merge(Cell o) {
      won = Math.addExact(won, o.won);
      weighted = weighted.add(o.weighted);
      wonDeals += o.wonDeals;
      openDeals += o.openDeals;
    }
  }

  private final CallOptions options;
  private final List<Period> periods;
  private final List<Instant> ends = new ArrayList<>();
  private final int week;
  private final ProbabilityModel model;
  private final CallLens lens;
  private final Map<Key, Cell> cells = new HashMap<>();
  private final ExclusionTally excluded;
  private long counted;

  /**
   * An empty accumulator.
   *
   * @param options the roster, credit day and scope (zone, calendar, reporting currency and rates)
   * @param periods the periods to rebuild the forecast of
   * @param week N: the state is rebuilt at the end of week N of each period (0: before it starts)
   * @param model where each open deal's probability comes from (the stage defaults, a saved model)
   * @throws InvalidValueException if the week is negative
   */
  public SystemForecastAtWeek(CallOptions options, List<Period> periods, int week, ProbabilityModel model) {
    this.options = Objects.requireNonNull(options, "options");
    this.periods = List.copyOf(periods);
    this.week = week;
    this.model = Objects.requireNonNull(model, "model");
    for (Period p : this.periods) {
      ends.add(CallOutcomes.endOfWeek(p, week, options.scope()));
    }
    this.lens = new CallLens(options);
    this.excluded = new ExclusionTally(options.scope().exampleLimit());
  }

  /**
   * Rebuilds one deal at the end of week N of each period and counts it there, or records why not.
   *
   * @param timeline the deal through time
   */
  @Override
  public void add(DealTimeline timeline) {
    Objects.requireNonNull(timeline, "timeline");
    for (int i = 0; i < periods.size(); i++) {
      Period period = periods.get(i);
      String id = timeline.current().id() + "@" + period.label();
      Deal then;
      try {
        java.util.Optional<Deal> rebuilt = timeline.asOf(ends.get(i).minusNanos(1));
        if (rebuilt.isEmpty()) {
          excluded.add("not-created-yet", id);
          continue;
        }
        then = rebuilt.get();
      } catch (InvalidValueException e) {
        excluded.add("cannot-be-rebuilt", id);
        continue;
      }
      String reason = count(then, period);
      if (reason == null) {
        counted++;
      } else {
        excluded.add(reason, id);
      }
    }
  }

  /** Counts a rebuilt deal in a period for its owner's chain; returns why not, or null when counted. */
  private String count(Deal deal, Period period) {
    CallLens.Seen s = lens.see(deal);
    if (s.excludedBecause().isPresent()) {
      return s.excludedBecause().get();
    }
    if (!s.period().equals(period)) {
      return "other-period";
    }
    if (s.category() == ForecastCategory.OMITTED) {
      return deal.isLost() ? "lost" : "omitted";
    }
    String owner = deal.owner().orElseThrow();
    if (options.roster().entryOf(owner, s.creditDate()).isEmpty()) {
      return "owner-not-in-roster";
    }
    long minor = s.amount().getAmountMinor();
    BigDecimal weighted = s.won() ? BigDecimal.ZERO
        : BigDecimal.valueOf(minor).multiply(model.probability(deal).toBigDecimal());
    for (String person : options.roster().chainOf(owner, s.creditDate())) {
      Key key = new Key(period.label(), person, s.amount().getCurrency());
      Cell c = cells.computeIfAbsent(key, k -> new Cell());
      if (s.won()) {
        try {
          c.won = Math.addExact(c.won, minor);
        } catch (ArithmeticException e) {
          throw overflow(key);
        }
        c.wonDeals++;
      } else {
        c.weighted = c.weighted.add(weighted);
        c.openDeals++;
      }
    }
    return null;
  }

  private static AmountOverflowException overflow(Key k) {
    return new AmountOverflowException("system forecast at week", "a figure", k.period() + ", " + k.person(),
        k.currency());
  }

  /**
   * Adds what another accumulator, built with the same options, periods, week and model, counted.
   *
   * @param other an accumulator of other deals
   * @return this accumulator
   * @throws IllegalArgumentException if the other was built differently, or is this one
   */
  @Override
  public SystemForecastAtWeek merge(SystemForecastAtWeek other) {
    MergeCheck.of("system forecast at week", this, other).same("options", options, other.options)
        .same("periods", periods, other.periods).same("week", week, other.week)
        .same("probability model", model.ref(), other.model.ref());
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
   * @return per period, person and currency, with the model cited and the provenance
   */
  @Override
  public SystemForecastResult result() {
    Map<Key, Cell> sorted = new TreeMap<>(Comparator.comparing(Key::period).thenComparing(Key::person)
        .thenComparing(k -> k.currency().getCurrencyCode()));
    sorted.putAll(cells);
    Map<String, Instant> at = new HashMap<>();
    for (int i = 0; i < periods.size(); i++) {
      at.put(periods.get(i).label(), ends.get(i));
    }
    List<SystemForecastRow> rows = new ArrayList<>();
    sorted.forEach((k, c) -> rows.add(ImmutableSystemForecastRow.builder().period(k.period()).at(at.get(k.period()))
        .person(k.person()).closedWon(Money.ofMinor(k.currency(), c.won))
        .weightedPipeline(Money.ofMinor(k.currency(), c.weighted.setScale(0, Rounding.MONEY).longValueExact()))
        .wonDeals(c.wonDeals).openDeals(c.openDeals).build()));
    Scope scope = options.scope();
    Provenance provenance = Provenance.builder().definition(CallMetrics.SYSTEM_FORECAST_AT_WEEK)
        .addAllBasedOn(scope.basedOn()).addBasedOn(model.ref()).asOf(scope.asOf()).counted(counted)
        .addAllExcluded(excluded.result()).build();
    return ImmutableSystemForecastResult.builder().week(week)
        .addAllPeriods(periods.stream().map(Period::label).toList()).probabilityModel(model.ref())
        .addAllRows(rows).provenance(provenance).build();
  }
}
