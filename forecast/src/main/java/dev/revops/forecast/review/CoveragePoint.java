package dev.revops.forecast.review;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.metric.Metric;
import dev.revops.core.metric.MetricValue;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import dev.revops.forecast.pipeline.ForecastMetrics;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The pipeline coverage in one state, of the period the state falls in, at its week of that period,
 * in one currency ({@link CoverageTrend}).
 *
 * <p>Definitions: {@code remaining = max(0, target - closedWon)}; {@code coverage = openPipeline /
 * remaining} ({@link ForecastMetrics#PIPELINE_COVERAGE}); {@code weightedCoverage = weightedPipeline /
 * remaining} ({@link ReviewDefinitions#WEIGHTED_PIPELINE_COVERAGE}); both absent without a target or
 * once it is met; rounded half-even to 4 decimals. Week 1 is the period's first seven days.
 *
 * <pre>{@code
 * CoveragePoint p = trend.points().get(0);
 * p.week();       // 1: the state is dated in the period's first seven days
 * p.coverage();   // Optional[3.2500]
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCoveragePoint.class)
@JsonDeserialize(as = ImmutableCoveragePoint.class)
public abstract class CoveragePoint {

  /** Only the generated implementation extends this class. */
  CoveragePoint() {}

  /**
   * The state's label.
   *
   * @return for example {@code 2026-10-01}
   */
  public abstract String state();

  /**
   * The state's date, in the scope's zone.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The period the state's date falls in.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * The week of the period the state's date falls in: 1 for its first seven days.
   *
   * @return 1 or more
   */
  public abstract int week();

  /**
   * Won in the period, as of the state.
   *
   * @return the amount
   */
  public abstract Money closedWon();

  /**
   * Open deals of the period (Pipeline, Best Case, Most Likely, Commit), as of the state.
   *
   * @return the amount
   */
  public abstract Money openPipeline();

  /**
   * The open deals' weighted amount, as of the state.
   *
   * @return the amount
   */
  public abstract Money weightedPipeline();

  /**
   * Open deals counted.
   *
   * @return the count
   */
  public abstract long openDeals();

  /**
   * The period's whole-pipeline target.
   *
   * @return the amount, when one is set
   */
  public abstract Optional<Money> target();

  /**
   * What is still to win: the target minus closed won, zero once met.
   *
   * @return the amount, with a target
   */
  public abstract Optional<Money> remaining();

  /**
   * Open pipeline over what remains.
   *
   * @return the ratio, with a target not yet met
   */
  public abstract Optional<BigDecimal> coverage();

  /**
   * Weighted pipeline over what remains.
   *
   * @return the ratio, with a target not yet met
   */
  public abstract Optional<BigDecimal> weightedCoverage();

  /**
   * The coverage and weighted coverage as governed values, where defined, citing their metrics, the
   * state's date, the period, week and currency.
   *
   * @return up to two values
   */
  public List<MetricValue> metricValues() {
    List<MetricValue> out = new ArrayList<>();
    coverage().ifPresent(c -> out.add(value(ForecastMetrics.PIPELINE_COVERAGE, c)));
    weightedCoverage().ifPresent(c -> out.add(value(ReviewDefinitions.WEIGHTED_PIPELINE_COVERAGE, c)));
    return out;
  }

  private MetricValue value(Metric metric, BigDecimal number) {
    return MetricValue.builder().metric(metric).number(number).asOf(date()).counted(openDeals())
        .putDimensions("closePeriod", period().label()).putDimensions("week", Integer.toString(week()))
        .putDimensions("currency", openPipeline().getCurrencyCode()).putDimensions("state", state()).build();
  }
}
