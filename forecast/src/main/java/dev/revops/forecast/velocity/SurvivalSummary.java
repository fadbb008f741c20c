package dev.revops.forecast.velocity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Kaplan-Meier view of a stage's visits, the ones still open included: how long until half,
 * three quarters and nine tenths of visits have ended. A percentile is absent when too many visits
 * are still open for the curve to get there.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSurvivalSummary.class)
@JsonDeserialize(as = ImmutableSurvivalSummary.class)
public abstract class SurvivalSummary {

  /** Only the generated implementation extends this class, so every instance is validated. */
  SurvivalSummary() {}

  /**
   * Visits observed (completed and still open).
   *
   * @return the count
   */
  public abstract long visits();

  /**
   * Visits that ended.
   *
   * @return the count
   */
  public abstract long ended();

  /**
   * The days by which half the visits end.
   *
   * @return the median, if reached
   */
  public abstract Optional<BigDecimal> medianDays();

  /**
   * The days by which three quarters end.
   *
   * @return the 75th percentile, if reached
   */
  public abstract Optional<BigDecimal> p75Days();

  /**
   * The days by which nine tenths end.
   *
   * @return the 90th percentile, if reached
   */
  public abstract Optional<BigDecimal> p90Days();

  /** Builds summaries (velocity does; public for JSON). */
  public static final class Builder extends ImmutableSurvivalSummary.Builder {
    Builder() {}
  }

  static SurvivalSummary of(KaplanMeier km) {
    return new Builder().visits(km.observed()).ended(km.events())
        .medianDays(km.percentile(0.5).map(DayCount::days)).p75Days(km.percentile(0.75).map(DayCount::days))
        .p90Days(km.percentile(0.9).map(DayCount::days)).build();
  }
}
