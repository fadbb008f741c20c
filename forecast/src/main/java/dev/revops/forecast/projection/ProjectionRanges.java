package dev.revops.forecast.projection;

import dev.revops.core.money.Money;
import dev.revops.core.money.Rounding;
import dev.revops.core.period.Period;
import dev.revops.forecast.pipeline.RangeMethod;
import dev.revops.forecast.pipeline.RangeSettings;
import dev.revops.forecast.pipeline.SplitMix64;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The ranges of a projection: each open deal a Bernoulli with its probability carrying its whole
 * schedule (revenue and cash in every period with one draw), simulated as the range forecast does
 * (SplitMix64 from the seed, a deal won when its draw falls below its probability, nearest-rank
 * percentiles), deals in id order so any split gives one pass's answer; beyond the simulation
 * limit, or when the trials x periods of a currency pass {@value #MAX_CELLS} (the simulation holds
 * two numbers per trial and period), the normal approximation per period (mean -/+ 1.2816 standard
 * deviations, not below 0).
 */
final class ProjectionRanges {
  private static final BigDecimal Z90 = new BigDecimal("1.2815515655446004");
  private static final MathContext SQRT = new MathContext(34);
  /** The most trials x periods simulated for one currency: 2 x 8 bytes each, 400 MB at most. */
  static final long MAX_CELLS = 25_000_000L;

  private record Outcome(String id, Currency currency, BigDecimal probability, TreeMap<Period, long[]> whole) {}

  private final Optional<RangeSettings> settings;
  private List<Outcome> outcomes = new ArrayList<>();
  /** Per currency and period the variance of the pipeline's revenue [0] and cash [1], in minor units squared. */
  private final Map<Currency, TreeMap<Period, BigDecimal[]>> variance = new HashMap<>();

  ProjectionRanges(Optional<RangeSettings> settings) {
    this.settings = settings;
  }

