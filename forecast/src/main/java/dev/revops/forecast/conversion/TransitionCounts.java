package dev.revops.forecast.conversion;

import dev.revops.core.metric.MergeCheck;
import dev.revops.core.deal.Deal;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.StageChange;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import dev.revops.core.probability.Probability;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Stage-to-stage moves of closed deals, as an accumulator: {@link #add} histories, {@link #merge}
 * accumulators of other deals, then {@link #fit} a {@link StageProbabilityModel}.
 *
 * <p>Learned from: deals closed (won or lost) before the as-of instant, in the look-back window
 * when there is one. Each such deal adds its weight (1, or its decay weight) to every move it made
 * out of an open stage, and to every open stage it passed through (and to its won count there when
 * it won). Moves out of a closed stage (reopenings) are not part of the chain and are counted apart.
 * Weights are fixed-point (nine decimals), so merging is exact: any split of the deals gives the
 * counts of one pass.
 */
public final class TransitionCounts {
  private static final long UNIT = Closing.UNIT;

  /** The counts of one segment (or all deals). */
  private static final class Table {
    final long[][] moves;
    final long[] through;
    final long[] throughWon;
    final long[] throughCount;
    long deals;

    Table(int open) {
      moves = new long[open][open + 2];
      through = new long[open];
      throughWon = new long[open];
      throughCount = new long[open];
    }

    void merge(Table o) {
      for (int i = 0; i < moves.length; i++) {
        for (int j = 0; j < moves[i].length; j++) {
          moves[i][j] = Math.addExact(moves[i][j], o.moves[i][j]);
        }
        through[i] = Math.addExact(through[i], o.through[i]);
        throughWon[i] = Math.addExact(throughWon[i], o.throughWon[i]);
        throughCount[i] += o.throughCount[i];
      }
      deals += o.deals;
    }
  }

  private final ConversionOptions options;
  private final PipelineDefinition definition;
  private final List<Stage> open;
  private final Map<String, Integer> index = new HashMap<>();
  /** The open stages one history passed through: scratch space of {@link #add}, reused. */
  private final BitSet passed = new BitSet();
  private final Table all;
  private final Map<String, Table> segments = new TreeMap<>();
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
    this.all = new Table(open.size());
    this.excluded = new ExclusionTally(options.maxExamples());
  }

  /**
   * Counts one deal's history.
   *
   * @param history the history
   * @param deal the deal, for its segment; may be null (the deal then counts overall only)
   */
  public void add(DealHistory history, Deal deal) {
    Objects.requireNonNull(history, "history");
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
    List<Table> tables = new ArrayList<>(2);
    tables.add(all);
    if (options.segmentBy().isPresent()) {
      if (deal == null) {
        unsegmented++;
      } else {
        tables.add(segments.computeIfAbsent(options.segmentBy().get().valueOf(deal, null),
            k -> new Table(open.size())));
      }
    }
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
      for (Table t : tables) {
        t.moves[index.get(from.id())][j] += weight;
      }
    }
    for (Table t : tables) {
      t.deals++;
      for (int i = passed.nextSetBit(0); i >= 0; i = passed.nextSetBit(i + 1)) {
        t.through[i] += weight;
        t.throughCount[i]++;
        if (won) {
          t.throughWon[i] += weight;
        }
      }
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
  public TransitionCounts merge(TransitionCounts other) {
    MergeCheck.of("transition count", this, other).same("options", options, other.options)
        .same("definition", definition, other.definition);
    all.merge(other.all);
    other.segments.forEach((k, t) -> segments.computeIfAbsent(k, x -> new Table(open.size())).merge(t));
    excluded.merge(other.excluded);
    reopenings += other.reopenings;
    unsegmented += other.unsegmented;
    return this;
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
   * Closed deals counted overall but in no segment, because the model is segmented and they came
   * without a deal record to read the segment from.
   *
   * @return the count
   */
  public long unsegmented() {
    return unsegmented;
  }

  /**
   * The weighted count of moves from one open stage to another stage (won and lost included).
   *
   * @param from an open stage id
   * @param to any stage id of the definition
   * @return the weighted count
   */
  public BigDecimal moves(String from, String to) {
    Stage t = definition.stage(to);
    int j = t.isOpen() ? index.get(to) : t.isWon() ? open.size() : open.size() + 1;
    return Closing.units(all.moves[index.get(definition.stage(from).id())][j]);
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
   * Fits stage probabilities from the counts so far.
   *
   * @param method Markov chain or share of closed deals
   * @return the model
   */
  public StageProbabilityModel fit(ConversionMethod method) {
    StageProbabilityModel.Builder b = new StageProbabilityModel.Builder().method(method).definition(definition.ref())
        .options(options).closedDeals(all.deals).addAllStages(estimates(all, method));
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

  private List<StageEstimate> estimates(Table t, ConversionMethod method) {
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
      Probability prob = probability(p, RoundingMode.HALF_EVEN);
      StageEstimate.Builder e = new StageEstimate.Builder().stageId(s.id()).probability(prob)
          .lower(min(probability(lo, RoundingMode.FLOOR), prob)).upper(max(probability(hi, RoundingMode.CEILING), prob))
          .prior(s.defaultProbability()).sampleSize(t.throughCount[i]).weightedSampleSize(Closing.units(t.through[i]))
          .weightedWon(Closing.units(t.throughWon[i]));
      if (seen) {
        e.raw(probability(r, RoundingMode.HALF_EVEN));
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
    return Probability.of(new BigDecimal(clipped).setScale(6, rounding).min(BigDecimal.ONE).max(BigDecimal.ZERO));
  }

  private double[] share(Table t) {
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
  private double[] absorption(Table t) {
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
