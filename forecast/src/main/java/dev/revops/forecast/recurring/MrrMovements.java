package dev.revops.forecast.recurring;

import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * MRR movements per period, currency and group, as an accumulator: {@link #add} one
 * {@link CustomerHistory} per customer, {@link #merge} accumulators of other customers, read the
 * {@link #result}. Each customer (per currency, per product when grouping by product) is in exactly
 * one {@link MovementKind} per period; the sums are exact integers, so any split gives the result of
 * one pass, and every row keeps the identity {@code closing - opening = new + reactivation +
 * expansion - contraction - churn}.
 *
 * <p>A customer given twice (in one accumulator or two merged ones) is refused with an
 * {@link IllegalArgumentException}: gather lines per customer with {@link CustomerHistories}
 * first. Not thread-safe.
 *
 * <pre>{@code
 * MrrMovements movements = new MrrMovements(options);
 * histories.forEach(movements::add);
 * MovementRow march = movements.result().totals().get(2);
 * march.expansion();   // USD 60.00
 * }</pre>
 */
public final class MrrMovements implements Accumulator<CustomerHistory, MovementsResult, MrrMovements> {
  /** Money sums, then counts, per key. */
  private static final int OPENING = 0;
  private static final int CLOSING = 6;
  private static final int AT_OPEN = 7;
  private static final int AT_CLOSE = 8;
  private static final int FIELDS = 16;

  private record Key(int period, String currency, List<String> group) {}

  private record Unit(String currency, List<String> group) {}

  private final RecurringOptions options;
  private final Engine engine;
  /** Per currency and group, {@code FIELDS} sums per period, period after period. */
  private final Map<Unit, long[]> cells = new HashMap<>();
  private final OncePerCustomer customers = new OncePerCustomer();
  private final ExclusionTally excluded;

  /**
   * An empty accumulator.
   *
   * @param options the scope, periods, grouping and movement rules
   */
  public MrrMovements(RecurringOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.engine = new Engine(options);
    this.excluded = new ExclusionTally(options.scope().exampleLimit());
  }

  @Override
  public void add(CustomerHistory history) {
    Objects.requireNonNull(history, "history");
    customers.add(history.customer());
    for (Engine.Unit u : engine.units(history)) {
      long[] sums = null;
      for (int p = 0; p < engine.periods.size(); p++) {
        Engine.Facts f = engine.facts(u, p);
        if (!f.active()) {
          continue;
        }
        if (!f.priced()) {
          excluded.add("no exchange rate to the reporting currency", engine.missingRate(u, p));
          continue;
        }
        if (sums == null) {
          sums = cells.computeIfAbsent(new Unit(u.currency().getCurrencyCode(), u.group()),
              k -> new long[FIELDS * engine.periods.size()]);
        }
        count(sums, p * FIELDS, f);
      }
    }
  }

  private static void count(long[] all, int at, Engine.Facts f) {
    long[] c = all;
    c[at + OPENING] = Math.addExact(c[at + OPENING], f.opening());
    c[at + CLOSING] = Math.addExact(c[at + CLOSING], f.closing());
    int kind = f.kind().ordinal();
    if (f.kind() != MovementKind.UNCHANGED) {
      c[at + 1 + kind] = Math.addExact(c[at + 1 + kind], f.amount());
    }
    c[at + AT_OPEN] += f.openPresent() ? 1 : 0;
    c[at + AT_CLOSE] += f.closePresent() ? 1 : 0;
    if (f.kind() == MovementKind.UNCHANGED) {
      c[at + (f.openPresent() ? 14 : 15)]++;
    } else {
      c[at + 9 + kind]++;
    }
  }

  /**
   * A customer's movement in every period where it pays or moves, as this accumulator counts it
   * (without adding it): the rows' sums are the sums of these.
   *
   * @param history the customer
   * @return one movement per unit and period, by unit then period; periods without a rate to the
   *     reporting currency are left out
   */
  public List<CustomerMovement> classify(CustomerHistory history) {
    Objects.requireNonNull(history, "history");
    List<CustomerMovement> out = new ArrayList<>();
    for (Engine.Unit u : engine.units(history)) {
      for (int p = 0; p < engine.periods.size(); p++) {
        Engine.Facts f = engine.facts(u, p);
        if (f.active() && f.priced()) {
          Currency c = u.currency();
          out.add(new CustomerMovement.Builder().customer(u.customer()).period(engine.periods.get(p))
              .putAllGroup(engine.group(u.group())).kind(f.kind()).opening(Money.ofMinor(c, f.opening()))
              .closing(Money.ofMinor(c, f.closing())).amount(Money.ofMinor(c, f.amount())).joined(f.joined())
              .churns(f.churns()).returns(f.returns()).build());
        }
      }
    }
    return out;
  }

  @Override
  public MrrMovements merge(MrrMovements other) {
    MergeCheck.of("MRR movements", this, other).same("options", options, other.options);
    customers.merge(other.customers);
    other.cells.forEach((k, v) -> {
      long[] c = cells.computeIfAbsent(k, x -> new long[v.length]);
      for (int i = 0; i < v.length; i++) {
        c[i] = Math.addExact(c[i], v[i]);
      }
    });
    excluded.merge(other.excluded);
    return this;
  }

  @Override
  public MovementsResult result() {
    Comparator<Key> order = Comparator.comparingInt(Key::period).thenComparing(Key::currency)
        .thenComparing(k -> String.join("\u0000", k.group()));
    TreeMap<Key, long[]> rows = new TreeMap<>(order);
    TreeMap<Key, long[]> totals = new TreeMap<>(order);
    cells.forEach((u, all) -> {
      for (int p = 0; p < engine.periods.size(); p++) {
        long[] v = java.util.Arrays.copyOfRange(all, p * FIELDS, (p + 1) * FIELDS);
        if (java.util.Arrays.stream(v).allMatch(x -> x == 0)) {
          continue;
        }
        rows.put(new Key(p, u.currency(), u.group()), v);
        long[] t = totals.computeIfAbsent(new Key(p, u.currency(), List.of()), x -> new long[FIELDS]);
        for (int i = 0; i < FIELDS; i++) {
          t[i] += v[i];
        }
      }
    });
    MovementsResult.Builder b = new MovementsResult.Builder().addAllGroupBy(options.groupBy())
        .provenance(Provenance.builder().definition(options.rules().ref()).addAllBasedOn(options.basedOn().subList(1,
            options.basedOn().size())).asOf(options.scope().asOf()).counted(customers.size())
            .addAllExcluded(excluded.result()).build())
        .asOfDate(options.scope().asOfDate());
    rows.forEach((k, v) -> b.addRows(row(k, v, rows)));
    totals.forEach((k, v) -> b.addTotals(row(k, v, totals)));
    return b.build();
  }

  private MovementRow row(Key k, long[] v, Map<Key, long[]> all) {
    Currency c = Money.currency(k.currency());
    Period p = engine.periods.get(k.period());
    MovementRow.Builder b = new MovementRow.Builder().period(p).complete(engine.close[k.period()]
        .equals(options.scope().startOf(p.end()))).currency(c).putAllGroup(engine.group(k.group()))
        .opening(Money.ofMinor(c, v[OPENING])).newBusiness(Money.ofMinor(c, v[1])).reactivation(Money.ofMinor(c, v[2]))
        .expansion(Money.ofMinor(c, v[3])).contraction(Money.ofMinor(c, v[4])).churn(Money.ofMinor(c, v[5]))
        .closing(Money.ofMinor(c, v[CLOSING])).customersAtOpen(v[AT_OPEN]).customersAtClose(v[AT_CLOSE])
        .newCustomers(v[9]).reactivatedCustomers(v[10]).expandedCustomers(v[11]).contractedCustomers(v[12])
        .churnedCustomers(v[13]).unchangedCustomers(v[14]).inAndOutCustomers(v[15]);
    if (options.scope().reportingCurrency().isPresent() && k.period() > 0) {
      long[] previous = all.get(new Key(k.period() - 1, k.currency(), k.group()));
      b.restatement(Money.ofMinor(c, v[OPENING] - (previous == null ? 0 : previous[CLOSING])));
    }
    return b.build();
  }
}
