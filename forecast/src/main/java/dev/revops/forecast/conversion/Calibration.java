package dev.revops.forecast.conversion;

import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.Provenance;
import dev.revops.core.scope.Scope;
import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.metric.MergeCheck;
import java.math.BigDecimal;
import dev.revops.core.money.Rounding;
import java.util.Arrays;
import java.util.Objects;

/**
 * Scores one model's predictions against outcomes, as an accumulator: {@link #add} each prediction
 * with what happened, {@link #merge} other accumulators of the same model, read the {@link
 * #result}.
 *
 * <p>The Brier sum is exact (the probabilities are exact decimals); the log-loss sum is fixed-point
 * at twelve decimals per deal, so merging is exact too.
 *
 * <pre>{@code
 * Calibration c = new Calibration(model.ref(), scope);
 * c.add(Prediction.of(Probability.parse("0.8"), true));
 * c.result().brierScore();   // Optional[0.040000]
 * }</pre>
 */
public final class Calibration implements Accumulator<Prediction, CalibrationScore, Calibration> {
  private static final int BINS = 10;
  /** The decimal places of the Brier score and the log loss: 6. */
  private static final int SCORE_SCALE = 6;
  private static final double EPS = 1e-15;
  private static final long LOG_UNIT = 1_000_000_000_000L;

  private final DefinitionRef model;
  private final Scope scope;
  private long deals;
  private long won;
  private BigDecimal brier = BigDecimal.ZERO;
  private long logLoss;
  private final long[] binDeals = new long[BINS];
  private final long[] binWon = new long[BINS];
  private final BigDecimal[] binPredicted = new BigDecimal[BINS];

  /**
   * An empty accumulator.
   *
   * @param model the model the predictions come from, cited by the result
   * @param scope what the outcomes are as of (the as-of instant and definitions the result cites)
   */
  public Calibration(DefinitionRef model, Scope scope) {
    this.model = Objects.requireNonNull(model, "model");
    this.scope = Objects.requireNonNull(scope, "scope");
    Arrays.fill(binPredicted, BigDecimal.ZERO);
  }

  /**
   * Scores one prediction.
   *
   * @param prediction the probability the model gave, and whether the deal was won
   */
  @Override
  public void add(Prediction prediction) {
    Objects.requireNonNull(prediction, "prediction");
    boolean wasWon = prediction.won();
    BigDecimal p = prediction.probability().toBigDecimal();
    BigDecimal error = p.subtract(wasWon ? BigDecimal.ONE : BigDecimal.ZERO);
    brier = brier.add(error.multiply(error));
    double q = Math.max(EPS, Math.min(1 - EPS, p.doubleValue()));
    logLoss += Math.round(-Math.log(wasWon ? q : 1 - q) * LOG_UNIT);
    int bin = Math.min(BINS - 1, p.movePointRight(1).intValue());
    binDeals[bin]++;
    binPredicted[bin] = binPredicted[bin].add(p);
    deals++;
    if (wasWon) {
      won++;
      binWon[bin]++;
    }
  }

  /**
   * Adds another accumulator's scores into this one.
   *
   * @param other scores of other deals, of the same model
   * @return this accumulator
   * @throws IllegalArgumentException if {@code other} scores another model, or is this accumulator
   */
  @Override
  public Calibration merge(Calibration other) {
    MergeCheck.of("calibration", this, other).same("model", model, other.model).same("scope", scope, other.scope);
    deals += other.deals;
    won += other.won;
    brier = brier.add(other.brier);
    logLoss += other.logLoss;
    for (int i = 0; i < BINS; i++) {
      binDeals[i] += other.binDeals[i];
      binWon[i] += other.binWon[i];
      binPredicted[i] = binPredicted[i].add(other.binPredicted[i]);
    }
    return this;
  }

  /**
   * The scores so far.
   *
   * @return the scores of the model
   */
  @Override
  public CalibrationScore result() {
    CalibrationScore.Builder b = new CalibrationScore.Builder().model(model).deals(deals).won(won)
        .provenance(Provenance.of(ConversionMetrics.CALIBRATION.ref(), scope, deals, new ExclusionTally(0)));
    if (deals > 0) {
      b.brierScore(brier.divide(BigDecimal.valueOf(deals), SCORE_SCALE, Rounding.RATIO));
      b.logLoss(BigDecimal.valueOf(logLoss).divide(BigDecimal.valueOf(deals).multiply(BigDecimal.valueOf(LOG_UNIT)),
          SCORE_SCALE, Rounding.RATIO));
    }
    for (int i = 0; i < BINS; i++) {
      ReliabilityBin.Builder bin = new ReliabilityBin.Builder().from(BigDecimal.valueOf(i, 1))
          .to(BigDecimal.valueOf(i + 1L, 1)).deals(binDeals[i]);
      if (binDeals[i] > 0) {
        BigDecimal n = BigDecimal.valueOf(binDeals[i]);
        bin.meanPredicted(binPredicted[i].divide(n, Rounding.RATIO_SCALE, Rounding.RATIO))
            .observedWinShare(BigDecimal.valueOf(binWon[i]).divide(n, Rounding.RATIO_SCALE, Rounding.RATIO));
      }
      b.addReliability(bin.build());
    }
    return b.build();
  }

}
