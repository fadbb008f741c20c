package dev.revops.forecast.calls;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * One person's system forecast of one period at the end of week N, covering their own deals and
 * everyone's below them: {@code systemForecast = closedWon + weightedPipeline}.
 *
 * <pre>{@code
 * SystemForecastRow r = result.row("2026-Q3", "bo", usd).get();
 * r.systemForecast();   // USD 150.00: 100.00 won by then + 50.00 weighted open pipeline
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSystemForecastRow.class)
@JsonDeserialize(as = ImmutableSystemForecastRow.class)
public abstract class SystemForecastRow {

  /** Only the generated implementation extends this class. */
  SystemForecastRow() {}

  /**
   * The period's label.
   *
   * @return for example {@code 2026-Q3}
   */
  public abstract String period();

  /**
   * The instant the pipeline state was rebuilt at: the end of week N of the period.
   *
   * @return the instant (changes strictly before it are in the state)
   */
  public abstract Instant at();

  /**
   * The person.
   *
   * @return the person
   */
  public abstract String person();

  /**
   * Won in the period by the end of week N, by the person and everyone below them.
   *
   * @return the amount
   */
  public abstract Money closedWon();

  /**
   * Amount x probability of the deals open then and expected to close in the period, summed exactly
   * and rounded half-even to the minor unit.
   *
   * @return the amount
   */
  public abstract Money weightedPipeline();

  /**
   * Won deals counted.
   *
   * @return the count
   */
  public abstract long wonDeals();

  /**
   * Open deals counted.
   *
   * @return the count
   */
  public abstract long openDeals();

  /**
   * The system's forecast at that instant.
   *
   * @return {@code closedWon + weightedPipeline} (in the JSON as {@code systemForecast})
   */
  @Value.Derived
  public Money systemForecast() {
    return closedWon().plus(weightedPipeline());
  }
}
