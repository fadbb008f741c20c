package dev.revops.forecast.calls;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.Money;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@link SystemForecastAtWeek} rebuilt: per period and person, the system's forecast at the end
 * of week N, with the probability model it was weighted by and its provenance.
 *
 * <pre>{@code
 * SystemForecastResult r = system.result();
 * r.row("2026-Q3", "bo", usd).map(SystemForecastRow::systemForecast);
 * CallOutcomes.asOfWeek(rollup, calls, q3, 5, ForecastCategory.COMMIT, scope, r);   // beside each call
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSystemForecastResult.class)
public abstract class SystemForecastResult {

  /** Only the generated implementation extends this class. */
  SystemForecastResult() {}

  /**
   * The week of each period the state was rebuilt at.
   *
   * @return N, 0 or more
   */
  public abstract int week();

  /**
   * The periods rebuilt, by label.
   *
   * @return the labels, in order
   */
  public abstract List<String> periods();

  /**
   * The model each open deal's probability came from, cited.
   *
   * @return for example {@code stage-default@1} or a saved Markov model's reference
   */
  public abstract DefinitionRef probabilityModel();

  /**
   * The rows, by period, person and currency.
   *
   * @return the rows
   */
  public abstract List<SystemForecastRow> rows();

  /**
   * Where the figures come from: counted deal-periods, and those left out by reason (their ids are
   * {@code deal@period}).
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * One person's row of a period in a currency.
   *
   * @param period the period's label
   * @param person the person
   * @param currency the currency
   * @return the row; empty when none of their deals (or their reports') counted
   */
  public Optional<SystemForecastRow> row(String period, String person, Currency currency) {
    Objects.requireNonNull(currency, "currency");
    return rows().stream().filter(r -> r.period().equals(period) && r.person().equals(person)
        && r.systemForecast().getCurrency().equals(currency)).findFirst();
  }

  /**
   * A person's system forecast of a rebuilt period: zero when nothing of theirs counted.
   *
   * @param period the period's label
   * @param person the person
   * @param currency the currency
   * @return the forecast; empty when the period was not rebuilt
   */
  public Optional<Money> forecast(String period, String person, Currency currency) {
    if (!periods().contains(period)) {
      return Optional.empty();
    }
    return Optional.of(row(period, person, currency).map(SystemForecastRow::systemForecast)
        .orElse(Money.zero(currency)));
  }
}
