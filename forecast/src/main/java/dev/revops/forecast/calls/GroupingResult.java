package dev.revops.forecast.calls;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.metric.Provenance;
import java.util.List;
import org.immutables.value.Value;

/**
 * What {@link DealGrouping} gives: a row per group, sorted by its values, the total, and the
 * provenance.
 *
 * <pre>{@code
 * GroupingResult r = grouping.result();
 * r.total().won();   // every won deal, whatever its group
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGroupingResult.class)
public abstract class GroupingResult {

  /** Only the generated implementation extends this class. */
  GroupingResult() {}

  /**
   * What the rows are grouped by.
   *
   * @return the dimensions, in order
   */
  public abstract List<OpenDimension> groupBy();

  /**
   * The groups.
   *
   * @return a row per group, sorted by its values
   */
  public abstract List<GroupRow> rows();

  /**
   * Every counted deal.
   *
   * @return the total row (an empty group)
   */
  public abstract GroupRow total();

  /**
   * Where the rows come from.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();
}
