package dev.revops.forecast.review;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
   * @return the first {@link ReviewOptions#listLimit()} of them
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

  /**
   * How each amount of the row changed: latest minus previous, for every amount both states have
   * (the range forecast only on period totals, target and gap only where a target is set), in the
   * order closedWon, commitForecast, mostLikelyForecast, bestCaseForecast, openPipeline, weighted,
   * rangeExpected, rangeP10, rangeP50, rangeP90, target, gap.
   *
   * <p>Example: closed won USD 0.00 last week and USD 11,000.00 now is a change of USD 11,000.00.
   *
   * @return figure name to change, in the order above; immutable
   */
  @JsonIgnore
  public Map<String, Money> changes() {
    ForecastFigures a = previous();
    ForecastFigures b = latest();
    Map<String, Money> changes = new LinkedHashMap<>();
    changes.put("closedWon", b.closedWon().minus(a.closedWon()));
    changes.put("commitForecast", b.commitForecast().minus(a.commitForecast()));
    changes.put("mostLikelyForecast", b.mostLikelyForecast().minus(a.mostLikelyForecast()));
    changes.put("bestCaseForecast", b.bestCaseForecast().minus(a.bestCaseForecast()));
    changes.put("openPipeline", b.openPipeline().minus(a.openPipeline()));
    changes.put("weighted", b.weighted().minus(a.weighted()));
    change(changes, "rangeExpected", a.rangeExpected(), b.rangeExpected());
    change(changes, "rangeP10", a.rangeP10(), b.rangeP10());
    change(changes, "rangeP50", a.rangeP50(), b.rangeP50());
    change(changes, "rangeP90", a.rangeP90(), b.rangeP90());
    change(changes, "target", a.target(), b.target());
    change(changes, "gap", a.gap(), b.gap());
    return Collections.unmodifiableMap(changes);
  }

  private static void change(Map<String, Money> changes, String name, Optional<Money> before, Optional<Money> now) {
    if (before.isPresent() && now.isPresent()) {
      changes.put(name, now.get().minus(before.get()));
    }
  }
}
