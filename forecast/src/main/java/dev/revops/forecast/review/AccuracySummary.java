package dev.revops.forecast.review;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One forecast number's accuracy across every scored period in one currency: WMAPE = sum of
 * |forecast - actual| / sum of actual, and bias = sum of (forecast - actual) / sum of actual
 * (positive: forecasts ran high). Four decimals, half-even.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAccuracySummary.class)
@JsonDeserialize(as = ImmutableAccuracySummary.class)
public abstract class AccuracySummary {

  /** Only the generated implementation extends this class, so every instance is validated. */
  AccuracySummary() {}

  /**
   * The forecast number.
   *
   * @return the measure
   */
  public abstract ForecastMeasure measure();

  /**
   * Periods scored.
   *
   * @return the count
   */
  public abstract int periods();

  /**
   * Won across those periods.
   *
   * @return the amount
   */
  public abstract Money actual();

  /**
   * Sum of |forecast - actual|.
   *
   * @return the amount
   */
  public abstract Money absoluteError();

  /**
   * Sum of (forecast - actual).
   *
   * @return the signed amount
   */
  public abstract Money error();

  /**
   * Weighted mean absolute percentage error.
   *
   * @return the ratio; empty when nothing was won
   */
  public abstract Optional<BigDecimal> wmape();

  /**
   * Bias.
   *
   * @return the ratio; empty when nothing was won
   */
  public abstract Optional<BigDecimal> bias();

  /** Builds entries (the review does). */
  static final class Builder extends ImmutableAccuracySummary.Builder {
    Builder() {}
  }
}
