package dev.revops.forecast.conversion;

import dev.revops.core.metric.Provenance;
import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.StageChange;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
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
 * <p>A record without a history is excluded as "no stage history". A record without the deal's own
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

  private boolean unknown(Stage s) {
    return !definition.findStage(s.id()).isPresent();
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
