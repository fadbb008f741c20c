package dev.revops.forecast.projection;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.InvalidValueException;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.pipeline.Target;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Projected revenue and cash per period against revenue targets: the revenue view beside the
 * bookings view of the forecast reconciliation. A target applies to the projection's row of its
 * period (by label) and currency; targets with a group are not the projection's (it is per period
 * and currency) and are refused, as are two targets of one period and currency. A period without a
 * projected row compares with zero.
 *
 * <pre>{@code
 * PlanComparison plan = PlanComparison.of(result, targets);
 * plan.rows().forEach(r -> System.out.println(r.period().label() + " " + r.gap()));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlanComparison.class)
@JsonDeserialize(as = ImmutablePlanComparison.class)
public abstract class PlanComparison {

  /** Only the generated implementation extends this class, so every instance is validated. */
  PlanComparison() {}

  /**
   * The scenario compared.
   *
   * @return its name
   */
  public abstract String scenario();

  /**
   * One row per target, in the targets' order.
   *
   * @return the rows
   */
  public abstract List<PlanRow> rows();

  /**
   * Compares a projection with revenue targets.
   *
   * @param projection the projection
   * @param targets revenue targets of the projection's periods, without groups
   * @return the comparison
   * @throws InvalidValueException if a target has a group, names a period not of the projection's
   *     kind, or repeats a period and currency
   */
  public static PlanComparison of(ProjectionResult projection, List<Target> targets) {
    Objects.requireNonNull(projection, "projection");
    Objects.requireNonNull(targets, "targets");
    List<PlanRow> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Target t : targets) {
      if (!t.group().isEmpty()) {
        throw new InvalidValueException("target", t.period(), "must have no group: the projection is per period",
            t.group().toString());
      }
      String key = t.period() + " " + t.amount().getCurrencyCode();
      if (!seen.add(key)) {
        throw new InvalidValueException("target", key, "must be the only target of its period and currency");
      }
      Optional<ProjectionRow> row = projection.rows().stream().filter(r -> r.period().label().equals(t.period())
          && r.total().revenue().getCurrency().equals(t.amount().getCurrency())).findFirst();
      ProjectionFigures zero = ProjectionFigures.of(t.amount().getCurrency(), 0, 0, 0, 0);
      ProjectionFigures booked = row.map(ProjectionRow::booked).orElse(zero);
      ProjectionFigures pipeline = row.map(ProjectionRow::pipeline).orElse(zero);
      Money projected = booked.revenue().plus(pipeline.revenue());
      rows.add(new PlanRow.Builder().period(row.map(ProjectionRow::period).orElseGet(() -> period(projection, t)))
          .target(t.amount()).bookedRevenue(booked.revenue()).pipelineRevenue(pipeline.revenue())
          .projectedRevenue(projected).gap(projected.minus(t.amount())).projectedCash(booked.cash().plus(pipeline.cash()))
          .build());
    }
    return new Builder().scenario(projection.options().scenario()).addAllRows(rows).build();
  }

  /** The period a target's label names, found from the projection's scope. */
  private static Period period(ProjectionResult projection, Target t) {
    Scope scope = projection.options().scope();
    Period p = scope.periodOf(scope.asOfDate());
    for (int i = 0; i < 1_000; i++) {
      if (p.label().equals(t.period())) {
        return p;
      }
      p = scope.periodOf(p.end());
    }
    throw new InvalidValueException("target", t.period(), "must name a period of the projection's kind, from the "
        + "as-of period on, within 1000 periods");
  }

  /** Builds comparisons (public for JSON). */
  static final class Builder extends ImmutablePlanComparison.Builder {
    Builder() {}
  }
}
