package dev.revops.forecast.projection;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.period.Period;
import org.immutables.value.Value;

/**
 * One period and currency of a projection: the booked contracts' remaining schedule, the
 * weighted pipeline's expected figures, and their total.
 *
 * <pre>{@code
 * result.rows().forEach(r -> System.out.println(r.period().label() + " " + r.total().revenue()));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProjectionRow.class)
@JsonDeserialize(as = ImmutableProjectionRow.class)
public abstract class ProjectionRow {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ProjectionRow() {}

  /**
   * The period.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * From booked contracts: their schedules, exactly as the revenue engine computes them.
   *
   * @return the figures
   */
  public abstract ProjectionFigures booked();

  /**
   * From open deals: each deal's schedule weighted by its probability.
   *
   * @return the figures
   */
  public abstract ProjectionFigures pipeline();

  /**
   * Booked plus pipeline.
   *
   * @return the figures
   */
  public abstract ProjectionFigures total();

  /** Builds rows (projections do). */
  static final class Builder extends ImmutableProjectionRow.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("projection row " + period().label());
    v.check(total().equals(booked().plus(pipeline())), "total", total().revenue(), "must be booked plus pipeline");
    v.throwIfInvalid();
  }
}
