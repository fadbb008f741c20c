package dev.revops.forecast.revenue;

import dev.revops.core.metric.Provenance;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.period.Period;
import java.util.List;
import org.immutables.value.Value;

/** The revenue waterfall over a horizon: totals per currency and the bookings with the most left to recognize. */
@Value.Immutable
@JsonSerialize(as = ImmutableRevenueWaterfallResult.class)
@JsonDeserialize(as = ImmutableRevenueWaterfallResult.class)
public abstract class RevenueWaterfallResult {

  /** Only the generated implementation extends this class, so every instance is validated. */
  RevenueWaterfallResult() {}

  /**
   * The horizon.
   *
   * @return the periods, in order
   */
  public abstract List<Period> periods();

  /**
   * One total per currency.
   *
   * @return the totals
   */
  public abstract List<WaterfallRow> totals();

  /**
   * The bookings, most left to recognize first.
   *
   * @return up to the waterfall's limit
   */
  public abstract List<WaterfallRow> bookings();

  /**
   * Where the result comes from: its report definition, the scope's as-of and definitions, the
   * contracts counted and those left out, by reason.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /** Builds results. */
  public static final class Builder extends ImmutableRevenueWaterfallResult.Builder {
    Builder() {}
  }
}
