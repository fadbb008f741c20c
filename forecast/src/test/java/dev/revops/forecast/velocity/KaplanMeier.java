package dev.revops.forecast.velocity;

import dev.revops.core.InvalidValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The test oracle of the library's one Kaplan-Meier routine ({@code SurvivalSummary.ofSorted}): the
 * estimate written as the textbook states it, step by step, so that a property can compare the two.
 * The Kaplan-Meier estimate of how long something lasts, from durations of which some ended (an
 * event) and some were still going when observed (censored). Ignoring the ones still going would
 * bias durations low; the estimator uses them for as long as they were seen.
 *
 * <p>S(t) = product over event times t_i at or before t of (1 - d_i / n_i), with d_i events at t_i
 * and n_i durations at least t_i long; at a time with both, events count before censoring. A
 * percentile p is the first time where S drops to 1 - p or below; absent when it never does.
 *
 * <pre>{@code
 * KaplanMeier km = KaplanMeier.estimate(new long[] {3, 5, 6, 7, 8, 10, 12, 12},
 *     new boolean[] {true, false, true, true, false, true, true, false});
 * km.survivalAt(6);   // 35/48
 * km.median();        // Optional[10]
 * }</pre>
 */
@Value.Immutable
abstract class KaplanMeier {

  /** Only the generated implementation extends this class, so every instance is validated. */
  KaplanMeier() {}

  /**
   * How many durations were observed.
   *
   * @return the count
   */
  public abstract long observed();

  /**
   * How many of them ended (were not censored).
   *
   * @return the count
   */
  public abstract long events();

  /**
   * The curve: one step per time with at least one event, in time order, survival non-increasing.
   *
   * @return the steps
   */
  public abstract List<SurvivalStep> steps();

  @Value.Check
  void check() {
    dev.revops.core.Validation v = dev.revops.core.Validation.of("Kaplan-Meier estimate");
    v.check(events() <= observed(), "events", events(), "must not exceed the durations observed", observed() + " observed");
    double previous = 1.0;
    long time = Long.MIN_VALUE;
    for (SurvivalStep s : steps()) {
      v.check(s.survival() >= 0 && s.survival() <= previous, "steps", s, "must keep survival in [0, 1], non-increasing");
      v.check(s.time() > time, "steps", s, "must be in increasing time order");
      previous = s.survival();
      time = s.time();
    }
    v.throwIfInvalid();
  }

  /**
   * Estimates the curve.
   *
   * @param durations the durations, any unit, not negative
   * @param events whether each duration ended (true) or was still going (false)
   * @return the estimate
   * @throws InvalidValueException if the arrays differ in length or a duration is negative
   */
  public static KaplanMeier estimate(long[] durations, boolean[] events) {
    if (durations.length != events.length) {
      throw new InvalidValueException("events", events.length + " flags",
          "must give one flag per duration", durations.length + " durations");
    }
    int n = durations.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      if (durations[i] < 0) {
        throw new InvalidValueException("durations", durations[i], "must not be negative");
      }
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(durations[a], durations[b]));
    List<SurvivalStep> steps = new ArrayList<>();
    double survival = 1.0;
    long atRisk = n;
    long eventCount = 0;
    int i = 0;
    while (i < n) {
      long t = durations[order[i]];
      long ended = 0;
      long seen = 0;
      while (i < n && durations[order[i]] == t) {
        if (events[order[i]]) {
          ended++;
        }
        seen++;
        i++;
      }
      if (ended > 0) {
        survival *= 1.0 - (double) ended / atRisk;
        steps.add(SurvivalStep.of(t, survival));
        eventCount += ended;
      }
      atRisk -= seen;
    }
    return ImmutableKaplanMeier.builder().observed(n).events(eventCount).addAllSteps(steps).build();
  }

  /**
   * The estimated share still going after a time.
   *
   * @param time the time
   * @return S(time), 1 before the first event
   */
  public double survivalAt(long time) {
    double s = 1.0;
    for (SurvivalStep step : steps()) {
      if (step.time() > time) {
        break;
      }
      s = step.survival();
    }
    return s;
  }

  /**
   * The time by which a share of the durations has ended.
   *
   * @param share for example 0.5 for the median, in (0, 1)
   * @return the first step time where survival is at most {@code 1 - share}; empty when the
   *     curve never gets there (too many still going)
   */
  public Optional<Long> percentile(double share) {
    if (!(share > 0 && share < 1)) {
      throw new InvalidValueException("share", share, "must be between 0 and 1, exclusive");
    }
    double target = 1 - share;
    for (SurvivalStep step : steps()) {
      // A tolerance of 1e-12 keeps exact fractions such as 0.5 from missing by a rounding error.
      if (step.survival() <= target + 1e-12) {
        return Optional.of(step.time());
      }
    }
    return Optional.empty();
  }

  /**
   * The median duration.
   *
   * @return {@link #percentile(double)} at 0.5
   */
  public Optional<Long> median() {
    return percentile(0.5);
  }

  /** The summary velocity reports, read off the curve: the oracle of {@code SurvivalSummary.ofSorted}. */
  SurvivalSummary summary() {
    return new SurvivalSummary.Builder().visits(observed()).ended(events())
        .medianDays(percentile(0.5).map(DayCount::days)).p75Days(percentile(0.75).map(DayCount::days))
        .p90Days(percentile(0.9).map(DayCount::days)).build();
  }
}
