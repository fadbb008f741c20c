package dev.revops.forecast.winloss;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Sales cycles in calendar days (created date to closed date) of a set of closed deals.
 *
 * <pre>{@code
 * cycle.deals();      // 4238
 * cycle.meanDays();   // 51.78
 * cycle.medianDays(); // 57.00
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCycleSummary.class)
@JsonDeserialize(as = ImmutableCycleSummary.class)
public abstract class CycleSummary {
  /** Only the generated implementation extends this class. */
  CycleSummary() {}

  /**
   * The deals measured (closed, with a created date).
   *
   * @return at least one
   */
  public abstract long deals();

  /**
   * The mean, rounded half-even to hundredths.
   *
   * @return days
   */
  public abstract BigDecimal meanDays();

  /**
   * The type-7 median ({@link dev.revops.core.metric.Quantile}), to hundredths.
   *
   * @return days
   */
  public abstract BigDecimal medianDays();

  /** Builds summaries (win and loss does). */
  static final class Builder extends ImmutableCycleSummary.Builder {
    Builder() {}
  }
}
