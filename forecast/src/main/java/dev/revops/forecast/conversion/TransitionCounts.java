package dev.revops.forecast.conversion;

import dev.revops.core.metric.Provenance;
import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.columnar.HistoryBatch;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.StageChange;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Stage-to-stage moves of closed deals, as an accumulator: {@link #add} deals with their histories,
 * {@link #merge} accumulators of other deals, read the {@link #result} (an immutable {@link
 * TransitionTable}) and fit a {@link StageProbabilityModel} from it.
 *
 * <p>Learned from: deals closed (won or lost) before the as-of instant, in the look-back window
 * when there is one. Each such deal adds its weight (1, or its decay weight) to every move it made
 * out of an open stage, and to every open stage it passed through (and to its won count there when
 * it won). Moves out of a closed stage (reopenings) are not part of the chain and are counted apart.
 * Weights are fixed-point (nine decimals), so merging is exact: any split of the deals gives the
 * counts of one pass.
 *
 * <p>A record without a history is excluded as "no stage history"; one with a stage the definition
 * lacks, or has as closed where the history has it open (a hand-built history of another
 * definition), as "a stage not in the definition" or "a stage open in the history but not in the
 * definition". A record without the deal's own
 * record counts overall but in no segment (see {@link TransitionTable#unsegmented()}).
 *
 * <pre>{@code
 * TransitionCounts counts = new TransitionCounts(options, definition);
 * records.forEach(counts::add);
 * StageProbabilityModel markov = StageProbabilityModel.fit(counts.result(), ConversionMethod.MARKOV);
 * }</pre>
 */
public final class TransitionCounts implements Accumulator<DealWithHistory, TransitionTable, TransitionCounts> {

  private final ConversionOptions options;
  private final PipelineDefinition definition;
  private final List<Stage> open;
  private final Map<String, Integer> index = new HashMap<>();
  /** The open stages one history passed through: scratch space of {@link #add}, reused. */
  private final BitSet passed = new BitSet();
  private final StageTally all;
  private final Map<String, StageTally> segments = new TreeMap<>();
  private final ExclusionTally excluded;
  private long reopenings;
  private long unsegmented;

  /**
   * An empty accumulator.
   *
   * @param options what to learn from
   * @param definition the pipeline whose stages the histories use
   */
  public TransitionCounts(ConversionOptions options, PipelineDefinition definition) {
    this.options = Objects.requireNonNull(options, "options");
    this.definition = Objects.requireNonNull(definition, "definition");
    this.open = definition.openStages();
    for (int i = 0; i < open.size(); i++) {
      index.put(open.get(i).id(), i);
    }
    this.all = new StageTally(open.size());
    this.excluded = new ExclusionTally(options.scope().exampleLimit());
  }

  /**
   * Counts one closed deal's moves.
   *
   * @param record the deal's history, with the deal's record for its segment (without one, the
   *     deal counts overall only)
   */
  @Override
  public void add(DealWithHistory record) {
    Objects.requireNonNull(record, "record");
    if (record.history().isEmpty()) {
      excluded.add("no stage history", record.id());
      return;
    }
    DealHistory history = record.history().get();
    Closing closed = Closing.of(history, options);
    if (closed.excludedBecause != null) {
      excluded.add(closed.excludedBecause, history.dealId());
      return;
    }
    StageChange closing = closed.change;
    for (StageChange c : history.changes()) {
      if (unknown(c.to()) || c.from().map(this::unknown).orElse(false)) {
        excluded.add("a stage not in the definition", history.dealId());
        return;
      }
      if (openElsewhere(c.to()) || c.from().map(this::openElsewhere).orElse(false)) {
        excluded.add("a stage open in the history but not in the definition", history.dealId());
        return;
      }
    }
    long weight = closed.weight(options);
    boolean won = closing.to().isWon();
    List<StageTally> tables = new ArrayList<>(2);
    tables.add(all);
    if (options.segmentBy().isPresent()) {
      if (record.deal().isEmpty()) {
        unsegmented++;
      } else {
        tables.add(segments.computeIfAbsent(options.segmentOf(record.deal().get()).orElseThrow(),
            k -> new StageTally(open.size())));
      }
    }
    count(history, closing, weight, won, tables);
  }

  /** Adds a closed deal's moves and the stages it passed through to each table. */
  private void count(DealHistory history, StageChange closing, long weight, boolean won, List<StageTally> tables) {
    BitSet passed = this.passed;
    passed.clear();
    for (StageChange c : history.changes()) {
      if (c.at().isAfter(closing.at())) {
        break;
      }
      if (c.from().isPresent() && c.from().get().isOpen()) {
        passed.set(index.get(c.from().get().id()));
      }
      if (c.to().isOpen()) {
        passed.set(index.get(c.to().id()));
      }
      if (c.from().isEmpty()) {
        continue;
      }
      Stage from = c.from().get();
      if (from.isClosed()) {
        reopenings++;
        continue;
      }
      int j = c.to().isOpen() ? index.get(c.to().id()) : c.to().isWon() ? open.size() : open.size() + 1;
      for (StageTally t : tables) {
        t.move(index.get(from.id()), j, weight);
      }
    }
    for (StageTally t : tables) {
      t.passed(passed, weight, won);
    }
  }

  /**
   * Counts every closed deal of a batch of histories: the same result as {@link #add} of {@code
   * DealWithHistory.ofHistory(h)} for each history in turn (the batch has no deal records, so with
   * {@code segmentBy} every deal counts overall and as unsegmented).
   *
   * <p>Read from the columns, without building a history, under every option, when the
   * definition has at most 64 open stages; otherwise, and for a history naming a stage whose
   * openness the definition does not share, each history is built again and added.
   *
   * <pre>{@code
   * TransitionCounts counts = new TransitionCounts(options, definition);
   * counts.addAll(HistoryBatch.of(histories));
   * StageProbabilityModel share = StageProbabilityModel.fit(counts.result(), ConversionMethod.SHARE);
   * }</pre>
   *
   * @param batch the histories
   * @return this accumulator
   */
  public TransitionCounts addAll(HistoryBatch batch) {
    Objects.requireNonNull(batch, "batch");
    BatchStages stages = new BatchStages(batch);
    Instant since = options.since().map(d -> options.scope().startOf(d)).orElse(Instant.MIN);
    for (int h = 0; h < batch.size(); h++) {
      if (open.size() > Long.SIZE || !stages.consistent(batch, h)) {
        add(DealWithHistory.ofHistory(batch.history(h)));
        continue;
      }
      int closing = closingOf(batch, h);
      if (closing < 0 || !batch.stage(batch.toCode(closing)).isClosed()) {
        excluded.add("open at the as-of date", batch.dealId(h));
      } else if (options.since().isPresent() && batch.compareInstant(closing, since) < 0) {
        excluded.add("closed before the look-back window", batch.dealId(h));
      } else if (stages.unknown(batch, h)) {
        excluded.add("a stage not in the definition", batch.dealId(h));
      } else {
        if (options.segmentBy().isPresent()) {
          unsegmented++;
        }
        count(batch, h, closing, stages);
      }
    }
    return this;
  }

  /** The last change of a history before the as-of instant, or -1. */
  private int closingOf(HistoryBatch batch, int h) {
    Instant asOf = options.asOfInstant();
    int closing = -1;
    for (int c = batch.firstChange(h); c < batch.endChange(h) && batch.compareInstant(c, asOf) < 0; c++) {
      closing = c;
    }
    return closing;
  }

  /** Adds a closed deal's moves and the stages it passed through, as {@link #count(DealHistory, StageChange,
   * long, boolean, List)} does. */
  private void count(HistoryBatch batch, int h, int closing, BatchStages stages) {
    long weight = options.halfLifeDays().isEmpty() ? Closing.UNIT
        : Closing.weight(Instant.ofEpochSecond(batch.epochSecond(closing), batch.nano(closing)), options);
    int m = open.size();
    long passedStages = 0;
    for (int c = batch.firstChange(h); c < batch.endChange(h) && batch.compareInstants(c, closing) <= 0; c++) {
      int from = batch.fromCode(c);
      int to = batch.toCode(c);
      if (from >= 0 && stages.openIndex[from] >= 0) {
        passedStages |= 1L << stages.openIndex[from];
      }
      if (stages.openIndex[to] >= 0) {
        passedStages |= 1L << stages.openIndex[to];
      }
      if (from < 0) {
        continue;
      }
      if (stages.closed[from]) {
        reopenings++;
        continue;
      }
      int j = stages.openIndex[to] >= 0 ? stages.openIndex[to] : stages.won[to] ? m : m + 1;
      all.move(stages.openIndex[from], j, weight);
    }
    all.passed(passedStages, weight, stages.won[batch.toCode(closing)]);
  }

  /** What the counts need of each stage code of a batch, looked up once. */
  private final class BatchStages {
    final int[] openIndex;
    final boolean[] closed;
    final boolean[] won;
    final boolean[] unknown;
    final boolean[] inconsistent;

    BatchStages(HistoryBatch batch) {
      int n = batch.stageCount();
      openIndex = new int[n];
      closed = new boolean[n];
      won = new boolean[n];
      unknown = new boolean[n];
      inconsistent = new boolean[n];
      for (int s = 0; s < n; s++) {
        Stage stage = batch.stage(s);
        Integer i = index.get(stage.id());
        openIndex[s] = stage.isOpen() && i != null ? i : -1;
        closed[s] = stage.isClosed();
        won[s] = stage.isWon();
        unknown[s] = TransitionCounts.this.unknown(stage);
        // an open stage the definition does not know as open: the per-history path decides
        inconsistent[s] = stage.isOpen() && i == null && !unknown[s];
      }
    }

    boolean consistent(HistoryBatch batch, int h) {
      for (int c = batch.firstChange(h); c < batch.endChange(h); c++) {
        if (inconsistent[batch.toCode(c)] || batch.fromCode(c) >= 0 && inconsistent[batch.fromCode(c)]) {
          return false;
        }
      }
      return true;
    }

    boolean unknown(HistoryBatch batch, int h) {
      for (int c = batch.firstChange(h); c < batch.endChange(h); c++) {
        if (unknown[batch.toCode(c)] || batch.fromCode(c) >= 0 && unknown[batch.fromCode(c)]) {
          return true;
        }
      }
      return false;
    }
  }

  private boolean unknown(Stage s) {
    return !definition.findStage(s.id()).isPresent();
  }

  /** A stage open in a hand-built history whose id the definition has as closed: its moves cannot be placed. */
  private boolean openElsewhere(Stage s) {
    return s.isOpen() && !index.containsKey(s.id());
  }

  /**
   * Adds another accumulator's counts, built with the same options and definition, into this one.
   *
   * @param other an accumulator of other deals
   * @return this accumulator
   * @throws IllegalArgumentException if the options or definition differ
   */
  @Override
  public TransitionCounts merge(TransitionCounts other) {
    MergeCheck.of("transition count", this, other).same("options", options, other.options)
        .same("definition", definition, other.definition);
    all.merge(other.all);
    other.segments.forEach((k, t) -> segments.computeIfAbsent(k, x -> new StageTally(open.size())).merge(t));
    excluded.merge(other.excluded);
    reopenings += other.reopenings;
    unsegmented += other.unsegmented;
    return this;
  }

  /**
   * The counts so far, as an immutable value to fit models from.
   *
   * @return the counts
   */
  @Override
  public TransitionTable result() {
    return new TransitionTable(options, definition, all, segments, reopenings, unsegmented,
        Provenance.of(ConversionMetrics.STAGE_TRANSITIONS.ref(), options.scope(), all.deals, excluded));
  }
}
