package dev.revops.forecast.review;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import org.immutables.value.Value;

/**
 * What one deal changed in one forecast row between the previous and the latest state: the
 * change of each figure it counts in (positive adds), and why.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableForecastMove.class)
@JsonDeserialize(as = ImmutableForecastMove.class)
public abstract class ForecastMove {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ForecastMove() {}

  /**
   * The deal.
   *
   * @return its id
   */
  public abstract String dealId();

  /**
   * The change of closed won.
   *
   * @return the signed amount
   */
  public abstract Money closedWon();

  /**
   * The change of the commit forecast.
   *
   * @return the signed amount
   */
  public abstract Money commitForecast();

  /**
   * The change of the best-case forecast.
   *
   * @return the signed amount
   */
  public abstract Money bestCaseForecast();

  /**
   * The change of the weighted pipeline (the deal's weighted amounts rounded to the minor unit).
   *
   * @return the signed amount
   */
  public abstract Money weighted();

  /**
   * What changed, in words.
   *
   * @return for example {@code "won on 2026-09-29"} or {@code "category Best Case -> Commit"}
   */
  public abstract String reason();

  /** Builds moves (the reconciliation does). */
  static final class Builder extends ImmutableForecastMove.Builder {
    Builder() {}
  }
}
