package dev.revops.forecast.projection;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.period.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A named scenario against the base run, per period and currency: every open deal slipping, only
 * commit and best case, another probability model. Every period either run has a row in is shown;
 * the other's figures there are zero.
 *
 * <pre>{@code
 * ScenarioComparison c = ScenarioComparison.of(base, slipped);
 * c.rows().forEach(r -> System.out.println(r.period().label() + " " + r.difference().revenue()));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScenarioComparison.class)
@JsonDeserialize(as = ImmutableScenarioComparison.class)
public abstract class ScenarioComparison {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ScenarioComparison() {}

  /**
   * The base run's scenario name.
   *
   * @return the name
   */
  public abstract String base();

  /**
   * The scenario's name.
   *
   * @return the name
   */
  public abstract String scenario();

  /**
   * The rows, by currency code then period.
   *
   * @return the rows
   */
  public abstract List<ScenarioRow> rows();

  /**
   * Compares a scenario with the base.
   *
   * @param base the base run
   * @param scenario the scenario, in the same scope
   * @return the comparison
   * @throws IllegalArgumentException if the runs are in different scopes
   */
  public static ScenarioComparison of(ProjectionResult base, ProjectionResult scenario) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(scenario, "scenario");
    if (!base.options().scope().equals(scenario.options().scope())) {
      throw new IllegalArgumentException("a scenario is compared with a base in the same scope: "
          + base.options().scenario() + " and " + scenario.options().scenario() + " differ");
    }
    Map<Currency, TreeMap<Period, ProjectionFigures[]>> cells = new TreeMap<>(Comparator.comparing(
        Currency::getCurrencyCode));
    put(cells, base, 0);
    put(cells, scenario, 1);
    List<ScenarioRow> rows = new ArrayList<>();
    cells.forEach((currency, byPeriod) -> byPeriod.forEach((period, f) -> {
      ProjectionFigures b = f[0] == null ? ProjectionFigures.of(currency, 0, 0, 0, 0) : f[0];
      ProjectionFigures s = f[1] == null ? ProjectionFigures.of(currency, 0, 0, 0, 0) : f[1];
      rows.add(new ScenarioRow.Builder().period(period).base(b).scenario(s).difference(s.minus(b)).build());
    }));
    return new Builder().base(base.options().scenario()).scenario(scenario.options().scenario()).addAllRows(rows)
        .build();
  }

  private static void put(Map<Currency, TreeMap<Period, ProjectionFigures[]>> cells, ProjectionResult r, int side) {
    r.rows().forEach(row -> cells.computeIfAbsent(row.total().revenue().getCurrency(), c -> new TreeMap<>())
        .computeIfAbsent(row.period(), p -> new ProjectionFigures[2])[side] = row.total());
  }

  /** Builds comparisons (public for JSON). */
  static final class Builder extends ImmutableScenarioComparison.Builder {
    Builder() {}
  }
}
