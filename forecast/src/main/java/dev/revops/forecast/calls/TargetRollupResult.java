package dev.revops.forecast.calls;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.metric.Provenance;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@link TargetRollup} gives: a row per period, currency and person, sorted, the roster day the
 * targets rolled up on, and the provenance (targets counted, excluded by reason).
 *
 * <pre>{@code
 * TargetRollupResult r = TargetRollup.of(targets, roster, day, scope);
 * r.row("2026-Q4", "west", usd).map(TargetRollupRow::rolledUp);
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTargetRollupResult.class)
public abstract class TargetRollupResult {

  /** Only the generated implementation extends this class. */
  TargetRollupResult() {}

  /**
   * The day whose hierarchy the targets rolled up.
   *
   * @return the day
   */
  public abstract LocalDate rosterDay();

  /**
   * The rows, by period, currency and person.
   *
   * @return the rows
   */
  public abstract List<TargetRollupRow> rows();

  /**
   * Where the rows come from: {@link CallMetrics#TARGET_ROLLUP}, targets counted and excluded.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * A person's row.
   *
   * @param period the period's label
   * @param person the person
   * @param currency the currency
   * @return the row, if the person has a target or someone below them has
   */
  public Optional<TargetRollupRow> row(String period, String person, Currency currency) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(currency, "currency");
    return rows().stream().filter(r -> r.period().label().equals(period) && r.person().equals(person)
        && r.rolledUp().getCurrency().equals(currency)).findFirst();
  }
}
