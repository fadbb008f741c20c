package dev.revops.forecast.review;

import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.metric.TopN;
import dev.revops.core.money.Money;
import dev.revops.core.money.Rounding;
import dev.revops.core.period.Period;
import dev.revops.forecast.conversion.ProbabilityModel;
import dev.revops.core.dimension.Dimension;
import dev.revops.forecast.pipeline.ForecastContribution;
import dev.revops.forecast.pipeline.ForecastRollup;
import dev.revops.forecast.pipeline.PeriodRange;
import dev.revops.forecast.pipeline.PipelineFigures;
import dev.revops.forecast.pipeline.PipelineOptions;
import dev.revops.forecast.pipeline.RangeForecast;
import dev.revops.forecast.pipeline.RangeSettings;
import dev.revops.forecast.pipeline.RollupResult;
import dev.revops.forecast.pipeline.RollupRow;
import dev.revops.forecast.pipeline.Target;
import dev.revops.forecast.pipeline.TargetAttainment;
import dev.revops.forecast.pipeline.WeightedPipeline;
import dev.revops.forecast.pipeline.WeightedPipelineResult;
import java.math.BigDecimal;
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
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Wednesday's forecast reconciliation, as an accumulator: {@link #add} each deal's
 * {@link DealSeries}, {@link #merge} accumulators of other deals, read the {@link #result}.
 *
 * <p>For each close period, in total and per group of {@link ReviewOptions#groupBy()}, in the
 * previous and in the latest state: closed won, the cumulative commit, most-likely and best-case
 * forecasts, the open and the weighted pipeline, the range forecast (period totals), and, where a
 * target is set, the gap, coverage and needed win rate. These are the figures of
 * {@link ForecastRollup}, {@link WeightedPipeline}, {@link RangeForecast} and
 * {@link TargetAttainment} over each state's deals, so they match {@code revops pipeline} run on
 * either state.
 *
 * <p>What moved each row: every deal whose {@link ForecastContribution} to it changed, with the
 * change of each figure and the reason, largest first. A deal that moved from one period or group
 * to another leaves the first row and enters the second. The movers' changes add up to the row's
 * change exactly for closed won and the forecasts; for the weighted pipeline up to the rounding of
 * the row's total (the deals' weighted amounts are exact before it).
 *
 * <p>From the options' {@link ReviewOptions#scope() scope} it uses the zone, the period kind and
 * fiscal calendar, the reporting currency and rates, the definitions cited and the as-of instant;
 * the result's provenance cites {@link ReviewDefinitions#FORECAST_RECONCILIATION}.
 *
 * <p>Merging merges the underlying accumulators, so any split of the deals gives the result of one
 * pass. Not thread-safe: use one accumulator per thread.
 */
public final class ForecastReconciliation
    implements Accumulator<DealSeries, ForecastReconciliationResult, ForecastReconciliation> {
  private record RowKey(Period period, SortedMap<String, String> group, Currency currency) {}

  /** The accumulators of one state. */
  private static final class State {
    final PipelineOptions total;
    final PipelineOptions grouped;
    final ForecastRollup rollup;
    final WeightedPipeline weightedByPeriod;
    final Optional<WeightedPipeline> weightedByGroup;
    final RangeForecast range;

    State(ReviewOptions options, int state, ProbabilityModel model, RangeSettings settings) {
      total = options.pipelineOptions(state, List.of());
      grouped = options.pipelineOptions(state, options.groupBy());
      rollup = new ForecastRollup(grouped);
      weightedByPeriod = new WeightedPipeline(total, model);
      weightedByGroup = options.groupBy().isEmpty() ? Optional.empty()
          : Optional.of(new WeightedPipeline(grouped, model));
      range = new RangeForecast(total, model, settings);
    }

    void add(Deal d) {
      rollup.add(d);
      weightedByPeriod.add(d);
      weightedByGroup.ifPresent(w -> w.add(d));
      range.add(d);
    }

    void merge(State o) {
      rollup.merge(o.rollup);
      weightedByPeriod.merge(o.weightedByPeriod);
      weightedByGroup.ifPresent(w -> w.merge(o.weightedByGroup.get()));
      range.merge(o.range);
    }
  }

  /** The results of one state, indexed by row. */
  private static final class Figures {
    final Map<RowKey, RollupRow> rollups = new HashMap<>();
    final Map<RowKey, Money> weighted = new HashMap<>();
    final Map<RowKey, PeriodRange> ranges = new HashMap<>();
    final Map<RowKey, TargetAttainment> targets = new HashMap<>();
    RollupResult rollup;
  }

  private final ReviewOptions options;
  private final ProbabilityModel model;
  private final RangeSettings settings;
  private final List<Target> targets = new ArrayList<>();
  private final List<Target> notCompared = new ArrayList<>();
  private final State previous;
  private final State latest;
  private final Map<RowKey, TopN<ForecastMove>> movers = new HashMap<>();
  private final Map<RowKey, Long> moved = new HashMap<>();
  private long deals;

  /**
   * An empty reconciliation.
   *
   * @param options the states, periods, grouping and currency
   * @param model where probabilities come from (weighted pipeline, range)
   * @param targets targets per period, for the whole pipeline or split by exactly the options'
   *     dimensions (others are listed as not compared); at most one per period, group and currency
   * @param settings how the range forecast is computed
   * @throws InvalidValueException if two compared targets have the same period, group and currency
   *     (naming them), or a target's period is not a period of the scope's kind
   */
  public ForecastReconciliation(ReviewOptions options, ProbabilityModel model, List<Target> targets,
      RangeSettings settings) {
    this.options = Objects.requireNonNull(options, "options");
    this.model = Objects.requireNonNull(model, "model");
    this.settings = Objects.requireNonNull(settings, "settings");
    Set<String> dims = new TreeSet<>();
    options.groupBy().forEach(d -> dims.add(d.name()));
    Set<RowKey> seen = new HashSet<>();
    for (Target t : Objects.requireNonNull(targets, "targets")) {
      boolean compared = t.group().isEmpty() || t.group().keySet().equals(dims);
      if (compared && !seen.add(targetKey(t))) {
        throw new InvalidValueException("targets", t.period() + (t.group().isEmpty() ? " (total)" : " " + t.group())
            + " " + t.amount().getCurrencyCode(), "must give each period, group and currency one target (this one "
            + "is given twice)");
      }
      (compared ? this.targets : notCompared).add(t);
    }
    int n = options.states().size();
    this.previous = new State(options, n - 2, model, settings);
    this.latest = new State(options, n - 1, model, settings);
  }

  /**
   * Counts one deal in both states.
   *
   * @param series the deal in each of the options' states
   * @throws InvalidValueException if the series has another number of states than the options
   */
  @Override
  public void add(DealSeries series) {
    Objects.requireNonNull(series, "series");
    if (series.states().size() != options.states().size()) {
      throw new InvalidValueException("series", series.dealId(), "must have one entry per state ("
          + options.states().size() + "), had " + series.states().size());
    }
    deals++;
    series.previous().ifPresent(previous::add);
    series.latest().ifPresent(latest::add);
    Optional<ForecastContribution> before = series.previous()
        .flatMap(d -> ForecastContribution.of(previous.grouped, model, d));
    Optional<ForecastContribution> now = series.latest()
        .flatMap(d -> ForecastContribution.of(latest.grouped, model, d));
    if (before.isEmpty() && now.isEmpty()) {
      return;
    }
    move(series, before, now, true);
    if (!options.groupBy().isEmpty()) {
      move(series, before, now, false);
    }
  }

  private void move(DealSeries series, Optional<ForecastContribution> before, Optional<ForecastContribution> now,
      boolean total) {
    Optional<RowKey> from = before.map(c -> key(c, total));
    Optional<RowKey> to = now.map(c -> key(c, total));
    if (from.isPresent() && from.equals(to)) {
      record(series, from.get(), before, now);
    } else {
      from.ifPresent(k -> record(series, k, before, Optional.empty()));
      to.ifPresent(k -> record(series, k, Optional.empty(), now));
    }
  }

  private RowKey targetKey(Target t) {
    return new RowKey(options.parsePeriod(t.period()), new TreeMap<>(t.group()), t.amount().getCurrency());
  }

  private static RowKey key(ForecastContribution c, boolean total) {
    return new RowKey(c.period(), total ? new TreeMap<>() : c.group(), c.closedWon().getCurrency());
  }

  private void record(DealSeries series, RowKey key, Optional<ForecastContribution> before,
      Optional<ForecastContribution> now) {
    Currency cur = key.currency();
    Money closed = change(before.map(ForecastContribution::closedWon), now.map(ForecastContribution::closedWon), cur);
    Money commit = change(before.map(ForecastContribution::commitForecast),
        now.map(ForecastContribution::commitForecast), cur);
    Money best = change(before.map(ForecastContribution::bestCaseForecast),
        now.map(ForecastContribution::bestCaseForecast), cur);
    Money weighted = change(before.map(c -> Money.of(cur, c.weighted(), Rounding.MONEY)),
        now.map(c -> Money.of(cur, c.weighted(), Rounding.MONEY)), cur);
    if (closed.isZero() && commit.isZero() && best.isZero() && weighted.isZero()) {
      return;
    }
    moved.merge(key, 1L, Long::sum);
    movers.computeIfAbsent(key, k -> new TopN<>(options.listLimit(), MOVER_ORDER))
        .add(new ForecastMove.Builder().dealId(series.dealId()).closedWon(closed).commitForecast(commit)
            .bestCaseForecast(best).weighted(weighted)
            .reason(DealChanges.describe(series.previous(), series.latest())).build());
  }

  private static final Comparator<ForecastMove> MOVER_ORDER = Comparator
      .comparing(ForecastReconciliation::size, Comparator.reverseOrder()).thenComparing(ForecastMove::dealId)
      .thenComparing(Object::toString);

  private static BigDecimal size(ForecastMove m) {
    BigDecimal a = m.closedWon().getAmount().abs().max(m.commitForecast().getAmount().abs());
    return a.max(m.bestCaseForecast().getAmount().abs()).max(m.weighted().getAmount().abs());
  }

  private static Money change(Optional<Money> before, Optional<Money> now, Currency cur) {
    return now.orElse(Money.zero(cur)).minus(before.orElse(Money.zero(cur)));
  }

  /**
   * Adds another reconciliation, built with the same options, model, targets and settings, into
   * this one.
   *
   * @param other a reconciliation of other deals
   * @return this reconciliation
   * @throws IllegalArgumentException if the other was built differently
   */
  @Override
  public ForecastReconciliation merge(ForecastReconciliation other) {
    MergeCheck.of("forecast reconciliation", this, other).same("options", options, other.options)
        .same("probability model", model.ref(), other.model.ref()).same("range settings", settings, other.settings)
        .same("targets", targets, other.targets);
    previous.merge(other.previous);
    latest.merge(other.latest);
    other.movers.forEach((k, r) -> movers.computeIfAbsent(k, x -> new TopN<>(options.listLimit(), MOVER_ORDER))
        .merge(r));
    other.moved.forEach((k, n) -> moved.merge(k, n, Long::sum));
    deals += other.deals;
    return this;
  }

  /**
   * The reconciliation so far.
   *
   * @return the rows, each period's total first, then its groups
   */
  @Override
  public ForecastReconciliationResult result() {
    Figures before = figures(previous);
    Figures now = figures(latest);
    Set<RowKey> keys = new HashSet<>();
    for (Figures f : List.of(before, now)) {
      keys.addAll(f.rollups.keySet());
      keys.addAll(f.weighted.keySet());
      keys.addAll(f.targets.keySet());
    }
    keys.addAll(movers.keySet());
    List<RowKey> sorted = new ArrayList<>(keys);
    sorted.sort(Comparator.comparing(RowKey::period).thenComparing(k -> !k.group().isEmpty())
        .thenComparing(k -> k.group().toString()).thenComparing(k -> k.currency().getCurrencyCode()));
    ForecastReconciliationResult.Builder b = new ForecastReconciliationResult.Builder().options(options)
        .provenance(ReviewDefinitions.provenance(ReviewDefinitions.FORECAST_RECONCILIATION, options.scope(), deals,
            List.of(model.ref())))
        .probabilityModel(model.ref()).addAllExcluded(now.rollup.excluded()).addAllTargetsNotCompared(notCompared);
    for (RowKey k : sorted) {
      b.addRows(new ReconciliationRow.Builder().period(k.period()).putAllGroup(k.group()).previous(row(before, k))
          .latest(row(now, k)).addAllMovers(Optional.ofNullable(movers.get(k)).map(TopN::result).orElse(List.of()))
          .dealsMoved(moved.getOrDefault(k, 0L)).build());
    }
    return b.build();
  }

  private Figures figures(State s) {
    Figures f = new Figures();
    f.rollup = s.rollup.result();
    f.rollup.totals().forEach(r -> f.rollups.put(new RowKey(r.period(), new TreeMap<>(), r.closed().getCurrency()), r));
    f.rollup.rows().forEach(r -> f.rollups.put(new RowKey(r.period(), r.group(), r.closed().getCurrency()), r));
    weighted(f, s.weightedByPeriod.result());
    s.weightedByGroup.ifPresent(w -> weighted(f, w.result()));
    s.range.result().periods().forEach(p -> f.ranges.put(
        new RowKey(p.period(), new TreeMap<>(), p.closedWon().getCurrency()), p));
    for (TargetAttainment a : TargetAttainment.of(targets, f.rollup, Optional.empty())) {
      Period period = options.parsePeriod(a.target().period());
      f.targets.put(new RowKey(period, a.target().group(), a.target().amount().getCurrency()), a);
    }
    return f;
  }

  private void weighted(Figures f, WeightedPipelineResult w) {
    for (PipelineFigures g : w.groups()) {
      SortedMap<String, String> group = new TreeMap<>(g.group());
      Period period = options.parsePeriod(group.remove(Dimension.CLOSE_PERIOD.key()));
      f.weighted.put(new RowKey(period, group, g.weighted().getCurrency()), g.weighted());
    }
  }

  private static ForecastFigures row(Figures f, RowKey k) {
    Money zero = Money.zero(k.currency());
    Optional<RollupRow> r = Optional.ofNullable(f.rollups.get(k));
    Optional<PeriodRange> range = Optional.ofNullable(f.ranges.get(k)).filter(x -> k.group().isEmpty());
    Optional<TargetAttainment> t = Optional.ofNullable(f.targets.get(k));
    return new ForecastFigures.Builder().openDeals(r.map(RollupRow::openDeals).orElse(0L))
        .wonDeals(r.map(RollupRow::wonDeals).orElse(0L)).closedWon(r.map(RollupRow::closed).orElse(zero))
        .commitForecast(r.map(RollupRow::commitForecast).orElse(zero))
        .mostLikelyForecast(r.map(RollupRow::mostLikelyForecast).orElse(zero))
        .bestCaseForecast(r.map(RollupRow::bestCaseForecast).orElse(zero))
        .openPipeline(r.map(RollupRow::openPipeline).orElse(zero))
        .weighted(Optional.ofNullable(f.weighted.get(k)).orElse(zero))
        .rangeExpected(range.map(PeriodRange::expected)).rangeP10(range.map(PeriodRange::p10))
        .rangeP50(range.map(PeriodRange::p50)).rangeP90(range.map(PeriodRange::p90))
        .target(t.map(a -> a.target().amount())).gap(t.map(TargetAttainment::gap))
        .coverage(t.flatMap(TargetAttainment::coverage)).neededWinRate(t.flatMap(TargetAttainment::neededWinRate))
        .build();
  }
}
