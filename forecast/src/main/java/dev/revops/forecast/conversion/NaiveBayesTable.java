package dev.revops.forecast.conversion;

import dev.revops.core.metric.Provenance;
import dev.revops.core.dimension.Dimension;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.pipeline.PipelineDefinition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@link NaiveBayesCounts} counted, as an immutable value: the weighted won and lost counts of
 * the closed deals learned from, per feature value, and the histories left out. A {@link
 * NaiveBayesModel} is fitted from it ({@link NaiveBayesModel#fit}).
 *
 * <pre>{@code
 * NaiveBayesTable table = counts.result();
 * table.won();      // 3: weighted won deals
 * table.counts();   // [stage=a: 3 won, 2 lost, ...]
 * }</pre>
 */
public final class NaiveBayesTable {
  private final ConversionOptions options;
  private final PipelineDefinition definition;
  private final List<Dimension> features;
  private final SortedMap<String, long[]> counts = new TreeMap<>();
  private final long won;
  private final long lost;
  private final Provenance provenance;

  NaiveBayesTable(ConversionOptions options, PipelineDefinition definition, List<Dimension> features,
      Map<String, long[]> counts, long won, long lost, Provenance provenance) {
    this.options = options;
    this.definition = definition;
    this.features = List.copyOf(features);
    counts.forEach((k, v) -> this.counts.put(k, v.clone()));
    this.won = won;
    this.lost = lost;
    this.provenance = provenance;
  }

  /**
   * What the counts learned from.
   *
   * @return the options
   */
  public ConversionOptions options() {
    return options;
  }

  /**
   * The dimensions counted as features besides the stage.
   *
   * @return the features
   */
  public List<Dimension> features() {
    return features;
  }

  /**
   * Won deals counted (weighted).
   *
   * @return W, exact
   */
  public BigDecimal won() {
    return Closing.units(won);
  }

  /**
   * Lost deals counted (weighted).
   *
   * @return L, exact
   */
  public BigDecimal lost() {
    return Closing.units(lost);
  }

  /**
   * The counts per feature value, by feature and value (the stage feature is {@value
   * NaiveBayesModel#STAGE}).
   *
   * @return the counts
   */
  public List<FeatureCount> counts() {
    List<FeatureCount> list = new ArrayList<>();
    counts.forEach((k, v) -> {
      String[] fv = k.split("\u0000", 2);
      list.add(new FeatureCount.Builder().feature(fv[0]).value(fv[1]).won(Closing.units(v[0]))
          .lost(Closing.units(v[1])).build());
    });
    return Collections.unmodifiableList(list);
  }

  /**
   * Histories left out, by reason.
   *
   * @return the exclusions
   */
  public List<Exclusion> excluded() {
    return provenance.excluded();
  }

  /**
   * Where the counts come from: the definition, the scope's as-of and definitions, the closed deals
   * counted and the histories excluded.
   *
   * @return the provenance
   */
  public Provenance provenance() {
    return provenance;
  }

  /** Fits the model (see {@link NaiveBayesModel#fit}). */
  NaiveBayesModel fit(BigDecimal smoothing) {
    return new NaiveBayesModel.Builder().definition(definition.ref()).options(options).addAllFeatures(features)
        .smoothing(smoothing).won(won()).lost(lost()).addAllCounts(counts()).build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NaiveBayesTable t && options.equals(t.options) && definition.equals(t.definition)
        && features.equals(t.features) && won == t.won && lost == t.lost && counts().equals(t.counts())
        && provenance.equals(t.provenance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(options, features, won, lost, counts(), provenance);
  }

  /**
   * The counts in a few words.
   *
   * @return for example {@code "naive-Bayes counts of 3 won and 2 lost deals"}
   */
  @Override
  public String toString() {
    return "naive-Bayes counts of " + won().toPlainString() + " won and " + lost().toPlainString() + " lost deals";
  }
}
