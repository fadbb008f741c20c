package dev.revops.forecast.conversion;

import dev.revops.core.metric.Provenance;
import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.StageChange;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import dev.revops.core.dimension.Dimension;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The counts behind a {@link NaiveBayesModel}, as an accumulator: {@link #add} closed deals with
 * their histories, {@link #merge} accumulators of other deals, read the {@link #result} (an
 * immutable {@link NaiveBayesTable}) and fit the model from it.
 *
 * <p>The same deals as {@link TransitionCounts} learn from (closed before the as-of date, in the
 * window, decayed by age); the counts are fixed-point (nine decimals), so merging is exact. A
 * record needs both the history and the deal's record (for its feature values): without one it is
 * excluded as "no stage history" or "no deal record".
 *
 * <pre>{@code
 * NaiveBayesCounts counts = new NaiveBayesCounts(options, definition, List.of(Dimension.SEGMENT));
 * records.forEach(counts::add);
 * NaiveBayesModel model = NaiveBayesModel.fit(counts.result(), BigDecimal.ONE);
 * }</pre>
 */
public final class NaiveBayesCounts implements Accumulator<DealWithHistory, NaiveBayesTable, NaiveBayesCounts> {
  private final ConversionOptions options;
  private final PipelineDefinition definition;
  private final List<Dimension> features;
  private final Map<String, long[]> counts = new TreeMap<>();
  private long deals;
  private long won;
  private long lost;
  private final ExclusionTally excluded;

  /**
   * An empty accumulator.
   *
   * @param options what to learn from
   * @param definition the pipeline whose stages the histories use
   * @param features the dimensions used as features besides the stage (owner, segment, source,
   *     product)
   */
  public NaiveBayesCounts(ConversionOptions options, PipelineDefinition definition, List<Dimension> features) {
    this.options = Objects.requireNonNull(options, "options");
    this.definition = Objects.requireNonNull(definition, "definition");
    this.features = List.copyOf(features);
    for (Dimension d : features) {
      if (d == Dimension.STAGE || d == Dimension.FORECAST_CATEGORY || d == Dimension.CLOSE_PERIOD) {
        throw new IllegalArgumentException("feature " + d + " must be owner, segment, source or product");
      }
    }
    this.excluded = new ExclusionTally(options.scope().exampleLimit());
  }

  /** The features besides the stage (for the hold-out's merge check). */
  List<Dimension> features() {
    return features;
  }

  /**
   * Counts one closed deal.
   *
   * @param record the deal, for its feature values, with its history
   */
  @Override
  public void add(DealWithHistory record) {
    Objects.requireNonNull(record, "record");
    Optional<String> missing = record.missingPart();
    if (missing.isPresent()) {
      excluded.add(missing.get(), record.id());
      return;
    }
    DealHistory history = record.history().get();
    Deal deal = record.deal().get();
    Closing closed = Closing.of(history, options);
    if (closed.excludedBecause != null) {
      excluded.add(closed.excludedBecause, history.dealId());
      return;
    }
    long weight = closed.weight(options);
    boolean isWon = closed.change.to().isWon();
    int side = isWon ? 0 : 1;
    deals++;
    if (isWon) {
      won += weight;
    } else {
      lost += weight;
    }
    for (String s : stages(history, closed.change)) {
      counts.computeIfAbsent(NaiveBayesModel.STAGE + "\u0000" + s, k -> new long[2])[side] += weight;
    }
    for (Dimension d : features) {
      counts.computeIfAbsent(d.key() + "\u0000" + d.valueOf(deal), k -> new long[2])[side] += weight;
    }
  }

  /**
   * The stages a closed deal counts for: a won deal every open stage it passed through, a lost deal
   * every open stage at or below the one it stopped in.
   */
  private Set<String> stages(DealHistory history, StageChange closing) {
    Set<String> stages = new LinkedHashSet<>();
    if (closing.to().isWon()) {
      for (StageChange c : history.changes()) {
        if (c.at().isAfter(closing.at())) {
          break;
        }
        c.from().filter(Stage::isOpen).ifPresent(s -> stages.add(s.id()));
        if (c.to().isOpen()) {
          stages.add(c.to().id());
        }
      }
    } else {
      int stoppedAt = closing.from().filter(Stage::isOpen).map(Stage::order).orElse(Integer.MIN_VALUE);
      definition.openStages().stream().filter(s -> s.order() <= stoppedAt).forEach(s -> stages.add(s.id()));
    }
    return stages;
  }

  /**
   * Adds another accumulator's counts, built alike, into this one.
   *
   * @param other an accumulator of other deals
   * @return this accumulator
   * @throws IllegalArgumentException if the other was built differently
   */
  @Override
  public NaiveBayesCounts merge(NaiveBayesCounts other) {
    MergeCheck.of("naive-Bayes count", this, other).same("options", options, other.options)
        .same("definition", definition, other.definition).same("features", features, other.features);
    other.counts.forEach((k, v) -> {
      long[] c = counts.computeIfAbsent(k, x -> new long[2]);
      c[0] += v[0];
      c[1] += v[1];
    });
    deals += other.deals;
    won += other.won;
    lost += other.lost;
    excluded.merge(other.excluded);
    return this;
  }

  /**
   * The counts so far, as an immutable value to fit the model from.
   *
   * @return the counts
   */
  @Override
  public NaiveBayesTable result() {
    return new NaiveBayesTable(options, definition, features, counts, won, lost,
        Provenance.of(ConversionMetrics.NAIVE_BAYES_COUNTS.ref(), options.scope(), deals, excluded));
  }
}
