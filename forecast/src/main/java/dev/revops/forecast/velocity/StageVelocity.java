package dev.revops.forecast.velocity;

import dev.revops.core.metric.Quantile;
import dev.revops.core.metric.Provenance;
import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.columnar.HistoryBatch;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.StageChange;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.pipeline.Stage;
import dev.revops.core.spill.IntSpill;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.LongStream;

/**
 * Stage velocity, as an accumulator: {@link #add} deals with their stage histories, {@link #merge}
 * accumulators of other deals, read the {@link #result}.
 *
 * <p>Per open stage (and group): the visits entered (in the look-back window, when there is one),
 * how each ended (forward, backward, to lost) or that it is still open at the as-of instant; the
 * durations of the completed visits; and the Kaplan-Meier estimate using the open visits as
 * censored. Open deals whose current visit is longer than the stage's aging percentile are listed.
 * Won and lost stages are where deals end, not stages they pass through, so they have no row.
 *
 * <p>Durations are kept per visit (four bytes each) so that medians and percentiles are exact and
 * merging is exact: any split of the histories gives the result of one pass. Past a size they can
 * be kept in sorted runs outside the heap ({@link #StageVelocity(VelocityOptions, IntSpill)}),
 * merged back for the result, with the same exact figures. Not thread-safe: use one accumulator
 * per thread.
 *
 * <p>Each record is counted or excluded once: a record without a history is excluded as "no stage
 * history"; without a deal record, as "no deal record to group by" when grouping (the group is read
 * from the deal).
 *
 * <pre>{@code
 * StageVelocity velocity = new StageVelocity(options);
 * velocity.add(DealWithHistory.of(deal, history));
 * velocity.result().stages();   // one row per open stage
 * }</pre>
 */
public final class StageVelocity implements Accumulator<DealWithHistory, StageVelocityResult, StageVelocity> {
  private record Key(List<String> group, String stageId, int order) {}

  private record Open(String dealId, List<String> group, String stageId, int order, long seconds) {}

  private static final class Cell {
    long entered;
    long forward;
    long backward;
    long lost;
    long open;
    final Durations completed;
    final Durations censored;

    Cell(IntSpill spill) {
      completed = new Durations(spill);
      censored = new Durations(spill);
    }

    void merge(Cell o) {
      entered += o.entered;
      forward += o.forward;
      backward += o.backward;
      lost += o.lost;
      open += o.open;
      completed.addAll(o.completed);
      censored.addAll(o.censored);
    }
  }

  private final VelocityOptions options;
  private final IntSpill spill;
  private final Instant asOf;
  private final Instant since;
  private final Map<Key, Cell> cells = new HashMap<>();
  private final List<Open> openVisits = new ArrayList<>();
  private final ExclusionTally excluded;
  private long counted;

  /**
   * An empty accumulator holding every duration in memory (four bytes a visit).
   *
   * @param options what to count
   */
  public StageVelocity(VelocityOptions options) {
    this(options, IntSpill.inMemory());
  }

  /**
   * An empty accumulator keeping its durations in {@code spill}: past the spill's size, in sorted
   * runs of the spill's store (a temporary file of the caller's, say), merged back for the result.
   * The result is the same as in memory, to the second.
   *
   * <pre>{@code
   * IntSpill spill = IntSpill.of(runsOnDisk, 4_000_000);   // at most 16 MB of durations in memory
   * StageVelocity velocity = new StageVelocity(options, spill);
   * }</pre>
   *
   * @param options what to count
   * @param spill where durations go; used by this accumulator alone
   */
  public StageVelocity(VelocityOptions options, IntSpill spill) {
    this.spill = Objects.requireNonNull(spill, "spill");
    this.options = Objects.requireNonNull(options, "options");
    this.asOf = options.asOfInstant();
    this.since = options.sinceInstant().orElse(Instant.MIN);
    this.excluded = new ExclusionTally(options.scope().exampleLimit());
  }

  /**
   * Counts one deal's stage visits.
   *
   * @param record the deal with its history; the deal is needed only when grouping
   */
  @Override
  public void add(DealWithHistory record) {
    Objects.requireNonNull(record, "record");
    if (record.history().isEmpty()) {
      excluded.add("no stage history", record.id());
      return;
    }
    DealHistory history = record.history().get();
    if (record.deal().isEmpty() && !options.groupBy().isEmpty()) {
      excluded.add("no deal record to group by", history.dealId());
      return;
    }
    // The visits of DealHistory.visits(asOf), walked over the changes directly: this is the hot
    // path of batch jobs, and building a StageVisit per visit cost more than the counting.
    List<StageChange> changes = history.changes();
    if (changes.isEmpty() || changes.get(0).at().isAfter(asOf)) {
      excluded.add("no stage change before the as-of date", history.dealId());
      return;
    }
    List<String> group = record.deal().map(this::groupOf).orElse(List.of());
    boolean any = false;
    for (int i = 0; i < changes.size() && !changes.get(i).at().isAfter(asOf); i++) {
      StageChange entry = changes.get(i);
      Stage stage = entry.to();
      if (stage.isClosed() || entry.at().isBefore(since)) {
        continue;
      }
      any = true;
      StageChange exit = i + 1 < changes.size() ? changes.get(i + 1) : null;
      visit(history.dealId(), group, entry, exit);
    }
    if (any) {
      counted++;
    } else {
      excluded.add("no stage visit in the window", history.dealId());
    }
  }

