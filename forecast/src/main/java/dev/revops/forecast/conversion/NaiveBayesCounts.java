package dev.revops.forecast.conversion;

import dev.revops.core.metric.MergeCheck;
import dev.revops.core.deal.Deal;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.StageChange;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import dev.revops.core.dimension.Dimension;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The counts behind a {@link NaiveBayesModel}, as an accumulator: {@link #add} closed deals with
 * their histories, {@link #merge} accumulators of other deals, then {@link #fit}.
 *
 * <p>The same deals as {@link TransitionCounts} learn from (closed before the as-of date, in the
 * window, decayed by age); the counts are fixed-point (nine decimals), so merging is exact.
 */
public final class NaiveBayesCounts {
  private final ConversionOptions options;
  private final PipelineDefinition definition;
  private final List<Dimension> features;
  private final Map<String, long[]> counts = new TreeMap<>();
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
    this.excluded = new ExclusionTally(options.maxExamples());
  }

  /** The features besides the stage (for the hold-out's merge check). */
  List<Dimension> features() {
    return features;
  }

  /**
   * Counts one closed deal.
   *
   * @param history its history
   * @param deal the deal, for its feature values
   */
  public void add(DealHistory history, Deal deal) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(deal, "deal");
    Closing closed = Closing.of(history, options);
    if (closed.excludedBecause != null) {
      excluded.add(closed.excludedBecause, history.dealId());
      return;
    }
    long weight = closed.weight(options);
    boolean isWon = closed.change.to().isWon();
    Set<String> stages = new LinkedHashSet<>();
    if (isWon) {
      for (StageChange c : history.changes()) {
        if (c.at().isAfter(closed.change.at())) {
          break;
        }
        c.from().filter(Stage::isOpen).ifPresent(s -> stages.add(s.id()));
        if (c.to().isOpen()) {
          stages.add(c.to().id());
        }
      }
    } else {
      int stoppedAt = closed.change.from().filter(Stage::isOpen).map(Stage::order).orElse(Integer.MIN_VALUE);
      definition.openStages().stream().filter(s -> s.order() <= stoppedAt).forEach(s -> stages.add(s.id()));
    }
    int side = isWon ? 0 : 1;
    if (isWon) {
      won += weight;
    } else {
      lost += weight;
    }
    for (String s : stages) {
      counts.computeIfAbsent(NaiveBayesModel.STAGE + "\u0000" + s, k -> new long[2])[side] += weight;
    }
    for (Dimension d : features) {
      counts.computeIfAbsent(d.key() + "\u0000" + d.valueOf(deal, null), k -> new long[2])[side] += weight;
    }
  }

  /**
   * Adds another accumulator's counts, built alike, into this one.
   *
   * @param other an accumulator of other deals
   * @return this accumulator
   * @throws IllegalArgumentException if the other was built differently
   */
  public NaiveBayesCounts merge(NaiveBayesCounts other) {
    MergeCheck.of("naive-Bayes count", this, other).same("options", options, other.options)
        .same("definition", definition, other.definition).same("features", features, other.features);
    other.counts.forEach((k, v) -> {
      long[] c = counts.computeIfAbsent(k, x -> new long[2]);
      c[0] += v[0];
      c[1] += v[1];
    });
    won += other.won;
    lost += other.lost;
    excluded.merge(other.excluded);
    return this;
  }

  /**
   * Histories left out, by reason.
   *
   * @return the exclusions
   */
  public List<Exclusion> excluded() {
    return excluded.result();
  }

  /**
   * Fits the model from the counts so far.
   *
   * @param smoothing the additive smoothing α, positive
   * @return the model
   */
  public NaiveBayesModel fit(BigDecimal smoothing) {
    List<FeatureCount> list = new ArrayList<>();
    counts.forEach((k, v) -> {
      String[] fv = k.split("\u0000", 2);
      list.add(new FeatureCount.Builder().feature(fv[0]).value(fv[1]).won(Closing.units(v[0])).lost(Closing.units(v[1])).build());
    });
    return new NaiveBayesModel.Builder().definition(definition.ref()).options(options).addAllFeatures(features)
        .smoothing(smoothing).won(Closing.units(won)).lost(Closing.units(lost)).addAllCounts(list).build();
  }
}
