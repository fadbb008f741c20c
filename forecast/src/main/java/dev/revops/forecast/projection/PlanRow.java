package dev.revops.forecast.projection;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import org.immutables.value.Value;

/**
 * One period of a projection against its revenue target: the target, projected revenue (booked
 * and pipeline), the gap, and projected cash beside it.
 *
 * <pre>{@code
 * plan.rows().forEach(r -> System.out.println(r.period().label() + " " + r.target() + " " + r.gap()));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlanRow.class)
@JsonDeserialize(as = ImmutablePlanRow.class)
public abstract class PlanRow {

  /** Only the generated implementation extends this class, so every instance is validated. */
  PlanRow() {}

  /**
   * The period.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * The revenue target.
   *
   * @return the amount
   */
  public abstract Money target();

  /**
   * Revenue from booked contracts.
   *
   * @return the amount
   */
  public abstract Money bookedRevenue();

  /**
   * Expected revenue from open deals.
   *
   * @return the amount
   */
  public abstract Money pipelineRevenue();

  /**
   * Booked plus pipeline revenue.
   *
   * @return the amount
   */
  public abstract Money projectedRevenue();

  /**
   * Projected revenue less the target: negative when short.
   *
   * @return the amount
   */
  public abstract Money gap();

  /**
   * Projected cash, booked plus pipeline.
   *
   * @return the amount
   */
  public abstract Money projectedCash();

  /** Builds rows (plans do). */
  static final class Builder extends ImmutablePlanRow.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("plan row " + period().label());
    v.check(projectedRevenue().equals(bookedRevenue().plus(pipelineRevenue())), "projectedRevenue", projectedRevenue(),
        "must be booked plus pipeline revenue");
    v.check(gap().equals(projectedRevenue().minus(target())), "gap", gap(), "must be projected revenue less the target");
    v.throwIfInvalid();
  }
}
