package dev.revops.forecast.calls;

import dev.revops.core.roster.CreditDate;
import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.deal.Deal;
import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.AmountOverflowException;
import dev.revops.core.money.Money;
import dev.revops.core.money.Rounding;
import dev.revops.core.period.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Won, lost and open deals, the win rate and the won and open amounts grouped by any {@link
 * OpenDimension} (a level of the roster, a custom attribute, the account, a fixed dimension), as an
 * accumulator.
 *
 * <p>Every deal is counted, in one group. A level is looked up on the deal's {@link CreditDate}: its
 * close date (closed date if closed, expected if open) or the as-of date; a deal without a close date
 * is credited on the as-of date and has no close period. A deal without an amount counts in the
 * numbers of deals, not in the amounts. Amounts are summed per currency, or, with a reporting
 * currency, converted per deal at the rate of its close date (the as-of date without one), rounded
 * half-even to the minor unit; a deal whose currency has no rate then is excluded ({@code no-rate}).
 *
 * <p>Merging adds exact integer sums, so any split gives the result of one pass. Not thread-safe.
 *
 * <pre>{@code
 * CallOptions options = CallOptions.builder().scope(scope).roster(roster)
 *     .addGroupBy(OpenDimension.parse("level:manager", roster)).build();
 * GroupingResult byManager = new DealGrouping(options).addAll(deals).result();
 * }</pre>
 */
public final class DealGrouping implements Accumulator<Deal, GroupingResult, DealGrouping> {
  /** Counts and minor-unit sums of one group. */
  private static final class Cell {
    long won;
    long lost;
    long open;
    final Map<Currency, Long> wonMinor = new HashMap<>();
    final Map<Currency, Long> openMinor = new HashMap<>();

    void merge(Cell o, List<String> key) {
      won += o.won;
      lost += o.lost;
      open += o.open;
      o.wonMinor.forEach((c, v) -> sum(wonMinor, c, v, key));
      o.openMinor.forEach((c, v) -> sum(openMinor, c, v, key));
    }

    static void sum(Map<Currency, Long> sums, Currency currency, long minor, List<String> key) {
      try {
        sums.merge(currency, minor, Math::addExact);
      } catch (ArithmeticException e) {
        throw new AmountOverflowException("deal grouping", "an amount", String.join(", ", key), currency);
      }
    }
  }

  private final CallOptions options;
  private final CallLens lens;
  private final Map<List<String>, Cell> cells = new HashMap<>();
  private final ExclusionTally excluded;
  private long counted;

  /**
   * An empty grouping.
   *
   * @param options the grouping ({@link CallOptions#groupBy()}), roster, credit day and scope
   */
  public DealGrouping(CallOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.lens = new CallLens(options);
    this.excluded = new ExclusionTally(options.scope().exampleLimit());
  }

  /**
   * Counts a deal in its group.
   *
   * @param deal any deal
   */
  @Override
  public void add(Deal deal) {
    Objects.requireNonNull(deal, "deal");
    Optional<LocalDate> close = deal.isClosed() ? deal.closedDate() : deal.expectedCloseDate();
    LocalDate credit = options.creditDate() == CreditDate.AS_OF ? options.scope().asOfDate()
        : close.orElse(options.scope().asOfDate());
    Optional<Period> period = close.map(options.scope()::periodOf);
    List<String> key = new ArrayList<>(options.groupBy().size());
    for (OpenDimension d : options.groupBy()) {
      key.add(d.valueOf(deal, period, options.roster(), credit));
    }
    Optional<Money> amount = deal.amount().flatMap(a -> lens.inReportingCurrency(a, close.orElse(credit)));
    if (deal.amount().isPresent() && amount.isEmpty()) {
      excluded.add("no-rate", deal.id());
      return;
    }
    Cell c = cells.computeIfAbsent(List.copyOf(key), k -> new Cell());
    if (deal.isWon()) {
      c.won++;
      amount.ifPresent(a -> Cell.sum(c.wonMinor, a.getCurrency(), a.getAmountMinor(), key));
    } else if (deal.isLost()) {
      c.lost++;
    } else {
      c.open++;
      amount.ifPresent(a -> Cell.sum(c.openMinor, a.getCurrency(), a.getAmountMinor(), key));
    }
    counted++;
  }

  /**
   * Adds what another grouping, built with the same options, counted.
   *
   * @param other a grouping of other deals
   * @return this grouping
   * @throws IllegalArgumentException if the other has different options, or is this one
   */
  @Override
  public DealGrouping merge(DealGrouping other) {
    MergeCheck.of("deal grouping", this, other).same("options", options, other.options);
    other.cells.forEach((k, c) -> cells.computeIfAbsent(k, x -> new Cell()).merge(c, k));
    excluded.merge(other.excluded);
    counted += other.counted;
    return this;
  }

  /**
   * The groups so far.
   *
   * @return the rows, the total and the provenance
   */
  @Override
  public GroupingResult result() {
    Map<List<String>, Cell> sorted = new TreeMap<>(DealGrouping::compare);
    sorted.putAll(cells);
    Cell all = new Cell();
    List<GroupRow> rows = new ArrayList<>();
    sorted.forEach((k, c) -> {
      all.merge(c, List.of("total"));
      if (!options.groupBy().isEmpty()) {
        rows.add(row(k, c));
      }
    });
    return ImmutableGroupingResult.builder().addAllGroupBy(options.groupBy()).addAllRows(rows)
        .total(row(List.of(), all))
        .provenance(Provenance.of(CallMetrics.DEAL_GROUPING, options.scope(), counted, excluded)).build();
  }

  private GroupRow row(List<String> key, Cell c) {
    ImmutableGroupRow.Builder b = ImmutableGroupRow.builder().won(c.won).lost(c.lost).open(c.open);
    for (int i = 0; i < key.size(); i++) {
      b.putGroup(options.groupBy().get(i).name(), key.get(i));
    }
    if (c.won + c.lost > 0) {
      b.winRate(BigDecimal.valueOf(c.won).divide(BigDecimal.valueOf(c.won + c.lost), Rounding.RATIO_SCALE,
          Rounding.RATIO));
    }
    new TreeMap<>(byCode(c.wonMinor)).forEach((code, v) -> b.addWonAmount(Money.ofMinor(code, v)));
    new TreeMap<>(byCode(c.openMinor)).forEach((code, v) -> b.addOpenAmount(Money.ofMinor(code, v)));
    return b.build();
  }

  private static Map<String, Long> byCode(Map<Currency, Long> sums) {
    Map<String, Long> m = new HashMap<>();
    sums.forEach((c, v) -> m.put(c.getCurrencyCode(), v));
    return m;
  }

  private static int compare(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