  void add(String id, BigDecimal p, Projected projected) {
    if (settings.isEmpty()) {
      return;
    }
    BigDecimal spread = p.multiply(BigDecimal.ONE.subtract(p));
    TreeMap<Period, BigDecimal[]> v = variance.computeIfAbsent(projected.currency, c -> new TreeMap<>());
    projected.whole.forEach((period, w) -> {
      BigDecimal[] cell = v.computeIfAbsent(period, x -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      for (int i = 0; i < 2; i++) {
        BigDecimal a = BigDecimal.valueOf(w[i]);
        cell[i] = cell[i].add(a.multiply(a).multiply(spread));
      }
    });
    keep(List.of(new Outcome(id, projected.currency, p, projected.whole)));
  }

  void addBooked(Projected projected) {
    // booked figures are certain: the rows carry them and every trial adds them
  }

  private void keep(List<Outcome> more) {
    if (outcomes != null && outcomes.size() + more.size() > settings.get().simulationLimit()) {
      outcomes = null;
    } else if (outcomes != null) {
      outcomes.addAll(more);
    }
  }

  void merge(ProjectionRanges other) {
    if (settings.isEmpty()) {
      return;
    }
    other.variance.forEach((c, byPeriod) -> byPeriod.forEach((period, o) -> {
      BigDecimal[] cell = variance.computeIfAbsent(c, x -> new TreeMap<>())
          .computeIfAbsent(period, x -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      cell[0] = cell[0].add(o[0]);
      cell[1] = cell[1].add(o[1]);
    }));
    if (other.outcomes == null) {
      outcomes = null;
    } else {
      keep(other.outcomes);
    }
  }

  /** One range per row, in the rows' order. */
  List<ProjectionRange> result(List<ProjectionRow> rows) {
    if (settings.isEmpty()) {
      return List.of();
    }
    Map<Currency, List<ProjectionRow>> byCurrency = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
    rows.forEach(r -> byCurrency.computeIfAbsent(r.total().revenue().getCurrency(), c -> new ArrayList<>()).add(r));
    List<ProjectionRange> out = new ArrayList<>();
    byCurrency.forEach((currency, list) -> {
      List<Outcome> deals = outcomes == null ? null : outcomes.stream().filter(o -> o.currency().equals(currency))
          .sorted(Comparator.comparing(Outcome::id).thenComparing(Outcome::probability)).toList();
      if (deals != null && !deals.isEmpty() && (long) list.size() * settings.get().trials() <= MAX_CELLS) {
        out.addAll(simulate(currency, list, deals));
      } else {
        list.forEach(r -> out.add(normal(r, variance.getOrDefault(currency, new TreeMap<>()).get(r.period()))));
      }
    });
    return out;
  }

  private List<ProjectionRange> simulate(Currency currency, List<ProjectionRow> rows, List<Outcome> deals) {
    RangeSettings s = settings.get();
    Map<Period, Integer> index = new HashMap<>();
    rows.forEach(r -> index.put(r.period(), index.size()));
    long[][] revenue = new long[rows.size()][s.trials()];
    long[][] cash = new long[rows.size()][s.trials()];
    SplitMix64 random = new SplitMix64(SplitMix64.mix(s.seed() ^ currency.getCurrencyCode().hashCode()));
    for (int t = 0; t < s.trials(); t++) {
      for (Outcome o : deals) {
        if (random.nextDouble() < o.probability().doubleValue()) {
          for (Map.Entry<Period, long[]> e : o.whole().entrySet()) {
            int i = index.get(e.getKey());
            revenue[i][t] = Math.addExact(revenue[i][t], e.getValue()[0]);
            cash[i][t] = Math.addExact(cash[i][t], e.getValue()[1]);
          }
        }
      }
    }
    List<ProjectionRange> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ProjectionFigures b = rows.get(i).booked();
      long[] r = quantiles(revenue[i]);
      long[] c = quantiles(cash[i]);
      out.add(range(rows.get(i).period(), currency, b, r, c, RangeMethod.SIMULATION).trials(s.trials()).build());
    }
    return out;
  }

  private static long[] quantiles(long[] totals) {
    Arrays.sort(totals);
    return new long[] {nearestRank(totals, 0.1), nearestRank(totals, 0.5), nearestRank(totals, 0.9)};
  }

  private static long nearestRank(long[] sorted, double q) {
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  private static ProjectionRange normal(ProjectionRow row, BigDecimal[] v) {
    Currency currency = row.total().revenue().getCurrency();
    if (v == null) {
      return range(row.period(), currency, row.booked(), new long[3], new long[3], RangeMethod.NONE).build();
    }
    long[] r = normal(row.pipeline().revenue().getAmountMinor(), v[0]);
    long[] c = normal(row.pipeline().cash().getAmountMinor(), v[1]);
    return range(row.period(), currency, row.booked(), r, c, RangeMethod.NORMAL_APPROXIMATION).build();
  }

  private static long[] normal(long mean, BigDecimal variance) {
    BigDecimal sd = variance.sqrt(SQRT).multiply(Z90);
    BigDecimal m = BigDecimal.valueOf(mean);
    return new long[] {m.subtract(sd).max(BigDecimal.ZERO).setScale(0, Rounding.MONEY).longValueExact(), mean,
        m.add(sd).setScale(0, Rounding.MONEY).longValueExact()};
  }

  private static ProjectionRange.Builder range(Period period, Currency currency, ProjectionFigures booked, long[] r,
      long[] c, RangeMethod method) {
    long br = booked.revenue().getAmountMinor();
    long bc = booked.cash().getAmountMinor();
    return new ProjectionRange.Builder().period(period).method(method)
        .revenueP10(Money.ofMinor(currency, Math.addExact(br, r[0])))
        .revenueP50(Money.ofMinor(currency, Math.addExact(br, r[1])))
        .revenueP90(Money.ofMinor(currency, Math.addExact(br, r[2])))
        .cashP10(Money.ofMinor(currency, Math.addExact(bc, c[0])))
        .cashP50(Money.ofMinor(currency, Math.addExact(bc, c[1])))
        .cashP90(Money.ofMinor(currency, Math.addExact(bc, c[2])));
  }
}
