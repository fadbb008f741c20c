package dev.revops.forecast.conversion;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.deal.Deal;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.probability.Probability;
import dev.revops.core.dimension.Dimension;
import java.math.BigDecimal;
import dev.revops.core.money.Rounding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A naive-Bayes deal scorer of our own: from how often won and lost deals had each value of each
 * feature, the probability that an open deal with its values is won. It is not Odoo's predictive
 * lead scoring, which counts stages, smooths and rounds otherwise: {@link OdooLeadScoringModel}
 * reproduces that one exactly.
 *
 * <p>The features are the deal's stage and the chosen dimensions (segment, source, product,
 * owner). For the stage, a won deal counts for every open stage it passed through, a lost deal for
 * every open stage at or below the one where it stopped. With α the smoothing, W and L the won and
 * lost totals and w_v, l_v a value's counts:
 * <pre>
 *   score_won  = (W + α) / (W + L + 2α)  x  product over features of (w_v + α) / (W + 2α)
 *   score_lost = (L + α) / (W + L + 2α)  x  product over features of (l_v + α) / (L + 2α)
 *   P(won)     = score_won / (score_won + score_lost)
 * </pre>
 * rounded half-even to six decimals. A value never seen counts zero. Closed deals are 1 or 0.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNaiveBayesModel.class)
@JsonDeserialize(as = ImmutableNaiveBayesModel.class)
public abstract class NaiveBayesModel implements ProbabilityModel {
  /** The name of the stage feature. */
  public static final String STAGE = "stage";
  /** The decimal places of a probability: 6. */
  public static final int SCALE = 6;

  /** Only the generated implementation extends this class, so every instance is validated. */
  NaiveBayesModel() {}

  /**
   * The pipeline definition the stages belong to.
   *
   * @return its id and version
   */
  public abstract DefinitionRef definition();

  /**
   * What the model learned from.
   *
   * @return the options
   */
  public abstract ConversionOptions options();

  /**
   * The dimensions used as features besides the stage.
   *
   * @return the features
   */
  public abstract List<Dimension> features();

  /**
   * The additive smoothing α.
   *
   * @return α, 1 unless set
   */
  @Value.Default
  public BigDecimal smoothing() {
    return BigDecimal.ONE;
  }

  /**
   * Won deals learned from (weighted).
   *
   * @return W
   */
  public abstract BigDecimal won();

  /**
   * Lost deals learned from (weighted).
   *
   * @return L
   */
  public abstract BigDecimal lost();

  /**
   * The counts per feature value, by feature and value.
   *
   * @return the counts
   */
  public abstract List<FeatureCount> counts();

  /**
   * Fits the model from naive-Bayes counts.
   *
   * @param counts the counts of the closed deals learned from
   * @param smoothing the additive smoothing α, positive
   * @return the model
   * @throws dev.revops.core.InvalidValueException if {@code smoothing} is not positive
   */
  public static NaiveBayesModel fit(NaiveBayesTable counts, BigDecimal smoothing) {
    Objects.requireNonNull(counts, "counts");
    return counts.fit(Objects.requireNonNull(smoothing, "smoothing"));
  }

  /** Builds models (naive-Bayes counts do; public for JSON). */
  public static final class Builder extends ImmutableNaiveBayesModel.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("naive-Bayes model");
    v.check(smoothing().signum() > 0, "smoothing", smoothing(), "must be positive");
    v.throwIfInvalid();
  }

  /**
   * The model's name and version.
   *
   * @return for example {@code naive-bayes:gen-deals@1:2026-10-01@1}
   */
  @Override
  @JsonIgnore
  public DefinitionRef ref() {
    return DefinitionRef.of("naive-bayes:" + definition() + ":" + options().scope().asOfDate(), 1);
  }

  @Value.Lazy
  @JsonIgnore
  Map<String, FeatureCount> byValue() {
    Map<String, FeatureCount> m = new HashMap<>();
    counts().forEach(c -> m.put(c.feature() + "=" + c.value(), c));
    return m;
  }

  /**
   * The probability that a deal is won.
   *
   * @param deal any deal
   * @return 1 or 0 for a closed deal; the naive-Bayes posterior for an open one
   */
  @Override
  public Probability probability(Deal deal) {
    Objects.requireNonNull(deal, "deal");
    if (deal.isClosed()) {
      return deal.isWon() ? Probability.ONE : Probability.ZERO;
    }
    double a = smoothing().doubleValue();
    double w = won().doubleValue();
    double l = lost().doubleValue();
    double logWon = Math.log((w + a) / (w + l + 2 * a));
    double logLost = Math.log((l + a) / (w + l + 2 * a));
    Map<String, FeatureCount> m = byValue();
    FeatureCount stage = m.get(STAGE + "=" + deal.stage().id());
    logWon += Math.log(((stage == null ? 0 : stage.won().doubleValue()) + a) / (w + 2 * a));
    logLost += Math.log(((stage == null ? 0 : stage.lost().doubleValue()) + a) / (l + 2 * a));
    for (Dimension d : features()) {
      FeatureCount c = m.get(d.key() + "=" + d.valueOf(deal));
      logWon += Math.log(((c == null ? 0 : c.won().doubleValue()) + a) / (w + 2 * a));
      logLost += Math.log(((c == null ? 0 : c.lost().doubleValue()) + a) / (l + 2 * a));
    }
    double p = 1 / (1 + Math.exp(logLost - logWon));
    return Probability.of(new BigDecimal(p).setScale(SCALE, Rounding.PROBABILITY).max(BigDecimal.ZERO)
        .min(BigDecimal.ONE));
  }
}