  /** Counts one visit: entered at {@code entry}, left at {@code exit} (null or after the as-of: still open). */
  private void visit(String dealId, List<String> group, StageChange entry, StageChange exit) {
    Stage stage = entry.to();
    Cell c = cells.computeIfAbsent(new Key(group, stage.id(), stage.order()), k -> new Cell(spill));
    c.entered++;
    if (exit == null || exit.at().isAfter(asOf)) {
      long seconds = options.dayCount().seconds(entry.at(), asOf, options.calendar());
      c.open++;
      c.censored.add(seconds);
      openVisits.add(new Open(dealId, group, stage.id(), stage.order(), seconds));
      return;
    }
    Stage to = exit.to();
    if (to.isLost()) {
      c.lost++;
    } else if (to.isWon() || to.order() > stage.order()) {
      c.forward++;
    } else {
      c.backward++;
    }
    c.completed.add(options.dayCount().seconds(entry.at(), exit.at(), options.calendar()));
  }

  /**
   * Counts the stage visits of every history of a batch: the same result as {@link #add} of {@code
   * DealWithHistory.ofHistory(h)} for each history in turn, to the second and exclusion, with the
   * same memory (durations go to this accumulator's {@link IntSpill}).
   *
   * <p>Read from the columns, without building a history, under every option. A batch holds
   * histories without their deals, so when grouping every history is excluded as "no deal record to
   * group by", as it is by {@link #add}; group with {@link #add} of deals with their histories.
   *
   * <pre>{@code
   * StageVelocity velocity = new StageVelocity(options);
   * velocity.addAll(HistoryBatch.of(histories));
   * velocity.result().stages();
   * }</pre>
   *
   * @param batch the histories
   * @return this accumulator
   */
  public StageVelocity addAll(HistoryBatch batch) {
    Objects.requireNonNull(batch, "batch");
    if (!options.groupBy().isEmpty()) {
      for (int h = 0; h < batch.size(); h++) {
        excluded.add("no deal record to group by", batch.dealId(h));
      }
      return this;
    }
    BatchStages stages = new BatchStages(batch);
    for (int h = 0; h < batch.size(); h++) {
      int first = batch.firstChange(h);
      int end = batch.endChange(h);
      if (batch.compareInstant(first, asOf) > 0) {
        excluded.add("no stage change before the as-of date", batch.dealId(h));
        continue;
      }
      boolean any = false;
      for (int c = first; c < end && batch.compareInstant(c, asOf) <= 0; c++) {
        if (stages.closed[batch.toCode(c)] || batch.compareInstant(c, since) < 0) {
          continue;
        }
        any = true;
        visit(batch, h, c, c + 1 < end ? c + 1 : -1, stages);
      }
      if (any) {
        counted++;
      } else {
        excluded.add("no stage visit in the window", batch.dealId(h));
      }
    }
    return this;
  }

  /** Counts one visit of a batch: entered at change {@code c}, left at change {@code exit} (-1: none). */
  private void visit(HistoryBatch batch, int h, int c, int exit, BatchStages stages) {
    int code = batch.toCode(c);
    Stage stage = batch.stage(code);
    Cell cell = stages.cell[code];
    if (cell == null) {
      cell = cells.computeIfAbsent(new Key(List.of(), stage.id(), stage.order()), k -> new Cell(spill));
      stages.cell[code] = cell;
    }
    cell.entered++;
    if (exit < 0 || batch.compareInstant(exit, asOf) > 0) {
      long seconds = options.dayCount() == DayCount.CALENDAR ? asOf.getEpochSecond() - batch.epochSecond(c)
          : options.dayCount().seconds(instant(batch, c), asOf, options.calendar());
      cell.open++;
      cell.censored.add(seconds);
      openVisits.add(new Open(batch.dealId(h), List.of(), stage.id(), stage.order(), seconds));
      return;
    }
    int to = batch.toCode(exit);
    if (stages.lost[to]) {
      cell.lost++;
    } else if (stages.won[to] || stages.order[to] > stages.order[code]) {
      cell.forward++;
    } else {
      cell.backward++;
    }
    cell.completed.add(options.dayCount() == DayCount.CALENDAR ? batch.epochSecond(exit) - batch.epochSecond(c)
        : options.dayCount().seconds(instant(batch, c), instant(batch, exit), options.calendar()));
  }

  /** What the visits need of each stage code of a batch, looked up once; and the cell of each. */
  private static final class BatchStages {
    final boolean[] closed;
    final boolean[] lost;
    final boolean[] won;
    final int[] order;
    final Cell[] cell;

