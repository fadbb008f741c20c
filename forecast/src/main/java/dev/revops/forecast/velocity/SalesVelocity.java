package dev.revops.forecast.velocity;

import dev.revops.core.metric.Provenance;
import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.StageVisit;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.money.AmountOverflowException;
import dev.revops.core.money.Money;
import dev.revops.core.money.Rounding;
import dev.revops.core.pipeline.Stage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
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
 * Sales velocity per group, as an accumulator: {@link #add} deals (with their histories when
 * known), {@link #merge} accumulators of other deals, read the {@link #result}. A record without
 * the deal's own record (a history alone) is excluded as "no deal record".
 *
 * <p>The inputs, over the look-back window when there is one:
 * <ul>
 *   <li>qualified opportunities: deals created in the window that reached the qualified stage (or
 *       a later one, or won); every deal when no qualified stage is set. Without a history, a deal
 *       qualifies by its current stage; a lost deal without history cannot show it qualified and
 *       does not count;</li>
 *   <li>win rate: won / (won + lost) over the qualified deals closed in the window;</li>
 *   <li>average won amount: over those won, converted at the closed date's rate when a reporting
 *       currency is set;</li>
 *   <li>average cycle: days from creation to winning, from the history's instants when there is a
 *       history, else from the deal's created and closed dates.</li>
 * </ul>
 *
 * <p>Merging adds exact counts and sums, so any split of the deals gives the result of one pass.
 */
public final class SalesVelocity implements Accumulator<DealWithHistory, SalesVelocityResult, SalesVelocity> {
  private static final MathContext MATH = MathContext.DECIMAL128;

  private static final class Cell {
    long opportunities;
    long won;
    long lost;
    final Map<Currency, BigDecimal> wonAmount = new HashMap<>();
    long wonWithAmount;
    long cycleSeconds;
    long cycles;

    void merge(Cell o) {
      opportunities += o.opportunities;
      won += o.won;
      lost += o.lost;
      o.wonAmount.forEach((c, a) -> wonAmount.merge(c, a, BigDecimal::add));
      wonWithAmount += o.wonWithAmount;
      cycleSeconds += o.cycleSeconds;
      cycles += o.cycles;
    }
  }

  private final VelocityOptions options;
  private final Instant asOf;
  private final Map<List<String>, Cell> cells = new HashMap<>();
  private final ExclusionTally excluded;
  private long counted;

  /**
   * An empty accumulator.
   *
   * @param options what to count
   */
  public SalesVelocity(VelocityOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.asOf = options.asOfInstant();
    this.excluded = new ExclusionTally(options.scope().exampleLimit());
  }

  /**
   * Counts one deal.
   *
   * @param record the deal, with its history when known
   */
  @Override
  public void add(DealWithHistory record) {
    Objects.requireNonNull(record, "record");
    if (record.deal().isEmpty()) {
      excluded.add("no deal record", record.id());
      return;
    }
    Deal deal = record.deal().get();
    Optional<DealHistory> history = record.history();
    if (!qualified(deal, history)) {
      excluded.add("not a qualified opportunity", deal.id());
      return;
    }
    Optional<Instant> created = history.flatMap(DealHistory::createdAt).or(() -> deal.createdDate().map(this::startOf));
    Optional<Instant> closed = history.isPresent() ? DealTimes.cycleEnd(history.get(), asOf)
        : deal.closedDate().map(this::startOf);
    boolean closedNow = history.isPresent() ? closed.isPresent() : deal.isClosed();
    Instant since = options.sinceInstant().orElse(Instant.MIN);
    boolean createdInWindow = created.map(c -> !c.isBefore(since) && c.isBefore(asOf))
        .orElse(options.since().isEmpty());
    boolean closedInWindow = closedNow && closed.map(c -> !c.isBefore(since) && c.isBefore(asOf)).orElse(false);
    if (!createdInWindow && !closedInWindow) {
      excluded.add(created.isEmpty() && options.since().isPresent() ? "no creation date"
          : "neither created nor closed in the window", deal.id());
      return;
    }
    counted++;
    List<String> group = options.groupOf(deal);
    Cell c = cells.computeIfAbsent(group, k -> new Cell());
    if (createdInWindow) {
      c.opportunities++;
    }
    if (closedInWindow) {
      close(c, deal, history, created, closed.get());
    }
  }

  /** Counts a deal closed in the window: lost, or won with its amount and cycle. */
  private void close(Cell c, Deal deal, Optional<DealHistory> history, Optional<Instant> created, Instant closed) {
    boolean won = history.isPresent() ? history.get().stageAt(closed).map(Stage::isWon).orElse(false) : deal.isWon();
    if (!won) {
      c.lost++;
      return;
    }
    c.won++;
    amount(deal, closed).ifPresent(a -> {
      c.wonAmount.merge(a.getCurrency(), a.getAmount(), BigDecimal::add);
      c.wonWithAmount++;
    });
    if (created.isPresent()) {
      // a history's close is an instant (and the deal record may not say closed yet): count to it
      long seconds = history.isPresent() ? options.dayCount().seconds(created.get(), closed, options.calendar())
          : options.dayCount().seconds(deal.createdDate().get(), deal.closedDate().orElseThrow(), options.calendar());
      c.cycleSeconds += seconds;
      c.cycles++;
    }
  }

  private Instant startOf(LocalDate date) {
    return date.atStartOfDay(options.scope().zone()).toInstant();
  }

  private Optional<Money> amount(Deal deal, Instant closedAt) {
    if (deal.amount().isEmpty()) {
      excluded.add("won without an amount", deal.id());
      return Optional.empty();
    }
    Money amount = deal.amount().get();
    if (options.scope().reportingCurrency().isEmpty()) {
      return Optional.of(amount);
    }
    Currency to = options.scope().reportingCurrency().get();
    LocalDate on = LocalDate.ofInstant(closedAt, options.scope().zone());
    Optional<BigDecimal> rate = options.scope().exchangeRates().rate(amount.getCurrency(), to, on);
    if (rate.isEmpty()) {
      excluded.add("currency without a rate", deal.id());
      return Optional.empty();
    }
    return Optional.of(Money.of(to, amount.getAmount().multiply(rate.get()), Rounding.MONEY));
  }

  private boolean qualified(Deal deal, Optional<DealHistory> history) {
    if (options.qualifiedStage().isEmpty()) {
      return true;
    }
    int from = options.qualifiedStage().get().order();
    if (history.isEmpty()) {
      Stage s = deal.stage();
      return s.isWon() || (s.isOpen() && s.order() >= from);
    }
    for (StageVisit v : history.get().visits(asOf)) {
      if (v.stage().isWon() || (v.stage().isOpen() && v.stage().order() >= from)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds another accumulator's counts, built with the same options, into this one.
   *
   * @param other an accumulator of other deals
   * @return this accumulator
   * @throws IllegalArgumentException if the options differ
   */
  @Override
  public SalesVelocity merge(SalesVelocity other) {
    MergeCheck.of("sales velocity", this, other).same("options", options, other.options);
    other.cells.forEach((k, c) -> cells.computeIfAbsent(k, x -> new Cell()).merge(c));
    excluded.merge(other.excluded);
    counted += other.counted;
    return this;
  }

  /**
   * The result so far.
   *
   * @return the overall row and one row per group
   */
  @Override
  public SalesVelocityResult result() {
    Cell all = new Cell();
    Map<List<String>, Cell> sorted = new TreeMap<>(StageVelocity::compareKeys);
    sorted.putAll(cells);
    List<SalesVelocityRow> groups = new ArrayList<>();
    for (Map.Entry<List<String>, Cell> e : sorted.entrySet()) {
      all.merge(e.getValue());
      if (!options.groupBy().isEmpty()) {
        groups.add(row(group(e.getKey()), e.getValue()));
      }
    }
    return new SalesVelocityResult.Builder().options(options).counted(counted).addAllExcluded(excluded.result())
        .provenance(Provenance.of(VelocityMetrics.SALES_VELOCITY.ref(), options.scope(), counted, excluded))
        .overall(row(new TreeMap<>(), all)).addAllGroups(groups).build();
  }

  private SalesVelocityRow row(SortedMap<String, String> group, Cell c) {
    SalesVelocityRow.Builder b = new SalesVelocityRow.Builder().putAllGroup(group).opportunities(c.opportunities)
        .won(c.won).lost(c.lost).cyclesMeasured(c.cycles);
    Optional<BigDecimal> winRate = c.won + c.lost == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(c.won).divide(BigDecimal.valueOf(c.won + c.lost), Rounding.RATIO_SCALE, Rounding.RATIO));
    b.winRate(winRate);
    Optional<Money> average = Optional.empty();
    String missing = null;
    if (c.wonAmount.size() > 1) {
      missing = "won amounts are in several currencies: set a reporting currency";
    } else if (c.wonAmount.size() == 1) {
      Map.Entry<Currency, BigDecimal> e = c.wonAmount.entrySet().iterator().next();
      average = Optional.of(Money.of(e.getKey(),
          e.getValue().divide(BigDecimal.valueOf(c.wonWithAmount), MATH), Rounding.MONEY));
    }
    b.averageWonAmount(average);
    Optional<BigDecimal> cycleDays = c.cycles == 0 ? Optional.empty()
        : Optional.of(DayCount.days((double) c.cycleSeconds / c.cycles));
    b.averageCycleDays(cycleDays);
    if (missing == null) {
      missing = c.won + c.lost == 0 ? "no qualified deal closed in the window"
          : average.isEmpty() ? "no won deal with an amount"
          : c.cycles == 0 || c.cycleSeconds == 0 ? "no measured sales cycle" : null;
    }
    if (missing != null) {
      return b.missing(missing).build();
    }
    Currency currency = average.get().getCurrency();
    BigDecimal sum = c.wonAmount.get(currency);
    // opportunities x won/(won+lost) x (sum/wonWithAmount) / (cycleSeconds/cycles/86400), exactly, rounded once
    BigDecimal velocity = BigDecimal.valueOf(c.opportunities).multiply(BigDecimal.valueOf(c.won))
        .multiply(sum).multiply(BigDecimal.valueOf(c.cycles)).multiply(BigDecimal.valueOf(DayCount.DAY))
        .divide(BigDecimal.valueOf(c.won + c.lost).multiply(BigDecimal.valueOf(c.wonWithAmount))
            .multiply(BigDecimal.valueOf(c.cycleSeconds)), MATH);
    try {
      return b.velocityPerDay(Money.of(currency, velocity, Rounding.MONEY)).build();
    } catch (ArithmeticException e) {
      throw new AmountOverflowException("sales velocity", "the velocity per day", group.isEmpty() ? "all deals"
          : group.toString(), currency);
    }
  }

  private SortedMap<String, String> group(List<String> key) {
    SortedMap<String, String> g = new TreeMap<>();
    for (int i = 0; i < key.size(); i++) {
      g.put(options.groupBy().get(i).name(), key.get(i));
    }
    return g;
  }

}
