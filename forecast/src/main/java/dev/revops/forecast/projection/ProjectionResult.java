package dev.revops.forecast.projection;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.metric.Provenance;
import dev.revops.core.period.Period;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A projection: per period and currency, booked, pipeline and total revenue, billings, cash, cost
 * and margin; the ranges when asked; what was counted and excluded.
 *
 * <pre>{@code
 * ProjectionResult r = projection.result();
 * r.row(Period.month(2026, 11), Money.currency("USD")).map(x -> x.total().revenue());
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProjectionResult.class)
@JsonDeserialize(as = ImmutableProjectionResult.class)
public abstract class ProjectionResult {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ProjectionResult() {}

  /**
   * The options, the scenario's name among them.
   *
   * @return the options
   */
  public abstract ProjectionOptions options();

  /**
   * The probability model of the open deals.
   *
   * @return its id and version
   */
  public abstract DefinitionRef probabilityModel();

  /**
   * The revenue templates.
   *
   * @return their id and version
   */
  public abstract DefinitionRef templates();

  /**
   * The rows, by currency code then period, from the as-of period to the last with a figure.
   *
   * @return the rows
   */
  public abstract List<ProjectionRow> rows();

  /**
   * The ranges, in the order of the rows.
   *
   * @return one per row; empty unless the options ask for ranges
   */
  public abstract List<ProjectionRange> ranges();

  /**
   * Open deals counted.
   *
   * @return the count
   */
  public abstract long openDeals();

  /**
   * Booked contracts counted.
   *
   * @return the count
   */
  public abstract long bookedContracts();

  /**
   * Open deals whose expected close date (after the scenario's slip) was before the as-of date:
   * they are projected as closing on it.
   *
   * @return the count
   */
  public abstract long pastDue();

  /**
   * What the projection is and what it counted.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * The row of a period and currency.
   *
   * @param period a period
   * @param currency a currency
   * @return the row; empty when nothing falls in it
   */
  public Optional<ProjectionRow> row(Period period, Currency currency) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(currency, "currency");
    return rows().stream().filter(r -> r.period().equals(period)
        && r.total().revenue().getCurrency().equals(currency)).findFirst();
  }

  /** Builds results (projections do). */
  static final class Builder extends ImmutableProjectionResult.Builder {
    Builder() {}
  }
}
