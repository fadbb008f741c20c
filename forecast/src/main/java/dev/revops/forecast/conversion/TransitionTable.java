package dev.revops.forecast.conversion;

import dev.revops.core.metric.Provenance;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.money.Rounding;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import dev.revops.core.probability.Probability;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@link TransitionCounts} counted, as an immutable value: the weighted moves between stages
 * of the closed deals learned from, overall and per segment, and the histories left out. A {@link
 * StageProbabilityModel} is fitted from it ({@link StageProbabilityModel#fit}); fitting it twice
 * gives the same model.
 *
 * <pre>{@code
 * TransitionTable table = counts.result();
 * table.closedDeals();               // 10
 * table.moves("a", "b");             // 7: weighted moves from stage a to stage b
 * }</pre>
 */
public final class TransitionTable {
  private static final long UNIT = Closing.UNIT;

  private final ConversionOptions options;
  private final PipelineDefinition definition;
  private final List<Stage> open;
  private final Map<String, Integer> index = new HashMap<>();
  private final StageTally all;
  private final SortedMap<String, StageTally> segments = new TreeMap<>();
  private final long reopenings;
  private final long unsegmented;
  private final Provenance provenance;

  TransitionTable(ConversionOptions options, PipelineDefinition definition, StageTally all,
      Map<String, StageTally> segments, long reopenings, long unsegmented, Provenance provenance) {
    this.options = options;
    this.definition = definition;
    this.open = definition.openStages();
    for (int i = 0; i < open.size(); i++) {
      index.put(open.get(i).id(), i);
    }
    this.all = all.copy();
    segments.forEach((k, t) -> this.segments.put(k, t.copy()));
    this.reopenings = reopenings;
    this.unsegmented = unsegmented;
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
   * The pipeline whose stages the histories use.
   *
   * @return the definition
   */
  public PipelineDefinition definition() {
    return definition;
  }

  /**
   * Closed deals counted.
   *
   * @return the count
   */
  public long closedDeals() {
    return all.deals;
  }

  /**
   * Moves out of a won or lost stage seen in the counted histories (not part of the chain).
   *
   * @return the count
   */
  public long reopenings() {
    return reopenings;
  }

  /**
   * Closed deals counted overall but in no segment, because the counts are segmented and they came
   * without a deal record to read the segment from.
   *
   * @return the count
   */
  public long unsegmented() {
    return unsegmented;
  }

  /**
   * The segment values counted, in order.
   *
   * @return the values; empty when not segmented
   */
  public List<String> segmentValues() {
    return List.copyOf(segments.keySet());
  }

  /**
   * The weighted count of moves from one open stage to another stage (won and lost included).
   *
   * @param from an open stage id
   * @param to any stage id of the definition
   * @return the weighted count, exact (nine decimals at most)
   */
  public BigDecimal moves(String from, String to) {
    Stage t = definition.stage(to);
    int j = t.isOpen() ? index.get(to) : t.isWon() ? open.size() : open.size() + 1;
    return Closing.units(all.moves[index.get(definition.stage(from).id())][j]);
  }

  /**
   * The weighted count of one segment's moves from one open stage to another stage.
   *
   * <pre>{@code
   * table.moves("EMEA", "a", "b");             // 4: weighted moves from a to b of the EMEA deals
   * }</pre>
   *
   * @param segment a segment value (see {@link #segmentValues()})
   * @param from an open stage id
   * @param to any stage id of the definition
   * @return the weighted count, exact; zero for a segment not counted
   */
  public BigDecimal moves(String segment, String from, String to) {
    StageTally t = segments.get(Objects.requireNonNull(segment, "segment"));
    if (t == null) {
      return Closing.units(0);
    }
    Stage s = definition.stage(to);
    int j = s.isOpen() ? index.get(to) : s.isWon() ? open.size() : open.size() + 1;
    return Closing.units(t.moves[index.get(definition.stage(from).id())][j]);
  }

  /**
   * Closed deals counted in one segment.
   *
   * @param segment a segment value
   * @return the count; 0 for a segment not counted
   */
  public long closedDeals(String segment) {
    StageTally t = segments.get(Objects.requireNonNull(segment, "segment"));
    return t == null ? 0 : t.deals;
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

  @Override
  public boolean equals(Object o) {
    return o instanceof TransitionTable t && options.equals(t.options) && definition.equals(t.definition)
        && all.equals(t.all) && segments.equals(t.segments) && reopenings == t.reopenings
        && unsegmented == t.unsegmented && provenance.equals(t.provenance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(options, definition.ref(), all, segments, reopenings, unsegmented, provenance);
  }

  /**
   * The counts in a few words.
   *
   * @return for example {@code "transitions of 10 closed deals (2 reopenings)"}
   */
  @Override
  public String toString() {
    return "transitions of " + all.deals + " closed deals (" + reopenings + " reopenings)";
  }

  /** Fits stage probabilities from these counts (see {@link StageProbabilityModel#fit}). */
  StageProbabilityModel fit(ConversionMethod method) {
    StageProbabilityModel.Builder b = new StageProbabilityModel.Builder().method(method).definition(definition.ref())
        .options(options).closedDeals(all.deals).addAllStages(estimates(all, method))
        .provenance(provenance);
    segments.forEach((value, t) -> {
      SegmentEstimates.Builder s = new SegmentEstimates.Builder().value(value).closedDeals(t.deals);
      if (t.deals < options.minDeals()) {
        s.fallback(true).note(t.deals + " closed deals, fewer than the " + options.minDeals()
            + " needed: uses the overall estimates");
      } else {
        s.fallback(false).addAllStages(estimates(t, method));
      }
      b.addSegments(s.build());
    });
    return b.build();
  }

  private List<StageEstimate> estimates(StageTally t, ConversionMethod method) {
    int m = open.size();
    double[] raw = method == ConversionMethod.MARKOV ? absorption(t) : share(t);
    double k = options.priorStrength().doubleValue();
    double level = options.intervalLevel().doubleValue();
    List<StageEstimate> out = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      Stage s = open.get(i);
      double p0 = s.defaultProbability().doubleValue();
      double n = t.through[i] / (double) UNIT;
      boolean seen = t.through[i] > 0;
      double r = seen ? raw[i] : p0;
      double alpha = n * r + k * p0;
      double beta = n * (1 - r) + k * (1 - p0);
      double p = alpha + beta > 0 ? alpha / (alpha + beta) : p0;
      double lo = alpha + beta > 0 ? BetaDistribution.quantile(alpha, beta, (1 - level) / 2) : p;
      double hi = alpha + beta > 0 ? BetaDistribution.quantile(alpha, beta, (1 + level) / 2) : p;
      Probability prob = probability(p, Rounding.PROBABILITY);
      StageEstimate.Builder e = new StageEstimate.Builder().stageId(s.id()).probability(prob)
          .lower(min(probability(lo, Rounding.INTERVAL_LOWER), prob)).upper(max(probability(hi, Rounding.INTERVAL_UPPER), prob))
          .prior(s.defaultProbability()).sampleSize(t.throughCount[i]).weightedSampleSize(Closing.units(t.through[i]))
          .weightedWon(Closing.units(t.throughWon[i]));
      if (seen) {
        e.raw(probability(r, Rounding.PROBABILITY));
      }
      out.add(e.build());
    }
    return out;
  }

  private static Probability min(Probability a, Probability b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static Probability max(Probability a, Probability b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Probability probability(double p, RoundingMode rounding) {
    double clipped = Math.max(0, Math.min(1, p));
    return Probability.of(new BigDecimal(clipped).setScale(StageEstimate.SCALE, rounding).min(BigDecimal.ONE).max(BigDecimal.ZERO));
  }

  private double[] share(StageTally t) {
    double[] p = new double[open.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = t.through[i] == 0 ? open.get(i).defaultProbability().doubleValue()
          : (double) t.throughWon[i] / t.through[i];
    }
    return p;
  }

  /**
   * The probability of being absorbed in the won stage from each open stage: b = Q b + r, where
   * Q holds the observed move shares between open stages and r the share of moves to won. A stage
   * with no observed move out keeps its default probability.
   */
  private double[] absorption(StageTally t) {
    int m = open.size();
    double[][] a = new double[m][m + 1];
    for (int i = 0; i < m; i++) {
      long out = 0;
      for (long w : t.moves[i]) {
        out += w;
      }
      a[i][i] = 1;
      if (out == 0) {
        a[i][m] = open.get(i).defaultProbability().doubleValue();
        continue;
      }
      for (int j = 0; j < m; j++) {
        a[i][j] -= (double) t.moves[i][j] / out;
      }
      a[i][m] = (double) t.moves[i][m] / out;
    }
    return solve(a);
  }

  /** Gaussian elimination with partial pivoting on an augmented m x (m + 1) matrix. */
  static double[] solve(double[][] a) {
    int m = a.length;
    for (int col = 0; col < m; col++) {
      int pivot = col;
      for (int r = col + 1; r < m; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      double[] tmp = a[col];
      a[col] = a[pivot];
      a[pivot] = tmp;
      if (Math.abs(a[col][col]) < 1e-15) {
        throw new IllegalStateException("the chain has no way out of some stages");
      }
      for (int r = 0; r < m; r++) {
        if (r != col) {
          double f = a[r][col] / a[col][col];
          for (int c = col; c <= m; c++) {
            a[r][c] -= f * a[col][c];
          }
        }
      }
    }
    double[] x = new double[m];
    for (int i = 0; i < m; i++) {
      x[i] = a[i][m] / a[i][i];
    }
    return x;
  }
}
