package dev.revops.forecast.review;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.util.Currency;
import java.util.List;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * One period and group of the forecast reconciliation: its figures in the previous and the
 * latest state, and the deals that moved them most.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReconciliationRow.class)
@JsonDeserialize(as = ImmutableReconciliationRow.class)
public abstract class ReconciliationRow {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ReconciliationRow() {}

  /**
   * The close period.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * The group; empty for the period's total.
   *
   * @return dimension key to value
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> group();

  /**
   * The figures in the previous state.
   *
   * @return the figures
   */
  public abstract ForecastFigures previous();

  /**
   * The figures in the latest state.
   *
   * @return the figures
   */
  public abstract ForecastFigures latest();

  /**
   * The deals that changed the row, largest change first.
   *
   * @return the first {@link ReviewOptions#maxListed()} of them
   */
  public abstract List<ForecastMove> movers();

  /**
   * Deals that changed the row.
   *
   * @return the count
   */
  public abstract long dealsMoved();

  /**
   * The row's currency.
   *
   * @return the currency
   */
  @JsonIgnore
  public Currency currency() {
    return latest().closedWon().getCurrency();
  }

  /**
   * The change of the weighted pipeline.
   *
   * @return latest - previous
   */
  @JsonIgnore
  public Money weightedChange() {
    return latest().weighted().minus(previous().weighted());
  }

  /** Builds rows (the reconciliation does; public for JSON). */
  public static final class Builder extends ImmutableReconciliationRow.Builder {
    Builder() {}
  }
}
