package dev.revops.forecast.calls;

import dev.revops.core.InvalidValueException;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.scope.Scope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds the {@link CallOutcome}s of an ended period: each caller's call as of week N of the period
 * (their latest submission of the category before the end of week N, that is before the start of
 * the period's first day plus 7 x N days in the scope's zone; week 0 is before the period starts)
 * against the amount won in the period by them and everyone below them (from a {@link
 * HierarchyRollup} of the deals), and the system's forecast at that instant when given.
 *
 * <pre>{@code
 * List<CallOutcome> week4 = CallOutcomes.asOfWeek(rollup, calls, q3, 4, ForecastCategory.COMMIT, scope, Map.of());
 * new CallAccuracy(scope).addAll(week4).result();
 * }</pre>
 */
public final class CallOutcomes {
  private CallOutcomes() {}

  /**
   * The instant week N of a period ends.
   *
   * @param period the period
   * @param week the week, 0 or more
   * @param scope its zone
   * @return the start of the period's first day plus 7 x week days, in the scope's zone
   */
  public static Instant endOfWeek(Period period, int week, Scope scope) {
    Objects.requireNonNull(period, "period");
    if (week < 0) {
      throw new InvalidValueException("week", week, "must not be negative");
    }
    return scope.startOf(period.start().plusDays(7L * week));
  }

  /**
   * The outcomes of an ended period.
   *
   * @param rollup the hierarchy roll-up of the deals (its won amounts are the actuals)
   * @param calls every submission; those of other periods or categories are ignored
   * @param period the period, ended by the scope's as-of date
   * @param week the week of the period the calls are taken as of
   * @param category the category called (Commit, say)
   * @param scope the as-of date and zone
   * @param system the system's forecast per caller at the end of the week, where known
   * @return one outcome per caller who submitted by then, by caller
   * @throws InvalidValueException if the period has not ended by the as-of date
   */
  public static List<CallOutcome> asOfWeek(HierarchyResult rollup, List<ForecastCall> calls, Period period, int week,
      ForecastCategory category, Scope scope, Map<String, Money> system) {
    Objects.requireNonNull(system, "system");
    return asOfWeek(rollup, calls, period, week, category, scope, (caller, currency) ->
        Optional.ofNullable(system.get(caller)));
  }

  /**
   * The outcomes of an ended period, each beside the system's forecast rebuilt at the same instant
   * ({@link SystemForecastAtWeek}, built for the same week): the caller's row in the call's currency,
   * zero when none of their deals counted, absent when the period was not rebuilt.
   *
   * <pre>{@code
   * SystemForecastResult system = ...;   // new SystemForecastAtWeek(options, List.of(q3), 5, model), fed timelines
   * CallOutcomes.asOfWeek(rollup, calls, q3, 5, ForecastCategory.COMMIT, scope, system);
   * }</pre>
   *
   * @param rollup the hierarchy roll-up of the deals (its won amounts are the actuals)
   * @param calls every submission; those of other periods or categories are ignored
   * @param period the period, ended by the scope's as-of date
   * @param week the week of the period the calls are taken as of
   * @param category the category called
   * @param scope the as-of date and zone
   * @param system the system's forecasts rebuilt at the end of that week
   * @return one outcome per caller who submitted by then, by caller
   * @throws InvalidValueException if the period has not ended, or the system was rebuilt at another week
   */
  public static List<CallOutcome> asOfWeek(HierarchyResult rollup, List<ForecastCall> calls, Period period, int week,
      ForecastCategory category, Scope scope, SystemForecastResult system) {
    Objects.requireNonNull(system, "system");
    if (system.week() != week) {
      throw new InvalidValueException("week", week, "must be the week the system forecast was rebuilt at",
          "rebuilt at week " + system.week());
    }
    return asOfWeek(rollup, calls, period, week, category, scope, (caller, currency) ->
        system.forecast(period.label(), caller, currency));
  }

  private static List<CallOutcome> asOfWeek(HierarchyResult rollup, List<ForecastCall> calls, Period period, int week,
      ForecastCategory category, Scope scope, java.util.function.BiFunction<String, java.util.Currency,
      Optional<Money>> system) {
    Objects.requireNonNull(rollup, "rollup");
    Objects.requireNonNull(calls, "calls");
    Objects.requireNonNull(category, "category");
    if (period.end().isAfter(scope.asOfDate())) {
      throw new InvalidValueException("period", period.label(), "must have ended by the as-of date",
          "as of " + scope.asOfDate());
    }
    Instant cutOff = endOfWeek(period, week, scope);
    Map<String, ForecastCall> latest = new TreeMap<>();
    calls.stream().filter(c -> c.period().equals(period.label()) && c.category() == category
        && c.submittedAt().isBefore(cutOff)).sorted(Comparator.comparing(ForecastCall::submittedAt))
        .forEach(c -> latest.put(c.caller(), c));
    List<CallOutcome> outcomes = new ArrayList<>();
    latest.forEach((caller, call) -> {
      Money won = rollup.total(period.label(), caller, ForecastCategory.CLOSED, call.amount().getCurrency());
      Optional<String> level = rollup.rowsOf(period.label(), caller, call.amount().getCurrency())
          .map(HierarchyRow::level).flatMap(Optional::stream).findFirst();
      outcomes.add(CallOutcome.builder().caller(caller).level(level).period(period.label()).called(call.amount())
          .actual(won).system(system.apply(caller, call.amount().getCurrency())).build());
    });
    return outcomes;
  }
}
