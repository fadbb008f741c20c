package dev.revops.forecast.funnel;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.metric.Provenance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Conversion by the cohort rule ({@link FunnelMetrics#COHORT_CONVERSION}), cited in its provenance:
 * one row per group, conversion and cohort (plus all cohorts together).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCohortConversionResult.class)
@JsonDeserialize(as = ImmutableCohortConversionResult.class)
public abstract class CohortConversionResult {
  /** Only the generated implementation extends this class, so every instance is validated. */
  CohortConversionResult() {}

  /**
   * Where the figures come from: the cohort rule's definition, as of, leads counted and left out.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * The window after entering a step within which a conversion counts.
   *
   * @return the window; empty for none
   */
  public abstract Optional<Duration> window();

  /**
   * The rows, by group, conversion and cohort (all cohorts first).
   *
   * @return the rows
   */
  public abstract List<CohortConversionRow> rows();

  /** Builds results (the funnel does). */
  static final class Builder extends ImmutableCohortConversionResult.Builder {
    Builder() {}
  }

  /**
   * One row.
   *
   * @param group the group (empty without grouping)
   * @param from the step converted from
   * @param to the step converted to
   * @param cohort the cohort's period label; empty for all cohorts
   * @return the row, if there is one
   */
  public Optional<CohortConversionRow> row(Map<String, String> group, String from, String to, Optional<String> cohort) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(cohort, "cohort");
    return rows().stream().filter(r -> r.group().equals(group) && r.from().equals(from) && r.to().equals(to)
        && r.cohort().equals(cohort)).findFirst();
  }
}
