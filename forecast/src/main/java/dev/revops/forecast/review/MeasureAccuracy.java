package dev.revops.forecast.review;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** One forecast number of one period against what was won: the forecast, its error and its percentage error. */
@Value.Immutable
@JsonSerialize(as = ImmutableMeasureAccuracy.class)
@JsonDeserialize(as = ImmutableMeasureAccuracy.class)
public abstract class MeasureAccuracy {

  /** Only the generated implementation extends this class, so every instance is validated. */
  MeasureAccuracy() {}

  /**
   * The forecast number.
   *
   * @return the measure
   */
  public abstract ForecastMeasure measure();

  /**
   * What it forecast.
   *
   * @return the amount
   */
  public abstract Money forecast();

  /**
   * Forecast - actual: positive when the forecast was too high.
   *
   * @return the error
   */
  public abstract Money error();

  /**
   * |error| / actual, four decimals, half-even.
   *
   * @return the ratio; empty when nothing was won
   */
  public abstract Optional<BigDecimal> absolutePercentageError();

  /** Builds entries (the review does). */
  static final class Builder extends ImmutableMeasureAccuracy.Builder {
    Builder() {}
  }
}
