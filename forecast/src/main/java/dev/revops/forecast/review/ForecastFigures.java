package dev.revops.forecast.review;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The forecast of one close period and group in one state: what is won, the cumulative forecast
 * categories, the weighted pipeline, the range (for period totals) and how it stands against the
 * target, as {@code revops pipeline} computes them.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableForecastFigures.class)
@JsonDeserialize(as = ImmutableForecastFigures.class)
public abstract class ForecastFigures {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ForecastFigures() {}

  /**
   * Open deals counted in the roll-up.
   *
   * @return the count
   */
  public abstract long openDeals();

  /**
   * Deals won in the period.
   *
   * @return the count
   */
  public abstract long wonDeals();

  /**
   * Won in the period.
   *
   * @return the amount
   */
  public abstract Money closedWon();

  /**
   * Commit + closed.
   *
   * @return the amount
   */
  public abstract Money commitForecast();

  /**
   * Most likely + commit + closed.
   *
   * @return the amount
   */
  public abstract Money mostLikelyForecast();

  /**
   * Best case + most likely + commit + closed.
   *
   * @return the amount
   */
  public abstract Money bestCaseForecast();

  /**
   * The open pipeline (every open category but omitted).
   *
   * @return the amount
   */
  public abstract Money openPipeline();

  /**
   * The weighted pipeline of open deals.
   *
   * @return the amount
   */
  public abstract Money weighted();

  /**
   * The expected won revenue of the range forecast (closed won + open deals by probability).
   *
   * @return the amount, for period totals only
   */
  public abstract Optional<Money> rangeExpected();

  /**
   * The range forecast's 10th percentile.
   *
   * @return the amount, for period totals only
   */
  public abstract Optional<Money> rangeP10();

  /**
   * The range forecast's median.
   *
   * @return the amount, for period totals only
   */
  public abstract Optional<Money> rangeP50();

  /**
   * The range forecast's 90th percentile.
   *
   * @return the amount, for period totals only
   */
  public abstract Optional<Money> rangeP90();

  /**
   * The target.
   *
   * @return the amount, when a target is set for the period and group
   */
  public abstract Optional<Money> target();

  /**
   * Target - closed won.
   *
   * @return the gap, with a target
   */
  public abstract Optional<Money> gap();

  /**
   * Open pipeline / what remains of the target.
   *
   * @return the coverage, with a target not yet met
   */
  public abstract Optional<BigDecimal> coverage();

  /**
   * What remains of the target / open pipeline: the share of the pipeline that must be won.
   *
   * @return the rate, with a target and an open pipeline
   */
  public abstract Optional<BigDecimal> neededWinRate();

  /** Builds figures (the reconciliation does). */
  static final class Builder extends ImmutableForecastFigures.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("forecast figures");
    String c = closedWon().getCurrencyCode();
    for (Money m : new Money[] {commitForecast(), mostLikelyForecast(), bestCaseForecast(), openPipeline(),
        weighted()}) {
      v.check(m.getCurrencyCode().equals(c), "currency", m, "must be closedWon's " + c);
    }
    v.throwIfInvalid();
  }
}