    BatchStages(HistoryBatch batch) {
      int n = batch.stageCount();
      closed = new boolean[n];
      lost = new boolean[n];
      won = new boolean[n];
      order = new int[n];
      cell = new Cell[n];
      for (int s = 0; s < n; s++) {
        Stage stage = batch.stage(s);
        closed[s] = stage.isClosed();
        lost[s] = stage.isLost();
        won[s] = stage.isWon();
        order[s] = stage.order();
      }
    }
  }

  private static Instant instant(HistoryBatch batch, int c) {
    return Instant.ofEpochSecond(batch.epochSecond(c), batch.nano(c));
  }

  private List<String> groupOf(Deal deal) {
    if (options.groupBy().isEmpty()) {
      return List.of();
    }
    return options.groupOf(deal);
  }

  /**
   * Adds another accumulator's counts, built with the same options, into this one.
   *
   * @param other an accumulator of other deals
   * @return this accumulator
   * @throws IllegalArgumentException if the options differ
   */
  @Override
  public StageVelocity merge(StageVelocity other) {
    MergeCheck.of("stage velocity", this, other).same("options", options, other.options);
    other.cells.forEach((k, c) -> cells.computeIfAbsent(k, x -> new Cell(spill)).merge(c));
    openVisits.addAll(other.openVisits);
    excluded.merge(other.excluded);
    counted += other.counted;
    return this;
  }

  /**
   * The result so far.
   *
   * @return the rows per stage and group, and the aging deals
   */
  @Override
  public StageVelocityResult result() {
    Comparator<Key> order = Comparator.comparing(Key::group, StageVelocity::compareKeys)
        .thenComparingInt(Key::order).thenComparing(Key::stageId);
    Map<Key, Cell> sorted = new TreeMap<>(order);
    sorted.putAll(cells);
    StageVelocityResult.Builder b = new StageVelocityResult.Builder().options(options).counted(counted)
        .addAllExcluded(excluded.result())
        .provenance(Provenance.of(VelocityMetrics.STAGE_VELOCITY.ref(), options.scope(), counted, excluded));
    Map<Key, Integer> thresholds = new HashMap<>();
    for (Map.Entry<Key, Cell> e : sorted.entrySet()) {
      Cell c = e.getValue();
      long n = c.completed.size();
      double aging = options.agingPercentile().doubleValue();
      long[] ranks = n == 0 ? new long[0] : LongStream.concat(LongStream.of(DurationSummary.ranksRead(n)),
          LongStream.of(Quantile.lowerRank(n, aging), Math.min(Quantile.lowerRank(n, aging) + 1, n - 1))).toArray();
      // one pass over each sorted stream: the survival walk reads them, the tap keeps the ranks
      RankTap completed = new RankTap(c.completed.sorted(), ranks);
      SurvivalSummary survival = SurvivalSummary.ofSorted(completed, n, c.censored.sorted(), c.censored.size());
      completed.drain();
      StageVelocityRow.Builder row = new StageVelocityRow.Builder().putAllGroup(group(e.getKey().group()))
          .stageId(e.getKey().stageId()).entered(c.entered).exitedForward(c.forward).exitedBackward(c.backward)
          .exitedToLost(c.lost).stillOpen(c.open).survival(survival);
      if (n > 0) {
        row.completed(DurationSummary.of(n, c.completed.sum(), completed::at));
        int threshold = (int) Math.round(Quantile.type7(n, aging, completed::at));
        thresholds.put(e.getKey(), threshold);
        row.agingThresholdDays(DayCount.days(threshold));
      }
      b.addStages(row.build());
    }
    List<AgingDeal> aging = new ArrayList<>();
    long notJudged = 0;
    for (Open o : openVisits) {
      Integer threshold = thresholds.get(new Key(o.group(), o.stageId(), o.order()));
      if (threshold == null) {
        notJudged++;
      } else if (o.seconds() > threshold) {
        aging.add(new AgingDeal.Builder().dealId(o.dealId()).putAllGroup(group(o.group())).stageId(o.stageId())
            .daysInStage(DayCount.days(o.seconds())).thresholdDays(DayCount.days(threshold)).build());
      }
    }
    // ties broken down to the stage and group, so that the order never depends on the input order
    aging.sort(Comparator.comparing(AgingDeal::daysInStage, Comparator.reverseOrder())
        .thenComparing(AgingDeal::dealId).thenComparing(AgingDeal::stageId)
        .thenComparing(a -> List.copyOf(a.group().values()), StageVelocity::compareKeys));
    return b.addAllAging(aging).notJudgedForAging(notJudged).build();
  }

  private SortedMap<String, String> group(List<String> key) {
    SortedMap<String, String> g = new TreeMap<>();
    for (int i = 0; i < key.size(); i++) {
      g.put(options.groupBy().get(i).name(), key.get(i));
    }
    return g;
  }

  /** Group keys in lexicographic order of their values, a shorter key before its extensions. */
  static int compareKeys(List<String> a, List<String> b) {
    return Arrays.compare(a.toArray(String[]::new), b.toArray(String[]::new));
  }

}
