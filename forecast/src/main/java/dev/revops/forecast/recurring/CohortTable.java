package dev.revops.forecast.recurring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.metric.Provenance;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The cohort triangle: logo and revenue retention of each start-period cohort, period by period.
 *
 * <pre>{@code
 * CohortTable t = cohorts.result();
 * t.rows().get(0).cells().get(1).logoRetention();   // month 1 of the first cohort
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCohortTable.class)
@JsonDeserialize(as = ImmutableCohortTable.class)
public abstract class CohortTable {
  /** Only the generated implementation extends this class, so every instance is validated. */
  CohortTable() {}

  /**
   * The grouping.
   *
   * @return dimension names
   */
  public abstract List<String> groupBy();

  /**
   * The cohorts, by period, currency, group.
   *
   * @return the rows
   */
  public abstract List<CohortRow> rows();

  /**
   * Where the table comes from: {@link RecurringMetrics#COHORT_RETENTION}, the movement rules and
   * scope's definitions it is based on, the as-of, the customers counted and those in no cohort, by
   * reason (started before the first period, joined and left within their first period, no
   * exchange rate).
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * The as-of date.
   *
   * @return the date, in the scope's zone
   */
  public abstract LocalDate asOfDate();

  /** Builds tables (the accumulator does). */
  static final class Builder extends ImmutableCohortTable.Builder {
    Builder() {}
  }
}
