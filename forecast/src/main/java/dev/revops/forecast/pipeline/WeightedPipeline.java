package dev.revops.forecast.pipeline;

import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.columnar.DealBatch;
import dev.revops.core.deal.Deal;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.AmountOverflowException;
import dev.revops.core.money.Money;
import dev.revops.forecast.conversion.ProbabilityModel;
import java.math.BigDecimal;
import java.time.LocalDate;
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
 * The weighted pipeline of open deals, as an accumulator: {@link #add} deals, {@link #merge}
 * accumulators of other deals, read the {@link #result}.
 *
 * <p>For each open deal counted: amount x probability (from the {@linkplain ProbabilityModel
 * model}), summed exactly per group and currency, with the deal's weighted cost to close and
 * projected margin. Excluded, with the reason: closed deals, deals without an amount, and, when the
 * options need a close date (grouping by close period, a window, a reporting currency), deals
 * without one, outside the window, or in a currency with no rate on that date.
 *
 * <p>Of the options' {@link dev.revops.core.scope.Scope}: the as-of date (past due), the period
 * kind and fiscal calendar (close periods, when grouping by them), the reporting currency and
 * rates, the definitions read under and the example limit (the provenance).
 *
 * <p>Merging is exact and associative (the sums are exact decimals; example ids keep the
 * smallest), so splitting deals across threads or partitions in any way gives the result of one
 * pass. Not thread-safe: use one accumulator per thread.
 *
 * <pre>{@code
 * WeightedPipeline pipeline = new WeightedPipeline(options, BuiltInModel.DEAL_EFFECTIVE);
 * deals.forEach(pipeline::add);
 * WeightedPipelineResult result = pipeline.result();
 * }</pre>
 */
public final class WeightedPipeline implements Accumulator<Deal, WeightedPipelineResult, WeightedPipeline> {
  /** Sums of one group in one currency, exact. */
  static final class Cell {
    long deals;
    BigDecimal amount = BigDecimal.ZERO;
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal weightedCost = BigDecimal.ZERO;
    long withCost;
    BigDecimal weightedMargin = BigDecimal.ZERO;
    long withMargin;

    void merge(Cell o) {
      deals += o.deals;
      amount = amount.add(o.amount);
      weighted = weighted.add(o.weighted);
      weightedCost = weightedCost.add(o.weightedCost);
      withCost += o.withCost;
      weightedMargin = weightedMargin.add(o.weightedMargin);
      withMargin += o.withMargin;
    }
  }

  private final PipelineOptions options;
  private final ProbabilityModel model;
  private final DealLens lens;
  private final Map<List<String>, Map<Currency, Cell>> cells = new HashMap<>();
  private final ExclusionTally excluded;
  private final LocalDate asOfDate;
  private long pastDue;

  /**
   * An empty weighted pipeline.
   *
   * @param options what to count and how to group it
   * @param model where each deal's probability comes from
   */
  public WeightedPipeline(PipelineOptions options, ProbabilityModel model) {
    this.options = Objects.requireNonNull(options, "options");
    this.model = Objects.requireNonNull(model, "model");
    this.lens = new DealLens(options);
    this.excluded = new ExclusionTally(options.scope().exampleLimit());
    this.asOfDate = options.scope().asOfDate();
  }

  /**
   * Counts a deal, or records why it is excluded.
   *
   * @param deal any deal
   */
  @Override
  public void add(Deal deal) {
    Objects.requireNonNull(deal, "deal");
    DealLens.Seen s = lens.open(deal, false);
    if (s.excludedBecause != null) {
      excluded.add(s.excludedBecause, deal.id());
      return;
    }
    BigDecimal p = model.probability(deal).toBigDecimal();
    Cell c = cells.computeIfAbsent(lens.key(deal, s.period), k -> new HashMap<>())
        .computeIfAbsent(s.currency, k -> new Cell());
    c.deals++;
    c.amount = c.amount.add(s.amount);
    c.weighted = c.weighted.add(s.amount.multiply(p));
    if (s.cost != null) {
      c.weightedCost = c.weightedCost.add(s.cost.multiply(p));
      c.withCost++;
    }
    if (deal.projectedMarginRate().isPresent()) {
      c.weightedMargin = c.weightedMargin.add(s.amount.multiply(deal.projectedMarginRate().get()).multiply(p));
      c.withMargin++;
    }
    if (s.closeDate != null && s.closeDate.isBefore(asOfDate)) {
      pastDue++;
    }
  }

  /**
   * Counts every deal of a batch, or records why it is excluded: the same result as {@link #add}
   * of each deal in turn ({@code batch.deal(i)}), to the last decimal and exclusion.
   *
   * <p>Read from the columns, without building a deal, when the model is a {@link
   * dev.revops.forecast.conversion.BuiltInModel}, there is no reporting currency, and the groups are
   * among owner, source, segment, product, stage and close period (any window, as-of and period
   * kind); sums are then kept exactly in integers, past a {@code long} in big integers. Otherwise
   * (a fitted or custom model, a reporting currency, a group by forecast category, account,
   * attribute or roster level) each deal is built again from the batch and added.
   *
   * <pre>{@code
   * WeightedPipeline pipeline = new WeightedPipeline(options, BuiltInModel.DEAL_EFFECTIVE);
   * pipeline.addAll(DealBatch.of(deals));   // as deals.forEach(pipeline::add)
   * }</pre>
   *
   * @param batch the deals
   * @return this accumulator
   */
  public WeightedPipeline addAll(DealBatch batch) {
    Objects.requireNonNull(batch, "batch");
    Optional<BatchWeighing> columns = BatchWeighing.of(options, model, lens, batch);
    if (columns.isEmpty()) {
      for (int i = 0; i < batch.size(); i++) {
        add(batch.deal(i));
      }
      return this;
    }
    pastDue += columns.get().run(excluded);
    columns.get().flushInto(cells);
    return this;
  }

  /**
   * Adds the counts of another accumulator, built with the same options and model, into this one.
   *
   * @param other an accumulator of other deals
   * @return this accumulator
   * @throws IllegalArgumentException if the other has different options or model
   */
  @Override
  public WeightedPipeline merge(WeightedPipeline other) {
    MergeCheck.of("weighted pipeline", this, other).same("options", options, other.options)
        .same("probability model", model.ref(), other.model.ref());
    other.cells.forEach((key, byCurrency) -> byCurrency.forEach((currency, cell) ->
        cells.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(currency, k -> new Cell()).merge(cell)));
    excluded.merge(other.excluded);
    pastDue += other.pastDue;
    return this;
  }

  /**
   * The result so far.
   *
   * @return totals per currency and groups, rounded once; groups add up to their totals exactly
   */
  @Override
  public WeightedPipelineResult result() {
    Map<Currency, List<Map.Entry<List<String>, Cell>>> byCurrency = cellsByCurrency();
    long counted = 0;
    List<PipelineFigures> totals = new ArrayList<>();
    List<PipelineFigures> groups = new ArrayList<>();
    for (Map.Entry<Currency, List<Map.Entry<List<String>, Cell>>> e : byCurrency.entrySet()) {
      Cell total = new Cell();
      e.getValue().forEach(x -> total.merge(x.getValue()));
      counted += total.deals;
      totals.add(total(e.getKey(), total));
      if (!options.groupBy().isEmpty()) {
        groups.addAll(groups(e.getKey(), e.getValue()));
      }
    }
    Provenance provenance = DealLens.provenance(ForecastMetrics.WEIGHTED_PIPELINE.ref(), options, counted, excluded, model);
    return new WeightedPipelineResult.Builder().options(options).probabilityModel(model.ref()).pastDue(pastDue)
        .provenance(provenance).addAllTotals(totals).addAllGroups(sortedLike(groups)).build();
  }

  /** The cells of each currency, by currency code, each currency's cells by group key. */
  private Map<Currency, List<Map.Entry<List<String>, Cell>>> cellsByCurrency() {
    Map<Currency, List<Map.Entry<List<String>, Cell>>> byCurrency = new TreeMap<>(
        Comparator.comparing(Currency::getCurrencyCode));
    List<List<String>> keys = new ArrayList<>(cells.keySet());
    keys.sort(WeightedPipeline::compareKeys);
    for (List<String> key : keys) {
      cells.get(key).forEach((currency, cell) ->
          byCurrency.computeIfAbsent(currency, k -> new ArrayList<>()).add(Map.entry(key, cell)));
    }
    return byCurrency;
  }

  /** The groups of one currency, each figure rounded so that the groups add up to the total. */
  private List<PipelineFigures> groups(Currency currency, List<Map.Entry<List<String>, Cell>> entries) {
    // every group is within its total (amounts are not negative), which fits: so does each group
    long[] amounts = Money.roundKeepingSum(minor(entries, currency, c -> c.amount));
    long[] weighted = Money.roundKeepingSum(minor(entries, currency, c -> c.weighted));
    long[] costs = Money.roundKeepingSum(minor(entries, currency, c -> c.weightedCost));
    long[] margins = Money.roundKeepingSum(minor(entries, currency, c -> c.weightedMargin));
    List<PipelineFigures> out = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      Cell c = entries.get(i).getValue();
      out.add(new PipelineFigures.Builder().putAllGroup(lens.named(entries.get(i).getKey())).deals(c.deals)
          .openAmount(Money.ofMinor(currency, amounts[i])).weighted(Money.ofMinor(currency, weighted[i]))
          .weightedCostToClose(Money.ofMinor(currency, costs[i])).dealsWithCost(c.withCost)
          .weightedProjectedMargin(Money.ofMinor(currency, margins[i])).dealsWithMargin(c.withMargin).build());
    }
    return out;
  }

  private List<PipelineFigures> sortedLike(List<PipelineFigures> groups) {
    List<PipelineFigures> out = new ArrayList<>(groups);
    out.sort((a, c) -> {
      int k = compareKeys(keyOf(a), keyOf(c));
      return k != 0 ? k : a.openAmount().getCurrencyCode().compareTo(c.openAmount().getCurrencyCode());
    });
    return out;
  }

  private List<String> keyOf(PipelineFigures f) {
    List<String> key = new ArrayList<>();
    options.groupBy().forEach(d -> key.add(f.group().get(d.name())));
    return key;
  }

  private static PipelineFigures total(Currency currency, Cell c) {
    return new PipelineFigures.Builder().deals(c.deals)
        .openAmount(Money.ofMinor(currency, fit(c.amount, currency, "the open amount")))
        .weighted(Money.ofMinor(currency, fit(c.weighted, currency, "the weighted amount")))
        .weightedCostToClose(Money.ofMinor(currency, fit(c.weightedCost, currency, "the weighted cost to close")))
        .dealsWithCost(c.withCost)
        .weightedProjectedMargin(Money.ofMinor(currency, fit(c.weightedMargin, currency, "the weighted margin")))
        .dealsWithMargin(c.withMargin).build();
  }

  /** An exact total in minor units, or the overflow that names it. */
  private static long fit(BigDecimal exact, Currency currency, String figure) {
    try {
      return DealLens.minor(exact, currency);
    } catch (ArithmeticException e) {
      throw new AmountOverflowException("weighted pipeline", figure, "all open deals", currency);
    }
  }

  private static List<BigDecimal> minor(List<Map.Entry<List<String>, Cell>> entries, Currency currency,
      java.util.function.Function<Cell, BigDecimal> value) {
    List<BigDecimal> out = new ArrayList<>(entries.size());
    entries.forEach(e -> out.add(value.apply(e.getValue()).movePointRight(currency.getDefaultFractionDigits())));
    return out;
  }

  static int compareKeys(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
