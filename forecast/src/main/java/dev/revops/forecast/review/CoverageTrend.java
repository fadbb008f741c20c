package dev.revops.forecast.review;

import dev.revops.core.InvalidValueException;
import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.dimension.Dimension;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.money.Money;
import dev.revops.core.money.Rounding;
import dev.revops.core.period.Period;
import dev.revops.forecast.conversion.ProbabilityModel;
import dev.revops.forecast.pipeline.ForecastRollup;
import dev.revops.forecast.pipeline.PipelineFigures;
import dev.revops.forecast.pipeline.RollupRow;
import dev.revops.forecast.pipeline.Target;
import dev.revops.forecast.pipeline.WeightedPipeline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The coverage trend, as an accumulator over {@link DealSeries}: in each state of the options, the
 * pipeline coverage of the period the state falls in, at its week of that period; and the latest
 * state's week against the same week of the earlier periods among the states.
 *
 * <p>In state i (as of the start of its date in UTC, as every review's pipeline), for the period P
 * holding its date, per currency: closed won, open pipeline and open deals ({@link ForecastRollup}),
 * the weighted pipeline ({@link WeightedPipeline}), P's whole-pipeline target, what remains of it
 * and the coverage, open and weighted ({@link CoveragePoint}). So a point's figures are those of
 * {@code revops pipeline} on that state's deals. To compare week N of this period with week N of the
 * earlier ones, give states on those weeks (snapshots, or dates rebuilt from the deals' histories).
 *
 * <p>Merging merges the per-state roll-ups and weighted pipelines, which are exact: any split of the
 * deals gives the result of one pass. Not thread-safe: use one per thread.
 *
 * <pre>{@code
 * CoverageTrend trend = new CoverageTrend(options, BuiltInModel.DEAL_EFFECTIVE, targets);
 * series.forEach(trend::add);
 * trend.result().sameWeek();
 * }</pre>
 */
public final class CoverageTrend implements Accumulator<DealSeries, CoverageTrendResult, CoverageTrend> {
  private record Key(Period period, Currency currency) {}

  private final ReviewOptions options;
  private final ProbabilityModel model;
  private final Map<Key, Money> targets = new HashMap<>();
  private final List<Target> notUsed = new ArrayList<>();
  private final List<ForecastRollup> rollups = new ArrayList<>();
  private final List<WeightedPipeline> weighted = new ArrayList<>();
  private long deals;

  /**
   * An empty trend.
   *
   * @param options the states, scope (periods, currency, rates) and example limit
   * @param model where the weighted pipeline's probabilities come from
   * @param targets targets per period; whole-pipeline ones are used, others listed as not used
   * @throws InvalidValueException if two whole-pipeline targets share a period and currency, or a
   *     target's period is not a period of the scope's kind
   */
  public CoverageTrend(ReviewOptions options, ProbabilityModel model, List<Target> targets) {
    this.options = Objects.requireNonNull(options, "options");
    this.model = Objects.requireNonNull(model, "model");
    for (Target t : Objects.requireNonNull(targets, "targets")) {
      if (!t.group().isEmpty()) {
        notUsed.add(t);
      } else if (this.targets.put(new Key(options.parsePeriod(t.period()), t.amount().getCurrency()), t.amount())
          != null) {
        throw new InvalidValueException("targets", t.period() + " " + t.amount().getCurrencyCode(),
            "must give each period and currency one whole-pipeline target (this one is given twice)");
      }
    }
    for (int i = 0; i < options.states().size(); i++) {
      rollups.add(new ForecastRollup(options.pipelineOptions(i, List.of())));
      weighted.add(new WeightedPipeline(options.pipelineOptions(i, List.of()), model));
    }
  }

  /**
   * Counts one deal in each state it is in.
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
    for (int i = 0; i < rollups.size(); i++) {
      int state = i;
      series.at(i).ifPresent(d -> {
        rollups.get(state).add(d);
        weighted.get(state).add(d);
      });
    }
  }

  /**
   * Adds another trend, built with the same options, model and targets, into this one.
   *
   * @param other a trend of other deals
   * @return this trend
   * @throws IllegalArgumentException if the other was built differently, or is this one
   */
  @Override
  public CoverageTrend merge(CoverageTrend other) {
    MergeCheck.of("coverage trend", this, other).same("options", options, other.options)
        .same("probability model", model.ref(), other.model.ref()).same("targets", targets, other.targets);
    for (int i = 0; i < rollups.size(); i++) {
      rollups.get(i).merge(other.rollups.get(i));
      weighted.get(i).merge(other.weighted.get(i));
    }
    deals += other.deals;
    return this;
  }

  /**
   * The trend so far.
   *
   * @return a point per state and currency, and the points at the latest state's week
   */
  @Override
  public CoverageTrendResult result() {
    List<CoveragePoint> points = new ArrayList<>();
    for (int i = 0; i < rollups.size(); i++) {
      points.addAll(points(i));
    }
    int last = rollups.size() - 1;
    LocalDate latest = options.dateOf(last);
    int week = week(latest, options.periodOf(latest));
    List<CoveragePoint> same = points.stream().filter(p -> p.week() == week).toList();
    return ImmutableCoverageTrendResult.builder().provenance(ReviewDefinitions.provenance(
            ReviewDefinitions.COVERAGE_TREND, options.scope(), deals, List.of(model.ref())))
        .probabilityModel(model.ref()).addAllPoints(points).latestWeek(week).addAllSameWeek(same)
        .addAllTargetsNotUsed(notUsed).build();
  }

  /** The points of one state: per currency of its period's roll-up, weighted pipeline or target. */
  private List<CoveragePoint> points(int state) {
    LocalDate date = options.dateOf(state);
    Period period = options.periodOf(date);
    Map<String, RollupRow> rows = new TreeMap<>();
    rollups.get(state).result().totals().stream().filter(r -> r.period().equals(period))
        .forEach(r -> rows.put(r.closed().getCurrencyCode(), r));
    Map<String, Money> weights = new TreeMap<>();
    for (PipelineFigures g : weighted.get(state).result().groups()) {
      if (period.label().equals(g.group().get(Dimension.CLOSE_PERIOD.key()))) {
        weights.put(g.weighted().getCurrencyCode(), g.weighted());
      }
    }
    TreeMap<String, Currency> currencies = new TreeMap<>();
    rows.values().forEach(r -> currencies.put(r.closed().getCurrencyCode(), r.closed().getCurrency()));
    weights.values().forEach(w -> currencies.put(w.getCurrencyCode(), w.getCurrency()));
    targets.keySet().stream().filter(k -> k.period().equals(period))
        .forEach(k -> currencies.put(k.currency().getCurrencyCode(), k.currency()));
    options.scope().reportingCurrency().ifPresent(c -> currencies.put(c.getCurrencyCode(), c));
    List<CoveragePoint> out = new ArrayList<>();
    currencies.forEach((code, c) -> out.add(point(state, date, period, c, Optional.ofNullable(rows.get(code)),
        Optional.ofNullable(weights.get(code)))));
    return out;
  }

  private CoveragePoint point(int state, LocalDate date, Period period, Currency c, Optional<RollupRow> row,
      Optional<Money> weight) {
    Money zero = Money.zero(c);
    Money won = row.map(RollupRow::closed).orElse(zero);
    Money open = row.map(RollupRow::openPipeline).orElse(zero);
    Money w = weight.orElse(zero);
    Optional<Money> target = Optional.ofNullable(targets.get(new Key(period, c)));
    Optional<Money> remaining = target.map(t -> t.minus(won)).map(g -> g.isNegative() ? zero : g);
    return ImmutableCoveragePoint.builder().state(options.states().get(state).label()).date(date).period(period)
        .week(week(date, period)).closedWon(won).openPipeline(open).weightedPipeline(w)
        .openDeals(row.map(RollupRow::openDeals).orElse(0L)).target(target).remaining(remaining)
        .coverage(remaining.flatMap(r -> ratio(open, r))).weightedCoverage(remaining.flatMap(r -> ratio(w, r)))
        .build();
  }

  /** Week 1 is the period's first seven days. */
  static int week(LocalDate date, Period period) {
    return (int) (ChronoUnit.DAYS.between(period.start(), date) / 7) + 1;
  }

  private static Optional<BigDecimal> ratio(Money numerator, Money denominator) {
    if (denominator.isZero()) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(numerator.getAmountMinor())
        .divide(BigDecimal.valueOf(denominator.getAmountMinor()), Rounding.RATIO_SCALE, Rounding.RATIO));
  }
}
