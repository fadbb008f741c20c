package dev.revops.forecast.pipeline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.metric.MetricValue;
import dev.revops.core.metric.Provenance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The weighted pipeline: totals per currency, the groups, and its provenance (what was counted and
 * excluded, under which definitions and probability model).
 *
 * <p>The groups of a currency add up exactly to its total: the exact group sums are rounded with
 * the largest-remainder rule so that they sum to the total rounded half-even (no group is off by a
 * whole minor unit from its exact value).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWeightedPipelineResult.class)
@JsonDeserialize(as = ImmutableWeightedPipelineResult.class)
public abstract class WeightedPipelineResult {

  /** Only the generated implementation extends this class, so every instance is validated. */
  WeightedPipelineResult() {}

  /**
   * The options the pipeline was computed with.
   *
   * @return the options
   */
  public abstract PipelineOptions options();

  /**
   * The probability model used.
   *
   * @return its id and version
   */
  public abstract DefinitionRef probabilityModel();

  /**
   * Counted deals whose expected close date is before the as-of date.
   *
   * @return the count
   */
  public abstract long pastDue();

  /**
   * Where the result comes from: {@link ForecastMetrics#WEIGHTED_PIPELINE}, the scope's as-of and
   * definitions with the probability model, the open deals counted (over all currencies) and the
   * deals left out, by reason (closed, no amount, no expected close date, close date outside the
   * window, currency without a rate).
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * Open deals counted, over all currencies.
   *
   * @return {@code provenance().counted()}
   */
  public long counted() {
    return provenance().counted();
  }

  /**
   * Deals left out, by reason.
   *
   * @return {@code provenance().excluded()}
   */
  public List<Exclusion> excluded() {
    return provenance().excluded();
  }

  /**
   * The totals, one per currency, by currency code.
   *
   * @return the totals
   */
  public abstract List<PipelineFigures> totals();

  /**
   * The groups, sorted by group and currency; empty when not grouping.
   *
   * @return the groups
   */
  public abstract List<PipelineFigures> groups();

  /** Builds results (the pipeline does; public for JSON). */
  public static final class Builder extends ImmutableWeightedPipelineResult.Builder {
    Builder() {}
  }

  /**
   * The weighted totals and groups as governed metric values ({@link
   * ForecastMetrics#WEIGHTED_PIPELINE}), citing the options' definitions and the model. Totals carry
   * the exclusions; groups carry their dimensions.
   *
   * @return one value per total and per group
   */
  public List<MetricValue> metricValues() {
    List<DefinitionRef> basedOn = provenance().basedOn();
    List<MetricValue> out = new ArrayList<>();
    for (PipelineFigures t : totals()) {
      out.add(MetricValue.builder().metric(ForecastMetrics.WEIGHTED_PIPELINE).money(t.weighted())
          .asOf(asOf()).counted(t.deals()).addAllExcluded(excluded()).addAllBasedOn(basedOn)
          .putDimensions("currency", t.openAmount().getCurrencyCode()).build());
    }
    for (PipelineFigures g : groups()) {
      out.add(MetricValue.builder().metric(ForecastMetrics.WEIGHTED_PIPELINE).money(g.weighted())
          .asOf(asOf()).counted(g.deals()).addAllBasedOn(basedOn).putAllDimensions(g.group())
          .putDimensions("currency", g.openAmount().getCurrencyCode()).build());
    }
    return out;
  }

  /**
   * The date the result is as of.
   *
   * @return the scope's as-of date
   */
  public LocalDate asOf() {
    return options().scope().asOfDate();
  }
}
