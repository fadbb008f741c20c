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

  /**
   * The library's one Kaplan-Meier estimate, summarised as it is computed, from sorted completed
   * (events) and censored (still going) durations: S(t) is the product over event times t_i at or
   * before t of (1 - d_i / n_i), with d_i events at t_i and n_i durations at least t_i long (at a
   * time with both, events count before censoring); a percentile p is the first event time where S
   * drops to 1 - p or below, absent when it never does. The curve itself is not built: for millions
   * of visits that would cost a step object per distinct duration. Tests check it against a
   * step-by-step oracle.
   *
   * @param completed the completed durations (events), sorted
   * @param censored the durations still going, sorted
   * @return the summary
   */
  static SurvivalSummary ofSorted(int[] completed, int[] censored) {
    double[] shares = {0.5, 0.75, 0.9};
    Long[] found = new Long[shares.length];
    double survival = 1.0;
    long atRisk = (long) completed.length + censored.length;
    int i = 0;
    int j = 0;
    while (i < completed.length || j < censored.length) {
      long t = Math.min(i < completed.length ? completed[i] : Long.MAX_VALUE,
          j < censored.length ? censored[j] : Long.MAX_VALUE);
      long ended = 0;
      while (i < completed.length && completed[i] == t) {
        ended++;
        i++;
      }
      long stillGoing = 0;
      while (j < censored.length && censored[j] == t) {
        stillGoing++;
        j++;
      }
      if (ended > 0) {
        survival *= 1.0 - (double) ended / atRisk;
        for (int k = 0; k < shares.length; k++) {
          if (found[k] == null && survival <= 1 - shares[k] + 1e-12) {
            found[k] = t;
          }
        }
      }
      atRisk -= ended + stillGoing;
    }
    return new Builder().visits((long) completed.length + censored.length).ended(completed.length)
        .medianDays(Optional.ofNullable(found[0]).map(DayCount::days))
        .p75Days(Optional.ofNullable(found[1]).map(DayCount::days))
        .p90Days(Optional.ofNullable(found[2]).map(DayCount::days)).build();
  }
}
