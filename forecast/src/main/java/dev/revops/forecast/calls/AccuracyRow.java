package dev.revops.forecast.calls;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How well one caller (or everyone at one level) called over the periods added: sums of calls, won
 * and errors, and the ratios {@link CallMetrics#CALL_BIAS} and {@link CallMetrics#CALL_WMAPE}, for
 * the calls and for the system's forecast over the periods where it is known.
 *
 * <pre>{@code
 * AccuracyRow bo = result.callers().get(0);
 * bo.wmape();   // Optional[0.1000]: sum |call - won| / sum won
 * bo.bias();    // Optional[0.0500]: sum (call - won) / sum won
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAccuracyRow.class)
@JsonDeserialize(as = ImmutableAccuracyRow.class)
public abstract class AccuracyRow {

  /** Only the generated implementation extends this class. */
  AccuracyRow() {}

  /**
   * The caller, or the level.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * How many periods were called.
   *
   * @return the count
   */
  public abstract long periods();

  /**
   * The sum of calls.
   *
   * @return the amount
   */
  public abstract Money called();

  /**
   * The sum of won amounts.
   *
   * @return the amount
   */
  public abstract Money actual();

  /**
   * The sum of errors (call minus won).
   *
   * @return the amount; positive when over-called overall
   */
  public abstract Money error();

  /**
   * The sum of absolute errors.
   *
   * @return the amount
   */
  public abstract Money absoluteError();

  /**
   * Sum of errors over sum of won, half-even to 4 decimals.
   *
   * @return the bias; empty when nothing was won
   */
  public abstract Optional<BigDecimal> bias();

  /**
   * Sum of absolute errors over sum of won, half-even to 4 decimals.
   *
   * @return the WMAPE; empty when nothing was won
   */
  public abstract Optional<BigDecimal> wmape();

  /**
   * How many of the periods have a system forecast.
   *
   * @return the count
   */
  public abstract long systemPeriods();

  /**
   * The system forecast's WMAPE over the periods where it is known (against their won amounts).
   *
   * @return the WMAPE; empty when there is none or nothing was won then
   */
  public abstract Optional<BigDecimal> systemWmape();

  /**
   * The system forecast's bias over the periods where it is known.
   *
   * @return the bias; empty when there is none or nothing was won then
   */
  public abstract Optional<BigDecimal> systemBias();

  /**
   * The system forecasts summed over the periods where one is known.
   *
   * @return the sum; empty when no period has one
   */
  public abstract Optional<Money> systemForecast();

  /**
   * What was won in the periods where a system forecast is known.
   *
   * @return the won amount; empty when no period has a system forecast
   */
  public abstract Optional<Money> systemActual();

  /**
   * The system forecast's error over those periods: sum(system - won).
   *
   * @return the sum; empty when no period has a system forecast
   */
  public abstract Optional<Money> systemError();

  /**
   * The system forecast's absolute error over those periods: sum|system - won|.
   *
   * @return the sum; empty when no period has a system forecast
   */
  public abstract Optional<Money> systemAbsoluteError();
}
