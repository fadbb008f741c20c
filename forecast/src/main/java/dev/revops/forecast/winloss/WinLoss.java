package dev.revops.forecast.winloss;

import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.deal.Deal;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.metric.Provenance;
import dev.revops.core.metric.Quantile;
import dev.revops.core.money.Money;
import dev.revops.core.money.Rounding;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Win and loss from deals alone (no stage histories needed), as an accumulator: {@link #add}
 * deals, {@link #merge} accumulators of other deals, read the {@link #result}; see
 * {@link WinLossMetrics#WIN_LOSS} for the definition. A deal closed after the as-of date is left
 * out ("closed after the as-of date"); an open deal is counted as open.
 *
 * <p>Counts and sums are exact and sales cycles are kept as a histogram of whole days, so the
 * mean and median of any split of the deals, merged, are those of one pass. Memory: one histogram
 * entry per distinct cycle length per group.
 *
 * <pre>{@code
 * WinLoss w = new WinLoss(WinLossOptions.builder().scope(Scope.asOf(LocalDate.parse("2018-01-01")))
 *     .addGroupBy(Dimension.PRODUCT).build());
 * deals.forEach(w::add);
 * w.result().overall().winRate(); // Optional[0.6315]
 * }</pre>
 */
public final class WinLoss implements Accumulator<Deal, WinLossResult, WinLoss> {
  private static final MathContext MATH = MathContext.DECIMAL128;

  /** The figures of one group. */
  private static final class Cell {
    long won;
    long lost;
    long open;
    final Map<Currency, BigDecimal> wonAmount = new HashMap<>();
    long wonWithAmount;
    final TreeMap<Long, Long> wonCycles = new TreeMap<>();
    final TreeMap<Long, Long> lostCycles = new TreeMap<>();

    void merge(Cell o) {
      won += o.won;
      lost += o.lost;
      open += o.open;
      o.wonAmount.forEach((c, a) -> wonAmount.merge(c, a, BigDecimal::add));
      wonWithAmount += o.wonWithAmount;
      o.wonCycles.forEach((d, n) -> wonCycles.merge(d, n, Long::sum));
      o.lostCycles.forEach((d, n) -> lostCycles.merge(d, n, Long::sum));
    }
  }

  private final WinLossOptions options;
  private final LocalDate asOf;
  private final Map<List<String>, Cell> cells = new HashMap<>();
  private final ExclusionTally excluded;
  private long counted;

  /**
   * An empty accumulator.
   *
   * @param options what to count
   */
  public WinLoss(WinLossOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.asOf = options.scope().asOfDate();
    this.excluded = new ExclusionTally(options.scope().exampleLimit());
  }

  /**
   * Counts one deal.
   *
   * @param deal the deal
   */
  @Override
  public void add(Deal deal) {
    Objects.requireNonNull(deal, "deal");
    if (deal.isClosed() && deal.closedDate().map(d -> d.isAfter(asOf)).orElse(false)) {
      excluded.add("closed after the as-of date", deal.id());
      return;
    }
    counted++;
    List<String> key = options.groupOf(deal);
    Cell c = cells.computeIfAbsent(key, k -> new Cell());
    if (!deal.isClosed()) {
      c.open++;
      return;
    }
    Optional<Long> cycle = deal.createdDate().flatMap(from -> deal.closedDate()
        .map(to -> ChronoUnit.DAYS.between(from, to)));
    if (deal.isWon()) {
      c.won++;
      deal.amount().ifPresent(a -> {
        c.wonAmount.merge(a.getCurrency(), a.getAmount(), BigDecimal::add);
        c.wonWithAmount++;
      });
      cycle.ifPresent(d -> c.wonCycles.merge(d, 1L, Long::sum));
    } else {
      c.lost++;
      cycle.ifPresent(d -> c.lostCycles.merge(d, 1L, Long::sum));
    }
  }

  /**
   * Adds the deals of another accumulator with the same options.
   *
   * @param other an accumulator of other deals
   * @return this accumulator
   * @throws IllegalArgumentException if the options differ
   */
  @Override
  public WinLoss merge(WinLoss other) {
    MergeCheck.of("win and loss", this, other).same("options", options, other.options);
    other.cells.forEach((k, c) -> cells.computeIfAbsent(k, x -> new Cell()).merge(c));
    excluded.merge(other.excluded);
    counted += other.counted;
    return this;
  }

  /**
   * The result so far.
   *
   * @return the overall row and one row per group, groups in order of their values
   */
  @Override
  public WinLossResult result() {
    Cell all = new Cell();
    Map<List<String>, Cell> sorted = new TreeMap<>(WinLoss::compareKeys);
    sorted.putAll(cells);
    List<WinLossRow> groups = new ArrayList<>();
    for (Map.Entry<List<String>, Cell> e : sorted.entrySet()) {
      all.merge(e.getValue());
      if (!options.groupBy().isEmpty()) {
        groups.add(row(group(e.getKey()), e.getValue()));
      }
    }
    return new WinLossResult.Builder().options(options).overall(row(new TreeMap<>(), all)).addAllGroups(groups)
        .provenance(Provenance.of(WinLossMetrics.WIN_LOSS.ref(), options.scope(), counted, excluded)).build();
  }

  private static int compareKeys(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private SortedMap<String, String> group(List<String> key) {
    SortedMap<String, String> g = new TreeMap<>();
    for (int i = 0; i < key.size(); i++) {
      g.put(options.groupBy().get(i).name(), key.get(i));
    }
    return g;
  }

  private static WinLossRow row(SortedMap<String, String> group, Cell c) {
    WinLossRow.Builder b = new WinLossRow.Builder().putAllGroup(group).won(c.won).lost(c.lost).open(c.open);
    if (c.won + c.lost > 0) {
      b.winRate(BigDecimal.valueOf(c.won).divide(BigDecimal.valueOf(c.won + c.lost), Rounding.RATIO_SCALE,
          Rounding.RATIO));
    }
    if (c.wonAmount.size() > 1) {
      b.missing("won amounts are in several currencies: no sum or average across them");
    } else if (c.wonAmount.size() == 1) {
      Map.Entry<Currency, BigDecimal> e = c.wonAmount.entrySet().iterator().next();
      b.wonAmount(Money.of(e.getKey(), e.getValue(), Rounding.MONEY));
      b.averageWonAmount(Money.of(e.getKey(), e.getValue().divide(BigDecimal.valueOf(c.wonWithAmount), MATH),
          Rounding.MONEY));
    }
    TreeMap<Long, Long> closed = new TreeMap<>(c.wonCycles);
    c.lostCycles.forEach((d, n) -> closed.merge(d, n, Long::sum));
    return b.wonCycle(summary(c.wonCycles)).closedCycle(summary(closed)).build();
  }

  /** Mean and type-7 median of a histogram of whole days. */
  private static Optional<CycleSummary> summary(TreeMap<Long, Long> days) {
    long n = days.values().stream().mapToLong(Long::longValue).sum();
    if (n == 0) {
      return Optional.empty();
    }
    int[] sorted = new int[Math.toIntExact(n)];
    int i = 0;
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<Long, Long> e : days.entrySet()) {
      sum = sum.add(BigDecimal.valueOf(e.getKey()).multiply(BigDecimal.valueOf(e.getValue())));
      for (long k = 0; k < e.getValue(); k++) {
        sorted[i++] = Math.toIntExact(e.getKey());
      }
    }
    BigDecimal mean = sum.divide(BigDecimal.valueOf(n), 2, Rounding.DURATION);
    BigDecimal median = BigDecimal.valueOf(Quantile.type7(sorted, 0.5)).setScale(2, Rounding.DURATION);
    return Optional.of(new CycleSummary.Builder().deals(n).meanDays(mean).medianDays(median).build());
  }
}
