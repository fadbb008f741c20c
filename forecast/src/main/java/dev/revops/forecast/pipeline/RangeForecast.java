package dev.revops.forecast.pipeline;

import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.deal.Deal;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.AmountOverflowException;
import dev.revops.core.money.Money;
import dev.revops.core.money.Rounding;
import dev.revops.core.period.Period;
import dev.revops.forecast.conversion.ProbabilityModel;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The range forecast of won revenue per close period, as an accumulator: {@link #add} deals,
 * {@link #merge} accumulators of other deals, read the {@link #result}.
 *
 * <p>Each open deal with an expected close date in a period is won independently with its
 * probability, for its amount (converted, when a reporting currency is set, and rounded to the minor
 * unit for the outcomes); deals already won in the period add their amount for sure. The expected
 * value and variance are exact; the periods' expected values are rounded so that, per currency,
 * they add up to the rounded total, like the weighted pipeline's groups. The percentiles are exact (enumerated) for few deals, simulated with a fixed
 * seed for more, and from a normal approximation beyond the simulation limit; each period says
 * which (see {@link RangeSettings}).
 *
 * <p>Of the options' {@link dev.revops.core.scope.Scope}: the period kind and fiscal calendar (the
 * ranges' periods), the reporting currency and rates, the as-of instant, the definitions read
 * under and the example limit (the provenance).
 *
 * <p>Merge-safe: the deals kept for enumeration and simulation are ordered by id before use, and
 * each period's random stream is derived from the seed and the period, so any split of the deals
 * gives the result of one pass. Not thread-safe: use one accumulator per thread.
 */
public final class RangeForecast implements Accumulator<Deal, RangeForecastResult, RangeForecast> {
  private static final BigDecimal Z90 = new BigDecimal("1.2815515655446004");
  private static final MathContext SQRT = new MathContext(34);

  private record Key(Period period, Currency currency) {}

  /** One open deal as the range sees it: its amount in minor units and its probability. */
  record Outcome(String id, long amount, BigDecimal probability) {}

  /** One period and currency: amounts in minor units; mean, variance and open amount exact. */
  private static final class Cell {
    long open;
    long won;
    long wonAmount;
    BigDecimal openAmount = BigDecimal.ZERO;
    BigDecimal mean = BigDecimal.ZERO;
    BigDecimal variance = BigDecimal.ZERO;
    List<Outcome> outcomes = new ArrayList<>();
  }

  private final PipelineOptions options;
  private final ProbabilityModel model;
  private final RangeSettings settings;
  private final DealLens lens;
  private final Map<Key, Cell> cells = new HashMap<>();
  private final ExclusionTally excluded;

  /**
   * An empty range forecast.
   *
   * @param options what to count (grouping is not used: ranges are per period and currency)
   * @param model where each deal's probability comes from
   * @param settings how percentiles are found
   */
  public RangeForecast(PipelineOptions options, ProbabilityModel model, RangeSettings settings) {
    this.options = Objects.requireNonNull(options, "options");
    this.model = Objects.requireNonNull(model, "model");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.lens = new DealLens(options);
    this.excluded = new ExclusionTally(options.scope().exampleLimit());
  }

  /**
   * Counts a deal, or records why it is excluded.
   *
   * @param deal any deal
   */
  @Override
  public void add(Deal deal) {
    Objects.requireNonNull(deal, "deal");
    if (deal.isLost()) {
      excluded.add(DealLens.LOST, deal.id());
      return;
    }
    DealLens.Seen s = deal.isWon() ? lens.rollup(deal) : lens.open(deal, true);
    if (s.excludedBecause != null) {
      excluded.add(s.excludedBecause, deal.id());
      return;
    }
    Key key = new Key(s.period.orElseThrow(), s.currency);
    Cell c = cells.computeIfAbsent(key, k -> new Cell());
    long amount;
    try {
      amount = DealLens.minor(s.amount, s.currency);
      if (deal.isWon()) {
        c.wonAmount = Math.addExact(c.wonAmount, amount);
        c.won++;
        return;
      }
    } catch (ArithmeticException e) {
      throw overflow("the won amount", key);
    }
    BigDecimal p = model.probability(deal).toBigDecimal();
    // Mean and variance use the exact amount (as the weighted pipeline does); the outcomes simulated
    // or enumerated are whole minor units.
    BigDecimal a = s.amount.movePointRight(s.currency.getDefaultFractionDigits());
    c.open++;
    c.openAmount = c.openAmount.add(a);
    c.mean = c.mean.add(a.multiply(p));
    c.variance = c.variance.add(a.multiply(a).multiply(p).multiply(BigDecimal.ONE.subtract(p)));
    keep(c, List.of(new Outcome(deal.id(), amount, p)));
  }

  private void keep(Cell c, List<Outcome> more) {
    if (c.outcomes == null) {
      return;
    }
    if (c.outcomes.size() + more.size() > settings.simulationLimit()) {
      c.outcomes = null; // too many to simulate: the normal approximation will serve
    } else {
      c.outcomes.addAll(more);
    }
  }

  /**
   * Adds the counts of another range forecast, built with the same options, model and settings.
   *
   * @param other a range forecast of other deals
   * @return this range forecast
   * @throws IllegalArgumentException if the other was built differently
   */
  @Override
  public RangeForecast merge(RangeForecast other) {
    MergeCheck.of("range forecast", this, other).same("options", options, other.options)
        .same("probability model", model.ref(), other.model.ref()).same("range settings", settings, other.settings);
    other.cells.forEach((k, o) -> {
      Cell c = cells.computeIfAbsent(k, x -> new Cell());
      try {
        c.wonAmount = Math.addExact(c.wonAmount, o.wonAmount);
      } catch (ArithmeticException e) {
        throw overflow("the won amount", k);
      }
      c.open += o.open;
      c.won += o.won;
      c.openAmount = c.openAmount.add(o.openAmount);
      c.mean = c.mean.add(o.mean);
      c.variance = c.variance.add(o.variance);
      if (o.outcomes == null) {
        c.outcomes = null;
      } else {
        keep(c, o.outcomes);
      }
    });
    excluded.merge(other.excluded);
    return this;
  }

  /**
   * The ranges so far, simulating on the calling thread.
   *
   * @return one range per period and currency
   */
  @Override
  public RangeForecastResult result() {
    return result(Runnable::run, 1);
  }

  /**
   * The ranges so far, the simulations run as tasks on the caller's executor: each period's trials
   * are cut into up to {@code parallelism} stretches, each drawing its own stretch of the period's
   * random stream ({@link SplitMix64#skipped}), so the result is the one of {@link #result()}, draw
   * for draw, whatever the executor and the parallelism. The library starts no thread of its own.
   *
   * <pre>{@code
   * ExecutorService pool = Executors.newFixedThreadPool(2);
   * RangeForecastResult r = range.result(pool, 2);   // equals range.result()
   * }</pre>
   *
   * @param executor runs the simulation tasks (a direct executor runs them on this thread)
   * @param parallelism how many stretches to cut each period's trials into, at least 1
   * @return one range per period and currency
   * @throws IllegalArgumentException if parallelism is below 1
   */
  public RangeForecastResult result(Executor executor, int parallelism) {
    Objects.requireNonNull(executor, "executor");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
    }
    Map<Key, Cell> sorted = new TreeMap<>(Comparator.comparing(Key::period)
        .thenComparing(k -> k.currency().getCurrencyCode()));
    sorted.putAll(cells);
    sorted.forEach(RangeForecast::checkBound);
    Map<Key, Long> expectedOpen = expectedOpen(sorted);
    Map<Key, long[]> simulated = simulateAll(sorted, executor, parallelism);
    RangeForecastResult.Builder b = new RangeForecastResult.Builder().options(options).probabilityModel(model.ref())
        .settings(settings);
    long open = 0;
    long won = 0;
    for (Map.Entry<Key, Cell> e : sorted.entrySet()) {
      open += e.getValue().open;
      won += e.getValue().won;
      b.addPeriods(range(e.getKey(), e.getValue(), expectedOpen.get(e.getKey()), simulated.get(e.getKey())));
    }
    Provenance provenance = DealLens.provenance(ForecastMetrics.EXPECTED_WON_REVENUE.ref(), options, open + won, excluded, model);
    return b.openDeals(open).wonDeals(won).provenance(provenance).build();
  }

  private boolean simulates(Cell c) {
    return c.open > 0 && c.outcomes != null && c.open > settings.exactLimit();
  }

  /**
   * The P10, P50 and P90 of every period that is simulated: one period at a time (so memory holds one
   * period's totals, a number a trial), its trials run as tasks.
   */
  private Map<Key, long[]> simulateAll(Map<Key, Cell> sorted, Executor executor, int parallelism) {
    Map<Key, long[]> quantiles = new HashMap<>();
    for (Map.Entry<Key, Cell> e : sorted.entrySet()) {
      if (simulates(e.getValue())) {
        long[] t = simulate(Draws.of(sorted(e.getValue().outcomes)), seedFor(e.getKey()), executor, parallelism);
        Arrays.sort(t);
        quantiles.put(e.getKey(), new long[] {nearestRank(t, 0.1), nearestRank(t, 0.5), nearestRank(t, 0.9)});
      }
    }
    return quantiles;
  }

  /** The totals of every trial of one period, its trials cut into up to {@code parallelism} stretches. */
  private long[] simulate(Draws draws, long seed, Executor executor, int parallelism) {
    int trials = settings.trials();
    long[] t = new long[trials];
    int stretch = (trials + parallelism - 1) / parallelism;
    List<CompletableFuture<Void>> tasks = new ArrayList<>();
    for (int from = 0; from < trials; from += stretch) {
      int start = from;
      int end = Math.min(trials, from + stretch);
      tasks.add(CompletableFuture.runAsync(() -> draws.fill(t, start, end, seed), executor));
    }
    try {
      CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new)).join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    return t;
  }

  /**
   * The expected open revenue of each period, in minor units: the periods of a currency are a split
   * of its total, so they are rounded to add up to it.
   */
  private static Map<Key, Long> expectedOpen(Map<Key, Cell> sorted) {
    Map<Currency, List<Map.Entry<Key, Cell>>> byCurrency = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
    sorted.entrySet().forEach(e -> byCurrency.computeIfAbsent(e.getKey().currency(), x -> new ArrayList<>()).add(e));
    Map<Key, Long> expectedOpen = new HashMap<>();
    byCurrency.forEach((currency, entries) -> {
      long[] rounded;
      try {
        rounded = Money.roundKeepingSum(entries.stream().map(e -> e.getValue().mean).toList());
      } catch (ArithmeticException e) {
        throw new AmountOverflowException("range forecast", "the expected open revenue", "all periods", currency);
      }
      for (int i = 0; i < entries.size(); i++) {
        expectedOpen.put(entries.get(i).getKey(), rounded[i]);
      }
    });
    return expectedOpen;
  }

  /** The sum of a figure of a period is beyond a long of minor units: which one, in words. */
  private static AmountOverflowException overflow(String figure, Key k) {
    return new AmountOverflowException("range forecast", figure, k.period().label(), k.currency());
  }

  /**
   * Every total of a trial, every percentile and the expected value of a period lie between 0 and
   * its won amount plus every open deal's amount: when that fits in a long, so do they all.
   */
  private static void checkBound(Key key, Cell c) {
    if (BigDecimal.valueOf(c.wonAmount).add(c.openAmount).compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw overflow("the won amount plus the open amount", key);
    }
  }

  private PeriodRange range(Key key, Cell c, long expectedOpen, long[] simulated) {
    Currency cur = key.currency();
    int scale = cur.getDefaultFractionDigits();
    long[] q;
    RangeMethod method;
    if (c.open == 0) {
      q = new long[] {0, 0, 0};
      method = RangeMethod.NONE;
    } else if (c.outcomes != null && c.open <= settings.exactLimit()) {
      q = exact(sorted(c.outcomes));
      method = RangeMethod.EXACT;
    } else if (simulates(c)) {
      q = simulated;
      method = RangeMethod.SIMULATION;
    } else {
      q = normal(c);
      method = RangeMethod.NORMAL_APPROXIMATION;
    }
    BigDecimal sd = c.variance.sqrt(SQRT);
    return new PeriodRange.Builder().period(key.period()).openDeals(c.open).wonDeals(c.won)
        .closedWon(Money.ofMinor(cur, c.wonAmount))
        .expected(Money.ofMinor(cur, Math.addExact(c.wonAmount, expectedOpen)))
        .variance(plain(c.variance.movePointLeft(2 * scale)))
        .standardDeviation(Money.ofMinor(cur, sd.setScale(0, Rounding.MONEY).longValueExact()))
        .p10(Money.ofMinor(cur, c.wonAmount + q[0])).p50(Money.ofMinor(cur, c.wonAmount + q[1]))
        .p90(Money.ofMinor(cur, c.wonAmount + q[2])).method(method)
        .trials(method == RangeMethod.SIMULATION ? Optional.of(settings.trials()) : Optional.empty())
        .build();
  }

  /** Without trailing zeros, but never in exponent form (so JSON reads back the same value). */
  private static BigDecimal plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  private static List<Outcome> sorted(List<Outcome> outcomes) {
    List<Outcome> s = new ArrayList<>(outcomes);
    s.sort(Comparator.comparing(Outcome::id).thenComparingLong(Outcome::amount)
        .thenComparing(Outcome::probability));
    return s;
  }

  /** P10, P50 and P90 of the exact distribution: the smallest total whose cumulative probability reaches q. */
  static long[] exact(List<Outcome> outcomes) {
    TreeMap<Long, BigDecimal> dist = new TreeMap<>();
    dist.put(0L, BigDecimal.ONE);
    for (Outcome o : outcomes) {
      TreeMap<Long, BigDecimal> next = new TreeMap<>();
      BigDecimal lose = BigDecimal.ONE.subtract(o.probability());
      for (Map.Entry<Long, BigDecimal> e : dist.entrySet()) {
        next.merge(e.getKey(), e.getValue().multiply(lose), BigDecimal::add);
        next.merge(e.getKey() + o.amount(), e.getValue().multiply(o.probability()), BigDecimal::add);
      }
      dist = next;
    }
    BigDecimal[] levels = {new BigDecimal("0.1"), new BigDecimal("0.5"), new BigDecimal("0.9")};
    long[] q = new long[3];
    int next = 0;
    BigDecimal cumulative = BigDecimal.ZERO;
    for (Map.Entry<Long, BigDecimal> e : dist.entrySet()) {
      cumulative = cumulative.add(e.getValue());
      while (next < 3 && cumulative.compareTo(levels[next]) >= 0) {
        q[next++] = e.getKey();
      }
    }
    while (next < 3) {
      q[next++] = dist.lastKey();
    }
    return q;
  }

  /**
   * The won total of each trial: each deal is won when a uniform draw falls below its probability.
   * Trial {@code t} uses the draws {@code t * n} to {@code t * n + n - 1} of the stream from the seed
   * ({@code n} deals, in the order given).
   */
  static long[] simulatedTotals(List<Outcome> outcomes, int trials, long seed) {
    long[] totals = new long[trials];
    Draws.of(outcomes).fill(totals, 0, trials, seed);
    return totals;
  }

  /**
   * The deals of one simulation in arrays, read in order in the inner loop.
   *
   * <p>A deal is won when the uniform draw {@code u = (x >>> 11) * 2^-53} falls below its
   * probability {@code p}. That is decided as {@code (x >>> 11) < ceil(p * 2^53)}: {@code p * 2^53}
   * is exact in a double (a scaling by a power of two) and, for an integer {@code y},
   * {@code y < r} exactly when {@code y < ceil(r)}; so every decision is the same as comparing
   * {@code u < p}, without a multiplication, and without a branch (the sign of the difference
   * masks the amount).
   */
  private record Draws(long[] amounts, long[] thresholds) {
    static Draws of(List<Outcome> outcomes) {
      int n = outcomes.size();
      long[] amounts = new long[n];
      long[] thresholds = new long[n];
      for (int i = 0; i < n; i++) {
        amounts[i] = outcomes.get(i).amount();
        thresholds[i] = (long) Math.ceil(outcomes.get(i).probability().doubleValue() * 0x1.0p53);
      }
      return new Draws(amounts, thresholds);
    }

    /** Fills {@code totals[from..to)} with the totals of those trials. */
    void fill(long[] totals, int from, int to, long seed) {
      int n = amounts.length;
      SplitMix64 random = SplitMix64.skipped(seed, (long) from * n);
      for (int t = from; t < to; t++) {
        long total = 0;
        for (int i = 0; i < n; i++) {
          // both below 2^53 + 1: the difference is negative exactly when the deal is won
          long won = ((random.nextLong() >>> 11) - thresholds[i]) >> 63;
          total += amounts[i] & won;
        }
        totals[t] = total;
      }
    }
  }

  private static long nearestRank(long[] sorted, double q) {
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  /** Mean -/+ 1.2816 standard deviations, kept within what the open deals can give. */
  private static long[] normal(Cell c) {
    BigDecimal sd = c.variance.sqrt(SQRT);
    BigDecimal low = c.mean.subtract(Z90.multiply(sd)).max(BigDecimal.ZERO);
    BigDecimal high = c.mean.add(Z90.multiply(sd)).min(c.openAmount);
    return new long[] {
        low.setScale(0, Rounding.MONEY).longValueExact(),
        c.mean.setScale(0, Rounding.MONEY).longValueExact(),
        high.setScale(0, Rounding.MONEY).longValueExact()};
  }

  private long seedFor(Key key) {
    long h = settings.seed();
    h = SplitMix64.mix(h ^ key.period().start().toEpochDay());
    h = SplitMix64.mix(h ^ key.period().kind().ordinal());
    return SplitMix64.mix(h ^ key.currency().getCurrencyCode().hashCode());
  }
}
