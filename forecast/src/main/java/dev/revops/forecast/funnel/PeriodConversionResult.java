package dev.revops.forecast.funnel;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.metric.Provenance;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Conversion by the period rule ({@link FunnelMetrics#PERIOD_CONVERSION}), cited in its
 * provenance: one row per group, conversion and period (plus the whole span).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePeriodConversionResult.class)
@JsonDeserialize(as = ImmutablePeriodConversionResult.class)
public abstract class PeriodConversionResult {
  /** What every period result says about its rates. */
  public static final String NOTE = "Period conversion divides the conversions of a period by the entries of the same "
      + "period, whenever the converted leads entered: it may exceed 100%.";

  /** Only the generated implementation extends this class, so every instance is validated. */
  PeriodConversionResult() {}

  /**
   * Where the figures come from: the period rule's definition, as of, leads counted and left out.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * What the rates mean: they may exceed 100%.
   *
   * @return {@link #NOTE}
   */
  @Value.Default
  public String note() {
    return NOTE;
  }

  /**
   * How many rows exceed 100%.
   *
   * @return the count
   */
  public abstract long rowsExceedingOne();

  /**
   * The rows, by group, conversion and period (the whole span first).
   *
   * @return the rows
   */
  public abstract List<PeriodConversionRow> rows();

  /** Builds results (the funnel does). */
  static final class Builder extends ImmutablePeriodConversionResult.Builder {
    Builder() {}
  }

  /**
   * One row.
   *
   * @param group the group (empty without grouping)
   * @param from the step converted from
   * @param to the step converted to
   * @param period the period's label; empty for the whole span
   * @return the row, if there is one
   */
  public Optional<PeriodConversionRow> row(Map<String, String> group, String from, String to, Optional<String> period) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(period, "period");
    return rows().stream().filter(r -> r.group().equals(group) && r.from().equals(from) && r.to().equals(to)
        && r.period().equals(period)).findFirst();
  }
}
