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
 * Time to convert ({@link FunnelMetrics#TIME_TO_CONVERT}), cited in its provenance: one row per
 * group and conversion.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTimeToConvertResult.class)
@JsonDeserialize(as = ImmutableTimeToConvertResult.class)
public abstract class TimeToConvertResult {
  /** Only the generated implementation extends this class, so every instance is validated. */
  TimeToConvertResult() {}

  /**
   * Where the figures come from: the definition, as of, leads counted and left out.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * The rows, by group and conversion.
   *
   * @return the rows
   */
  public abstract List<TimeToConvertRow> rows();

  /** Builds results (the funnel does). */
  static final class Builder extends ImmutableTimeToConvertResult.Builder {
    Builder() {}
  }

  /**
   * One row.
   *
   * @param group the group (empty without grouping)
   * @param from the step converted from
   * @param to the step converted to
   * @return the row, if there is one
   */
  public Optional<TimeToConvertRow> row(Map<String, String> group, String from, String to) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return rows().stream().filter(r -> r.group().equals(group) && r.from().equals(from) && r.to().equals(to))
        .findFirst();
  }
}
