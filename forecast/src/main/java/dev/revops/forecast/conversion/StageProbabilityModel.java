package dev.revops.forecast.conversion;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.deal.Deal;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.metric.Provenance;
import dev.revops.core.probability.Probability;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Stage probabilities learned from closed deals: a {@link ProbabilityModel} that is an immutable
 * value, fitted once (in a batch job, say) and shipped as JSON to wherever deals are weighted.
 *
 * <p>A closed deal is 1 if won, 0 if lost. An open deal gets its stage's estimate: from its
 * segment when the model is segmented and the segment has its own estimates, else the overall
 * one; a stage never seen gets its default probability. A deal's segment is read as the counts read
 * it ({@link ConversionOptions#segmentOf}): a {@code level:NAME} segment in the roster the model was
 * learned with, saved in its options, on the deal's credit day.
 *
 * <pre>{@code
 * TransitionCounts counts = new TransitionCounts(options, definition);
 * records.forEach(counts::add);                      // DealWithHistory values
 * StageProbabilityModel markov = StageProbabilityModel.fit(counts.result(), ConversionMethod.MARKOV);
 * new WeightedPipeline(pipelineOptions, markov);   // weight the pipeline with it
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStageProbabilityModel.class)
@JsonDeserialize(as = ImmutableStageProbabilityModel.class)
public abstract class StageProbabilityModel implements ProbabilityModel {

  /** Only the generated implementation extends this class, so every instance is validated. */
  StageProbabilityModel() {}

  /**
   * How the estimates were made.
   *
   * @return Markov chain or share of closed deals
   */
  public abstract ConversionMethod method();

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
   * Closed deals learned from.
   *
   * @return the count
   */
  public abstract long closedDeals();

  /**
   * Where the model was learned from: the provenance of the counts it was fitted from (their
   * definition, as-of, the closed deals counted and those excluded, by reason). Saved with the
   * model, so that a model read back from a file still says what it learned from.
   *
   * @return the provenance of the counts
   */
  public abstract Provenance provenance();

  /**
   * The overall estimates, one per open stage, in pipeline order.
   *
   * @return the estimates
   */
  public abstract List<StageEstimate> stages();

  /**
   * The segments' estimates, by value, when segmented.
   *
   * @return the segments
   */
  public abstract List<SegmentEstimates> segments();

  /**
   * Fits stage probabilities from transition counts.
   *
   * @param counts the counts of the closed deals learned from
   * @param method Markov chain or share of closed deals
   * @return the model
   */
  public static StageProbabilityModel fit(TransitionTable counts, ConversionMethod method) {
    Objects.requireNonNull(counts, "counts");
    return counts.fit(Objects.requireNonNull(method, "method"));
  }

  /** Builds models (counts do). */
  static final class Builder extends ImmutableStageProbabilityModel.Builder {
    Builder() {}
  }

  /**
   * The model's name and version, cited by results weighted with it.
   *
   * @return for example {@code markov:gen-deals@1:2026-10-01@1}
   */
  @Override
  @JsonIgnore
  public DefinitionRef ref() {
    return DefinitionRef.of(method().name().toLowerCase(Locale.ROOT) + ":" + definition() + ":" + options().scope().asOfDate(), 1);
  }

  @Value.Lazy
  @JsonIgnore
  Map<String, Map<String, Probability>> lookup() {
    Map<String, Map<String, Probability>> m = new HashMap<>();
    Map<String, Probability> overall = new HashMap<>();
    stages().forEach(e -> overall.put(e.stageId(), e.probability()));
    m.put("", overall);
    for (SegmentEstimates s : segments()) {
      if (!s.fallback()) {
        Map<String, Probability> own = new HashMap<>();
        s.stages().forEach(e -> own.put(e.stageId(), e.probability()));
        m.put("=" + s.value(), own);
      }
    }
    return m;
  }

  /**
   * The estimate for a deal.
   *
   * @param deal any deal
   * @return 1 or 0 for a closed deal; the stage's estimate (segment's, else overall, else the
   *     stage default) for an open one
   */
  @Override
  public Probability probability(Deal deal) {
    Objects.requireNonNull(deal, "deal");
    if (deal.isClosed()) {
      return deal.isWon() ? Probability.ONE : Probability.ZERO;
    }
    Map<String, Map<String, Probability>> tables = lookup();
    String stage = deal.stage().id();
    if (options().segmentBy().isPresent()) {
      Map<String, Probability> own = tables.get("=" + options().segmentOf(deal).orElseThrow());
      if (own != null && own.containsKey(stage)) {
        return own.get(stage);
      }
    }
    Probability overall = tables.get("").get(stage);
    return overall != null ? overall : deal.stage().defaultProbability();
  }
}
