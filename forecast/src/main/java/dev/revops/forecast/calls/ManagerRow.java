package dev.revops.forecast.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import dev.revops.forecast.pipeline.RangeMethod;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One manager's line of the Wednesday review ({@link ManagerReview}): target, call, the roll-up of
 * the called category without and with adjustments, the system forecast with its P10-P90, and the
 * gaps between them. Every amount covers the person and everyone below them.
 *
 * <p>Definitions: {@code systemForecast = closedWon + weightedPipeline} (the expected won revenue of
 * the range forecast); {@code targetMinusCall = target - call}; {@code callMinusSystem = call -
 * systemForecast}; {@code adjustedMinusCall = adjusted - call}. A gap is absent when a figure it
 * needs is (no call, no target).
 *
 * <pre>{@code
 * ManagerRow bo = result.row("bo").get();
 * bo.callMinusSystem();   // Optional[USD 30.00]: bo calls 30 above the system
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableManagerRow.class)
@JsonDeserialize(as = ImmutableManagerRow.class)
// the derived figures are written for readers and computed again when read back
@JsonIgnoreProperties(value = {"targetMinusCall", "callMinusSystem", "adjustedMinusCall"}, allowGetters = true)
public abstract class ManagerRow {

  /** Only the generated implementation extends this class. */
  ManagerRow() {}

  /**
   * The manager.
   *
   * @return the name
   */
  public abstract String person();

  /**
   * Their level on the as-of date.
   *
   * @return the level, if the roster names one
   */
  public abstract Optional<String> level();

  /**
   * Who they report to on the as-of date.
   *
   * @return the manager; empty at the top
   */
  public abstract Optional<String> reportsTo();

  /**
   * The number they are held to: their team target where one is set, else the roll-up of own
   * targets ({@link TargetRollupRow#target()}).
   *
   * @return the amount; empty when no target is set for them or anyone below them
   */
  public abstract Optional<Money> target();

  /**
   * Their line of the target roll-up: own, rolled up, team target and difference.
   *
   * @return the row, when there is a target
   */
  public abstract Optional<TargetRollupRow> targets();

  /**
   * Their latest call of the category on or before the as-of instant.
   *
   * @return the amount, if they called
   */
  public abstract Optional<Money> call();

  /**
   * When the call was submitted.
   *
   * @return the instant, if they called
   */
  public abstract Optional<Instant> calledAt();

  /**
   * The category's figure of their deals and everyone's below, without adjustments.
   *
   * @return the amount
   */
  public abstract Money withoutAdjustments();

  /**
   * The same with manager and owner adjustments layered on (Salesforce's layering, see {@link
   * AdjustedForecast}).
   *
   * @return the amount
   */
  public abstract Money adjusted();

  /**
   * Won in the period.
   *
   * @return the amount
   */
  public abstract Money closedWon();

  /**
   * The open deals' weighted amount (amount x probability, summed exactly, rounded half-even once).
   *
   * @return the amount
   */
  public abstract Money weightedPipeline();

  /**
   * Closed won plus the weighted pipeline: what the system expects to be won.
   *
   * @return the amount
   */
  public abstract Money systemForecast();

  /**
   * Open deals in the period.
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
   * The won revenue's 10th percentile.
   *
   * @return the amount; empty without deals in the period
   */
  public abstract Optional<Money> p10();

  /**
   * The won revenue's median.
   *
   * @return the amount; empty without deals in the period
   */
  public abstract Optional<Money> p50();

  /**
   * The won revenue's 90th percentile.
   *
   * @return the amount; empty without deals in the period
   */
  public abstract Optional<Money> p90();

  /**
   * How the percentiles were found.
   *
   * @return the method; empty without deals in the period
   */
  public abstract Optional<RangeMethod> rangeMethod();

  /**
   * Target minus call.
   *
   * @return the gap, with a target and a call
   */
  @Value.Derived
  public Optional<Money> targetMinusCall() {
    return target().flatMap(t -> call().map(t::minus));
  }

  /**
   * Call minus system forecast: positive when the manager calls above what the system expects.
   *
   * @return the gap, with a call
   */
  @Value.Derived
  public Optional<Money> callMinusSystem() {
    return call().map(c -> c.minus(systemForecast()));
  }

  /**
   * Adjusted roll-up minus call.
   *
   * @return the gap, with a call
   */
  @Value.Derived
  public Optional<Money> adjustedMinusCall() {
    return call().map(adjusted()::minus);
  }
}
