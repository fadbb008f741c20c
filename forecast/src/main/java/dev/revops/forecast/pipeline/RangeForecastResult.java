package dev.revops.forecast.pipeline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.metric.MetricValue;
import dev.revops.core.metric.Provenance;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The range forecast: one {@link PeriodRange} per close period and currency, with its provenance
 * (what was counted and excluded, under which definitions and probability model) and the settings
 * (seed, trials) that make it reproducible.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRangeForecastResult.class)
@JsonDeserialize(as = ImmutableRangeForecastResult.class)
public abstract class RangeForecastResult {

  /** Only the generated implementation extends this class, so every instance is validated. */
  RangeForecastResult() {}

  /**
   * The options used.
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
   * The settings used.
   *
   * @return seed, trials and limits
   */
  public abstract RangeSettings settings();

  /**
   * Open deals counted.
   *
   * @return the count
   */
  public abstract long openDeals();

  /**
   * Won deals counted in their periods.
   *
   * @return the count
   */
  public abstract long wonDeals();

  /**
   * Where the ranges come from: {@link ForecastMetrics#EXPECTED_WON_REVENUE}, the scope's as-of and
   * definitions with the probability model, the deals counted (open and won) and those left out, by
   * reason.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * Deals left out, by reason.
   *
   * @return {@code provenance().excluded()}
   */
  public List<Exclusion> excluded() {
    return provenance().excluded();
  }

  /**
   * The ranges, by period and currency.
   *
   * @return the ranges
   */
  public abstract List<PeriodRange> periods();

  /** Builds results (the range forecast does; public for JSON). */
  public static final class Builder extends ImmutableRangeForecastResult.Builder {
    Builder() {}
  }

  /**
   * The expected won revenue of each period as governed metric values ({@link
   * ForecastMetrics#EXPECTED_WON_REVENUE}).
   *
   * @return one value per period and currency
   */
  public List<MetricValue> metricValues() {
    List<DefinitionRef> basedOn = provenance().basedOn();
    List<MetricValue> out = new ArrayList<>();
    for (PeriodRange r : periods()) {
      out.add(MetricValue.builder().metric(ForecastMetrics.EXPECTED_WON_REVENUE).money(r.expected())
          .asOf(options().scope().asOfDate()).counted(r.openDeals() + r.wonDeals()).addAllExcluded(excluded())
          .putDimensions("closePeriod", r.period().label()).putDimensions("currency", r.expected().getCurrencyCode())
          .addAllBasedOn(basedOn).build());
    }
    return out;
  }
}
