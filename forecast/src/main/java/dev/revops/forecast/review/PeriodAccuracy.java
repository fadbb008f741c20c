package dev.revops.forecast.review;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How accurate the forecast made at an earlier state was for a period that has since ended: each
 * forecast number against the revenue won in the period (as the latest state knows it), and the
 * Brier score of the probabilities given to the deals then open in the period.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePeriodAccuracy.class)
@JsonDeserialize(as = ImmutablePeriodAccuracy.class)
public abstract class PeriodAccuracy {

  /** Only the generated implementation extends this class, so every instance is validated. */
  PeriodAccuracy() {}

  /**
   * The period.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * The state the forecast was made at.
   *
   * @return the state
   */
  public abstract PipelineState forecastState();

  /**
   * Won in the period.
   *
   * @return the amount (its currency is the row's)
   */
  public abstract Money actual();

  /**
   * Each forecast number against it.
   *
   * @return one entry per {@link ForecastMeasure}
   */
  public abstract List<MeasureAccuracy> measures();

  /**
   * Deals open in the period at the forecast state that were scored: won in the period (1) or not
   * (0) against their probability then.
   *
   * @return the count
   */
  public abstract long dealsScored();

  /**
   * The mean of (probability - outcome)^2 over those deals, six decimals.
   *
   * @return the score; empty when none was scored
   */
  public abstract Optional<BigDecimal> brierScore();

  /** Builds entries (the review does). */
  static final class Builder extends ImmutablePeriodAccuracy.Builder {
    Builder() {}
  }
}
