package dev.revops.forecast.projection;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.period.Period;
import org.immutables.value.Value;

/**
 * One period and currency of a scenario against the base: both totals and their difference.
 *
 * <pre>{@code
 * comparison.rows().forEach(r -> System.out.println(r.period().label() + " " + r.difference().revenue()));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScenarioRow.class)
@JsonDeserialize(as = ImmutableScenarioRow.class)
public abstract class ScenarioRow {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ScenarioRow() {}

  /**
   * The period.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * The base run's total (zero where it has no row).
   *
   * @return the figures
   */
  public abstract ProjectionFigures base();

  /**
   * The scenario's total (zero where it has no row).
   *
   * @return the figures
   */
  public abstract ProjectionFigures scenario();

  /**
   * Scenario less base.
   *
   * @return the figures
   */
  public abstract ProjectionFigures difference();

  /** Builds rows (comparisons do). */
  static final class Builder extends ImmutableScenarioRow.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("scenario row " + period().label());
    v.check(difference().equals(scenario().minus(base())), "difference", difference().revenue(),
        "must be scenario less base");
    v.throwIfInvalid();
  }
}
