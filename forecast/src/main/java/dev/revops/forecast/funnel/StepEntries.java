package dev.revops.forecast.funnel;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The leads of one group that reached one funnel step, each counted once.
 *
 * <p>JSON: {@code {"group": {"source": "web"}, "step": "marketingqualifiedlead", "entered": 412}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStepEntries.class)
@JsonDeserialize(as = ImmutableStepEntries.class)
public abstract class StepEntries {
  /** Only the generated implementation extends this class, so every instance is validated. */
  StepEntries() {}

  /**
   * The group: dimension key to value.
   *
   * @return the group; empty without grouping
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> group();

  /**
   * The step.
   *
   * @return its id
   */
  public abstract String step();

  /**
   * Leads that reached it by the as-of instant.
   *
   * @return the count
   */
  public abstract long entered();

  /** Builds rows (the funnel does). */
  static final class Builder extends ImmutableStepEntries.Builder {
    Builder() {}
  }
}
