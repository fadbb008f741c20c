package dev.revops.forecast.review;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.Money;
import java.util.List;
import org.immutables.value.Value;

/**
 * Friday's execution review: what closed and what slipped between the previous and the latest
 * state, and how accurate the forecasts of ended periods were.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExecutionReviewResult.class)
@JsonDeserialize(as = ImmutableExecutionReviewResult.class)
public abstract class ExecutionReviewResult {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ExecutionReviewResult() {}

  /**
   * The options the review ran with.
   *
   * @return the options
   */
  public abstract ReviewOptions options();

  /**
   * Where the review comes from: {@link ReviewDefinitions#EXECUTION_REVIEW}, the scope's definitions and the
   * models used, the scope's as-of instant and the deals counted.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * The model the forecasts and Brier scores used.
   *
   * @return its reference
   */
  public abstract DefinitionRef probabilityModel();

  /**
   * Deals won since the previous state.
   *
   * @return the count
   */
  public abstract long wonDeals();

  /**
   * Their amounts, one per currency.
   *
   * @return the amounts
   */
  public abstract List<Money> wonAmounts();

  /**
   * Deals lost since the previous state.
   *
   * @return the count
   */
  public abstract long lostDeals();

  /**
   * Their amounts, one per currency.
   *
   * @return the amounts
   */
  public abstract List<Money> lostAmounts();

  /**
   * The largest deals closed, won first.
   *
   * @return up to {@link ReviewOptions#listLimit()} won and as many lost
   */
  public abstract List<ClosedDeal> closed();

  /**
   * Open deals whose expected close date moved later since the previous state.
   *
   * @return the count
   */
  public abstract long slippedDeals();

  /**
   * Those that slipped out of the close period they were in.
   *
   * @return the count
   */
  public abstract long slippedOutOfPeriod();

  /**
   * The days they slipped, summed.
   *
   * @return the days
   */
  public abstract long daysSlipped();

  /**
   * The deals that slipped furthest.
   *
   * @return up to {@link ReviewOptions#listLimit()}
   */
  public abstract List<CloseDateSlip> slipped();

  /**
   * Forecast accuracy of each ended period (and currency) with a forecast state.
   *
   * @return in period order
   */
  public abstract List<PeriodAccuracy> accuracy();

  /**
   * Accuracy across those periods, per measure and currency.
   *
   * @return the summaries
   */
  public abstract List<AccuracySummary> summary();

  /** Builds results (the review does; public for JSON). */
  public static final class Builder extends ImmutableExecutionReviewResult.Builder {
    Builder() {}
  }
}
