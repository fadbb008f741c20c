package dev.revops.forecast.pipeline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.metric.Metric;
import dev.revops.core.metric.MetricValue;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The forecast-category roll-ups: one row per period, group and currency, plus one total row per
 * period and currency (with an empty group) when grouping; what was counted and excluded.
 *
 * <p>Amounts are exact sums of the deals' amounts; a converted amount is rounded half-even to the
 * reporting currency's minor unit once per deal, as it would be booked. So every group's rows add
 * up exactly to its period's total row.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRollupResult.class)
@JsonDeserialize(as = ImmutableRollupResult.class)
public abstract class RollupResult {

  /** Only the generated implementation extends this class, so every instance is validated. */
  RollupResult() {}

  /**
   * The options the roll-ups were computed with.
   *
   * @return the options
   */
  public abstract PipelineOptions options();

  /**
   * Where the roll-ups come from: {@link ForecastMetrics#FORECAST_ROLLUP}, the scope's as-of and
   * definitions, the deals counted (open and won) and those left out, by reason (lost, forecast
   * category omitted, no amount, no close date, close date outside the window, currency without a
   * rate).
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * Deals counted (open and won).
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
   * The period totals (empty group), by period and currency.
   *
   * @return the totals
   */
  public abstract List<RollupRow> totals();

  /**
   * The rows per group, by period, group and currency; empty when not grouping.
   *
   * @return the rows
   */
  public abstract List<RollupRow> rows();

  /** Builds results (the roll-up does; public for JSON). */
  public static final class Builder extends ImmutableRollupResult.Builder {
    Builder() {}
  }

  /**
   * The cumulative forecasts and closed won of every total and row as governed metric values,
   * with the period and group as dimensions.
   *
   * @return the metric values
   */
  public List<MetricValue> metricValues() {
    List<MetricValue> out = new ArrayList<>();
    List<RollupRow> all = new ArrayList<>(totals());
    all.addAll(rows());
    for (RollupRow r : all) {
      add(out, r, ForecastMetrics.CLOSED_WON, r.closed(), r.wonDeals());
      add(out, r, ForecastMetrics.COMMIT_FORECAST, r.commitForecast(), r.openDeals() + r.wonDeals());
      add(out, r, ForecastMetrics.MOST_LIKELY_FORECAST, r.mostLikelyForecast(), r.openDeals() + r.wonDeals());
      add(out, r, ForecastMetrics.BEST_CASE_FORECAST, r.bestCaseForecast(), r.openDeals() + r.wonDeals());
      add(out, r, ForecastMetrics.OPEN_PIPELINE, r.openPipeline(), r.openDeals());
    }
    return out;
  }

  private void add(List<MetricValue> out, RollupRow r, Metric metric, Money value, long counted) {
    MetricValue.Builder b = MetricValue.builder().metric(metric).money(value).asOf(options().scope().asOfDate()).counted(counted)
        .putAllDimensions(r.group()).putDimensions("closePeriod", r.period().label())
        .putDimensions("currency", value.getCurrencyCode()).addAllBasedOn(options().scope().basedOn());
    if (r.group().isEmpty()) {
      b.addAllExcluded(excluded());
    }
    out.add(b.build());
  }
}
