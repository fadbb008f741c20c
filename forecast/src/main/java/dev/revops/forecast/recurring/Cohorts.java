package dev.revops.forecast.recurring;

import dev.revops.core.money.Rounding;
import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Logo and revenue retention by start-period cohort (the triangle), as an accumulator:
 * {@link #add} one {@link CustomerHistory} per customer, {@link #merge}, read the {@link #result}.
 *
 * <p>A customer (per currency, per product when grouping by product) belongs to the cohort of the
 * period of its first revenue, if that period is one of the options' periods and it still pays at
 * that period's close; those who joined and left within their first period, and those who started
 * before the first period, are counted apart. At each later period's close the cohort's customers
 * still paying (logo retention) and their MRR (revenue retention, over the cohort's MRR at its
 * first close) are counted; a customer who left and came back counts again. Sums are exact
 * integers; shares are rounded half-even to four decimals. A customer given twice is refused. Not
 * thread-safe.
 *
 * <pre>{@code
 * Cohorts cohorts = new Cohorts(options);
 * histories.forEach(cohorts::add);
 * cohorts.result().rows();   // one per start period, currency and group
 * }</pre>
 */
public final class Cohorts implements Accumulator<CustomerHistory, CohortTable, Cohorts> {
  private record Key(int cohort, String currency, List<String> group) {}

  private final RecurringOptions options;
  private final Engine engine;
  private final int periods;
  private final Map<Key, long[]> cells = new HashMap<>();
  private final OncePerCustomer customers = new OncePerCustomer();
  private final ExclusionTally excluded;

  /**
   * An empty accumulator.
   *
   * @param options the scope, periods (the cohorts and the periods observed) and grouping
   */
  public Cohorts(RecurringOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.engine = new Engine(options);
    this.periods = engine.periods.size();
    this.excluded = new ExclusionTally(options.scope().exampleLimit());
  }

  @Override
  public void add(CustomerHistory history) {
    Objects.requireNonNull(history, "history");
    customers.add(history.customer());
    for (Engine.Unit u : engine.units(history)) {
      int cohort = -1;
      Engine.Facts[] facts = new Engine.Facts[periods];
      for (int p = 0; p < periods; p++) {
        facts[p] = engine.facts(u, p);
        if (cohort < 0 && facts[p].joined()) {
          cohort = p;
        }
        if (!facts[p].priced() && cohort >= 0) {
          excluded.add("no exchange rate to the reporting currency", engine.missingRate(u, p));
          cohort = -2;
          break;
        }
      }
      if (cohort == -1) {
        if (u.presence().firstPositive() != null && u.presence().firstPositive().isBefore(engine.open[0])) {
          excluded.add("started before the first period", u.customer());
        }
        continue;
      }
      if (cohort < 0) {
        continue;
      }
      if (!facts[cohort].closePresent()) {
        excluded.add("joined and left within its first period", u.customer());
        continue;
      }
      long[] c = cells.computeIfAbsent(new Key(cohort, u.currency().getCurrencyCode(), u.group()),
          k -> new long[2 * periods]);
      for (int p = cohort; p < periods; p++) {
        int age = p - cohort;
        c[2 * age] += facts[p].closePresent() ? 1 : 0;
        c[2 * age + 1] = Math.addExact(c[2 * age + 1], facts[p].closing());
      }
    }
  }

  @Override
  public Cohorts merge(Cohorts other) {
    MergeCheck.of("cohorts", this, other).same("options", options, other.options);
    customers.merge(other.customers);
    other.cells.forEach((k, v) -> {
      long[] c = cells.computeIfAbsent(k, x -> new long[2 * periods]);
      for (int i = 0; i < c.length; i++) {
        c[i] = Math.addExact(c[i], v[i]);
      }
    });
    excluded.merge(other.excluded);
    return this;
  }

  @Override
  public CohortTable result() {
    TreeMap<Key, long[]> sorted = new TreeMap<>(Comparator.comparingInt(Key::cohort).thenComparing(Key::currency)
        .thenComparing(k -> String.join("\u0000", k.group())));
    sorted.putAll(cells);
    CohortTable.Builder b = new CohortTable.Builder().addAllGroupBy(options.groupBy())
        .provenance(Provenance.builder().definition(RecurringMetrics.COHORT_RETENTION.ref())
            .addAllBasedOn(options.basedOn()).asOf(options.scope().asOf()).counted(counted(sorted))
            .addAllExcluded(excluded.result()).build())
        .asOfDate(options.scope().asOfDate());
    sorted.forEach((k, v) -> {
      Currency currency = Money.currency(k.currency());
      CohortRow.Builder row = new CohortRow.Builder().cohort(engine.periods.get(k.cohort())).currency(currency)
          .putAllGroup(engine.group(k.group())).customers(v[0]).startingMrr(Money.ofMinor(currency, v[1]));
      for (int p = k.cohort(); p < periods; p++) {
        int age = p - k.cohort();
        row.addCells(new CohortCell.Builder().age(age).period(engine.periods.get(p))
            .complete(engine.close[p].equals(options.scope().startOf(engine.periods.get(p).end())))
            .customers(v[2 * age]).mrr(Money.ofMinor(currency, v[2 * age + 1]))
            .logoRetention(share(v[2 * age], v[0])).revenueRetention(share(v[2 * age + 1], v[1])).build());
      }
      b.addRows(row.build());
    });
    return b.build();
  }

  /** The customers (per currency and group) in a cohort: the sum of the cohorts' sizes. */
  private static long counted(Map<Key, long[]> cohorts) {
    return cohorts.values().stream().mapToLong(v -> v[0]).sum();
  }

  private static BigDecimal share(long part, long whole) {
    return whole == 0 ? BigDecimal.ZERO.setScale(RateRow.SCALE)
        : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), RateRow.SCALE, Rounding.RATIO);
  }
}
