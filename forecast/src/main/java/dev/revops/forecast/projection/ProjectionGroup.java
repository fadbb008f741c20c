package dev.revops.forecast.projection;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The projection of one group of records under the options' {@link ProjectionOptions#groupBy()}
 * dimensions: its rows per currency and period, figure for figure like the projection's own. Every
 * record counted falls in exactly one group, so the groups' rows sum exactly, figure by figure,
 * to the projection's rows.
 *
 * <pre>{@code
 * for (ProjectionGroup g : result.groups()) {
 *   System.out.println(g.group() + " " + g.rows().get(0).total().revenue());   // {owner=ann} USD 500.00
 * }
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProjectionGroup.class)
@JsonDeserialize(as = ImmutableProjectionGroup.class)
public abstract class ProjectionGroup {

  /** Only the generated implementation extends this class, so every instance is validated. */
  ProjectionGroup() {}

  /**
   * The group: each dimension's name and the records' value of it ({@code none} for no value).
   *
   * @return dimension name to value, in the options' order
   */
  public abstract Map<String, String> group();

  /**
   * The group's rows, by currency code then period.
   *
   * @return the rows
   */
  public abstract List<ProjectionRow> rows();

  /** Builds groups (projections do). */
  static final class Builder extends ImmutableProjectionGroup.Builder {
    Builder() {}
  }
}
