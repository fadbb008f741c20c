package dev.revops.forecast.velocity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.spill.IntSpill;
import java.math.BigDecimal;
import java.util.PrimitiveIterator;
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

  /** Builds summaries (velocity does). */
  static final class Builder extends ImmutableSurvivalSummary.Builder {
    Builder() {}
  }

  /**
   * One step of a Kaplan-Meier curve, handed to a {@link StepVisitor}: an event time and the
   * estimated survival S just after it.
   */
  @FunctionalInterface
  public interface StepVisitor {
    /**
     * Receives one step; steps come in time order, survival non-increasing.
     *
     * @param time the event time, in the unit of the durations walked (seconds for velocity)
     * @param survival S(time), in [0, 1]
     */
    void step(long time, double survival);
  }

  /**
   * The library's one Kaplan-Meier estimate, walked step by step without building the curve, from
   * sorted completed (events) and censored (still going) durations: S(t) is the product over event
   * times t_i at or before t of (1 - d_i / n_i), with d_i events at t_i and n_i durations at least
   * t_i long (at a time with both, events count before censoring). {@link #ofSorted} reads its
   * percentiles off this walk; the lead funnel reads time to convert off it.
   *
   * <pre>{@code
   * // events at 3, 6, 7, 10, 12; censored at 5, 8, 12
   * SurvivalSummary.walk(new int[] {3, 6, 7, 10, 12}, new int[] {5, 8, 12}, (t, s) -> steps.put(t, s));
   * // 3 -> 7/8, 6 -> 35/48, 7 -> 7/12, 10 -> 7/18, 12 -> 7/36 (at 12 the event counts before the censored one)
   * }</pre>
   *
   * @param completed the completed durations (events), sorted ascending
   * @param censored the durations still going, sorted ascending
   * @param visitor receives each event time with S just after it
   */
  public static void walk(int[] completed, int[] censored, StepVisitor visitor) {
    walk(IntSpill.cursor(completed), completed.length, IntSpill.cursor(censored), censored.length, visitor);
  }

  /**
   * The same walk over sorted streams of durations, for more than an array holds (durations read
   * back merged from an {@link IntSpill}): the same steps as {@link #walk(int[], int[], StepVisitor)}
   * on the same values.
   *
   * @param completed the completed durations (events), ascending
   * @param completedCount how many
   * @param censored the durations still going, ascending
   * @param censoredCount how many
   * @param visitor receives each event time with S just after it
   */
  public static void walk(PrimitiveIterator.OfInt completed, long completedCount, PrimitiveIterator.OfInt censored,
      long censoredCount, StepVisitor visitor) {
    double survival = 1.0;
    long atRisk = completedCount + censoredCount;
    long nextEvent = completed.hasNext() ? completed.nextInt() : Long.MAX_VALUE;
    long nextCensored = censored.hasNext() ? censored.nextInt() : Long.MAX_VALUE;
    while (nextEvent != Long.MAX_VALUE || nextCensored != Long.MAX_VALUE) {
      long t = Math.min(nextEvent, nextCensored);
      long ended = 0;
      while (nextEvent == t) {
        ended++;
        nextEvent = completed.hasNext() ? completed.nextInt() : Long.MAX_VALUE;
      }
      long stillGoing = 0;
      while (nextCensored == t) {
        stillGoing++;
        nextCensored = censored.hasNext() ? censored.nextInt() : Long.MAX_VALUE;
      }
      if (ended > 0) {
        survival *= 1.0 - (double) ended / atRisk;
        visitor.step(t, survival);
      }
      atRisk -= ended + stillGoing;
    }
  }

  /**
   * The Kaplan-Meier estimate summarised as it is computed (see {@link #walk}): a percentile p is
   * the first event time where S drops to 1 - p or below, absent when it never does. The curve
   * itself is not built: for millions of visits that would cost a step object per distinct
   * duration. Tests check it against a step-by-step oracle.
   *
   * @param completed the completed durations (events), sorted
   * @param censored the durations still going, sorted
   * @return the summary
   */
  static SurvivalSummary ofSorted(int[] completed, int[] censored) {
    return ofSorted(IntSpill.cursor(completed), completed.length, IntSpill.cursor(censored), censored.length);
  }

  /** {@link #ofSorted(int[], int[])} over sorted streams of durations. */
  static SurvivalSummary ofSorted(PrimitiveIterator.OfInt completed, long completedCount,
      PrimitiveIterator.OfInt censored, long censoredCount) {
    double[] shares = {0.5, 0.75, 0.9};
    Long[] found = new Long[shares.length];
    walk(completed, completedCount, censored, censoredCount, (t, survival) -> {
      for (int k = 0; k < shares.length; k++) {
        if (found[k] == null && survival <= 1 - shares[k] + 1e-12) {
          found[k] = t;
        }
      }
    });
    return new Builder().visits(completedCount + censoredCount).ended(completedCount)
        .medianDays(Optional.ofNullable(found[0]).map(DayCount::days))
        .p75Days(Optional.ofNullable(found[1]).map(DayCount::days))
        .p90Days(Optional.ofNullable(found[2]).map(DayCount::days)).build();
  }

}
