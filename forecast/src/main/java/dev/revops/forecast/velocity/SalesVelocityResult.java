package dev.revops.forecast.velocity;

import dev.revops.core.metric.Provenance;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.metric.MetricValue;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * Sales velocity per group (and overall), with what was counted and excluded.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSalesVelocityResult.class)
@JsonDeserialize(as = ImmutableSalesVelocityResult.class)
public abstract class SalesVelocityResult {
  /** Only the generated implementation extends this class, so every instance is validated. */
  SalesVelocityResult() {}

  /**
   * Where the result comes from: the definition, the scope's as-of and definitions, what was
   * counted and excluded.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * The options used.
   *
   * @return the options
   */
  public abstract VelocityOptions options();

  /**
   * Deals counted as qualified opportunities or closed deals.
   *
   * @return the count
   */
  public abstract long counted();

  /**
   * Deals left out, by reason.
   *
   * @return the exclusions
   */
  public abstract List<Exclusion> excluded();

  /**
   * All deals together.
   *
   * @return the overall row (empty group)
   */
  public abstract SalesVelocityRow overall();

  /**
   * One row per group, by group; empty without grouping.
   *
   * @return the rows
   */
  public abstract List<SalesVelocityRow> groups();

  /** Builds results (sales velocity does; public for JSON). */
  public static final class Builder extends ImmutableSalesVelocityResult.Builder {
    Builder() {}
  }

  /**
   * The velocities as governed metric values, where they could be computed.
   *
   * @return one value per row with a velocity
   */
  public List<MetricValue> metricValues() {
    List<SalesVelocityRow> rows = new ArrayList<>();
    rows.add(overall());
    rows.addAll(groups());
    List<MetricValue> out = new ArrayList<>();
    for (SalesVelocityRow r : rows) {
      r.velocityPerDay().ifPresent(v -> out.add(MetricValue.builder().metric(VelocityMetrics.SALES_VELOCITY).money(v)
          .asOf(options().scope().asOfDate()).counted(r.opportunities()).putAllDimensions(r.group())
          .addAllBasedOn(options().scope().basedOn()).build()));
    }
    return out;
  }
}
