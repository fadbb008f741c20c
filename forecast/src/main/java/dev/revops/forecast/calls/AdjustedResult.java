package dev.revops.forecast.calls;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.metric.Provenance;
import dev.revops.core.pipeline.ForecastCategory;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The forecast of one period, category and currency per person, without and with adjustments
 * ({@link AdjustedForecast}). Its provenance counts the adjustments applied and lists those left
 * out by reason (made after the as-of instant, superseded by a later one of the same adjuster and
 * subject, for another period, category or currency, or by someone who is not the subject's
 * manager in the period).
 *
 * <pre>{@code
 * AdjustedResult r = AdjustedForecast.of(rollup.result(), "2026-Q3", ForecastCategory.COMMIT, usd,
 *     adjustments, scope);
 * r.row("west").get().adjusted();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAdjustedResult.class)
public abstract class AdjustedResult {

  /** Only the generated implementation extends this class. */
  AdjustedResult() {}

  /**
   * The period's label.
   *
   * @return the label
   */
  public abstract String period();

  /**
   * The category.
   *
   * @return the forecast category
   */
  public abstract ForecastCategory category();

  /**
   * A row per person in the roll-up, by name.
   *
   * @return the rows
   */
  public abstract List<AdjustedRow> rows();

  /**
   * Where the numbers come from: adjustments counted and excluded.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * A person's row.
   *
   * @param person the person
   * @return the row, if the person is in the roll-up
   */
  public Optional<AdjustedRow> row(String person) {
    Objects.requireNonNull(person, "person");
    return rows().stream().filter(r -> r.person().equals(person)).findFirst();
  }
}
