package dev.revops.forecast.calls;

import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.AmountOverflowException;
import dev.revops.core.money.Money;
import dev.revops.core.money.Rounding;
import dev.revops.core.scope.Scope;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Who calls best, as an accumulator of {@link CallOutcome}s: per caller and per level, the sums of
 * calls, won amounts, errors and absolute errors, with bias ({@code sum(call - won) / sum(won)}) and
 * WMAPE ({@code sum|call - won| / sum(won)}), beside the same ratios of the system's forecast over the
 * periods where it is known. Ratios are rounded half-even to 4 decimals and absent when nothing was
 * won. Per currency: two currencies are never added.
 *
 * <p>Merging adds exact integer sums, so any split gives the result of one pass. Not thread-safe.
 *
 * <pre>{@code
 * CallAccuracy accuracy = new CallAccuracy(scope);
 * outcomes.forEach(accuracy::add);
 * accuracy.result().caller("bo").get().wmape();
 * }</pre>
 */
public final class CallAccuracy implements Accumulator<CallOutcome, AccuracyResult, CallAccuracy> {
  private record Key(String name, Currency currency) {}

  private static final int PERIODS = 0;
  private static final int CALLED = 1;
  private static final int ACTUAL = 2;
  private static final int ERROR = 3;
  private static final int ABSOLUTE = 4;
  private static final int SYSTEM_PERIODS = 5;
  private static final int SYSTEM_ACTUAL = 6;
  private static final int SYSTEM_ERROR = 7;
  private static final int SYSTEM_ABSOLUTE = 8;
  private static final int SYSTEM_FORECAST = 9;
  private static final int SUMS = 10;

  private final Scope scope;
  private final Map<Key, long[]> callers = new HashMap<>();
  private final Map<Key, long[]> levels = new HashMap<>();
  private long counted;

  /**
   * An empty accumulator.
   *
   * @param scope what the result is as of (its provenance)
   */
  public CallAccuracy(Scope scope) {
    this.scope = Objects.requireNonNull(scope, "scope");
  }

  /**
   * Adds one caller's outcome of one period, to the caller's row and their level's.
   *
   * @param outcome the outcome
   */
  @Override
  public void add(CallOutcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    long[] one = new long[SUMS];
    try {
      one[PERIODS] = 1;
      one[CALLED] = outcome.called().getAmountMinor();
      one[ACTUAL] = outcome.actual().getAmountMinor();
      one[ERROR] = Math.subtractExact(one[CALLED], one[ACTUAL]);
      one[ABSOLUTE] = Math.absExact(one[ERROR]);
      if (outcome.system().isPresent()) {
        one[SYSTEM_PERIODS] = 1;
        one[SYSTEM_ACTUAL] = one[ACTUAL];
        one[SYSTEM_FORECAST] = outcome.system().get().getAmountMinor();
        one[SYSTEM_ERROR] = Math.subtractExact(outcome.system().get().getAmountMinor(), one[ACTUAL]);
        one[SYSTEM_ABSOLUTE] = Math.absExact(one[SYSTEM_ERROR]);
      }
    } catch (ArithmeticException e) {
      throw overflow(new Key(outcome.caller(), outcome.called().getCurrency()));
    }
    Currency c = outcome.called().getCurrency();
    sum(callers, new Key(outcome.caller(), c), one);
    outcome.level().ifPresent(l -> sum(levels, new Key(l, c), one));
    counted++;
  }

  private static void sum(Map<Key, long[]> into, Key key, long[] add) {
    long[] s = into.computeIfAbsent(key, k -> new long[SUMS]);
    try {
      for (int i = 0; i < SUMS; i++) {
        s[i] = Math.addExact(s[i], add[i]);
      }
    } catch (ArithmeticException e) {
      throw overflow(key);
    }
  }

  private static AmountOverflowException overflow(Key k) {
    return new AmountOverflowException("call accuracy", "a sum", k.name(), k.currency());
  }

  /**
   * Adds what another accumulator, built with the same scope, added.
   *
   * @param other an accumulator of other outcomes
   * @return this accumulator
   * @throws IllegalArgumentException if the other has another scope, or is this one
   */
  @Override
  public CallAccuracy merge(CallAccuracy other) {
    MergeCheck.of("call accuracy", this, other).same("scope", scope, other.scope);
    other.callers.forEach((k, s) -> sum(callers, k, s));
    other.levels.forEach((k, s) -> sum(levels, k, s));
    counted += other.counted;
    return this;
  }

  /**
   * The rows so far.
   *
   * @return per caller and per level, and the provenance
   */
  @Override
  public AccuracyResult result() {
    return ImmutableAccuracyResult.builder().addAllCallers(rows(callers)).addAllLevels(rows(levels))
        .provenance(Provenance.of(CallMetrics.CALL_ACCURACY, scope, counted, new ExclusionTally(scope.exampleLimit())))
        .build();
  }

  private static List<AccuracyRow> rows(Map<Key, long[]> sums) {
    Map<Key, long[]> sorted = new TreeMap<>(Comparator.comparing(Key::name)
        .thenComparing(k -> k.currency().getCurrencyCode()));
    sorted.putAll(sums);
    List<AccuracyRow> rows = new ArrayList<>();
    sorted.forEach((k, s) -> rows.add(ImmutableAccuracyRow.builder().name(k.name()).periods(s[PERIODS])
        .systemForecast(system(k, s, SYSTEM_FORECAST)).systemActual(system(k, s, SYSTEM_ACTUAL))
        .systemError(system(k, s, SYSTEM_ERROR)).systemAbsoluteError(system(k, s, SYSTEM_ABSOLUTE))
        .called(Money.ofMinor(k.currency(), s[CALLED])).actual(Money.ofMinor(k.currency(), s[ACTUAL]))
        .error(Money.ofMinor(k.currency(), s[ERROR])).absoluteError(Money.ofMinor(k.currency(), s[ABSOLUTE]))
        .bias(ratio(s[ERROR], s[ACTUAL])).wmape(ratio(s[ABSOLUTE], s[ACTUAL])).systemPeriods(s[SYSTEM_PERIODS])
        .systemWmape(ratio(s[SYSTEM_ABSOLUTE], s[SYSTEM_ACTUAL])).systemBias(ratio(s[SYSTEM_ERROR], s[SYSTEM_ACTUAL]))
        .build()));
    return rows;
  }

  /** A system sum, present when some period had a system forecast. */
  private static java.util.Optional<Money> system(Key k, long[] s, int index) {
    return s[SYSTEM_PERIODS] == 0 ? java.util.Optional.empty()
        : java.util.Optional.of(Money.ofMinor(k.currency(), s[index]));
  }

  private static java.util.Optional<BigDecimal> ratio(long numerator, long denominator) {
    if (denominator == 0) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator),
        Rounding.RATIO_SCALE, Rounding.RATIO));
  }
}
