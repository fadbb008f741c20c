package dev.revops.forecast.funnel;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.lead.ConversionCount;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The cohort rule for one conversion of one group: the leads that entered {@link #from()} (in one
 * period, or in all), how many converted to {@link #to()}, how many will not, how many are open.
 *
 * <p>JSON: {@code {"group": {}, "from": "marketingqualifiedlead", "to": "deal-won", "cohort":
 * "2018-03", "count": {"entered": 1211, "converted": 160, ...}}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCohortConversionRow.class)
@JsonDeserialize(as = ImmutableCohortConversionRow.class)
public abstract class CohortConversionRow {
  /** Only the generated implementation extends this class, so every instance is validated. */
  CohortConversionRow() {}

  /**
   * The group: dimension key to value.
   *
   * @return the group; empty without grouping
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> group();

  /**
   * The step converted from.
   *
   * @return its id
   */
  public abstract String from();

  /**
   * The step converted to (reaching a later step of its kind counts too: a later lifecycle stage, or the won deal for the deal step).
   *
   * @return its id
   */
  public abstract String to();

  /**
   * The cohort: the period the leads entered {@link #from()} in, by its label.
   *
   * @return the period's label; empty for all cohorts together
   */
  public abstract Optional<String> cohort();

  /**
   * The counts and rates.
   *
   * @return converted, not converted, unresolved; of resolved and of all
   */
  public abstract ConversionCount count();

  /** Builds rows (the funnel does). */
  static final class Builder extends ImmutableCohortConversionRow.Builder {
    Builder() {}
  }
}
