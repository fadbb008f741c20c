package dev.revops.forecast.projection;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import dev.revops.forecast.pipeline.RangeMethod;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The range of one period and currency of a projection: P10, P50 and P90 of recognized revenue
 * and of cash, booked figures included for sure, each open deal won or lost as a whole (its whole
 * schedule in every period with one draw).
 *
 * <pre>{@code
 * result.ranges().forEach(r -> System.out.println(r.period().label() + " " + r.revenueP10() + " " + r.revenueP90()));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProjectionRange.class)
@JsonDeserialize(as = ImmutableProjectionRange.class)
public abstract class ProjectionRange {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ProjectionRange() {}

  /**
   * The period.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * Revenue at the 10th percentile.
   *
   * @return the amount
   */
  public abstract Money revenueP10();

  /**
   * Revenue at the median.
   *
   * @return the amount
   */
  public abstract Money revenueP50();

  /**
   * Revenue at the 90th percentile.
   *
   * @return the amount
   */
  public abstract Money revenueP90();

  /**
   * Cash at the 10th percentile.
   *
   * @return the amount
   */
  public abstract Money cashP10();

  /**
   * Cash at the median.
   *
   * @return the amount
   */
  public abstract Money cashP50();

  /**
   * Cash at the 90th percentile.
   *
   * @return the amount
   */
  public abstract Money cashP90();

  /**
   * How the percentiles were found.
   *
   * @return simulation, the normal approximation beyond the simulation limit, or none without
   *     open deals
   */
  public abstract RangeMethod method();

  /**
   * The trials of a simulation.
   *
   * @return the count, for a simulation
   */
  public abstract Optional<Integer> trials();

  /** Builds ranges (projections do). */
  static final class Builder extends ImmutableProjectionRange.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("projection range " + period().label());
    v.check(!revenueP10().isGreaterThan(revenueP50()) && !revenueP50().isGreaterThan(revenueP90()), "revenueP50",
        revenueP50(), "must lie between P10 " + revenueP10() + " and P90 " + revenueP90());
    v.check(!cashP10().isGreaterThan(cashP50()) && !cashP50().isGreaterThan(cashP90()), "cashP50", cashP50(),
        "must lie between P10 " + cashP10() + " and P90 " + cashP90());
    v.throwIfInvalid();
  }
}
