package dev.revops.forecast.recurring;

import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.Rounding;
import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Churn and retention rates of several {@link RetentionDefinition}s side by side, per period,
 * currency and group (and in total), as an accumulator: {@link #add} one {@link CustomerHistory}
 * per customer, {@link #merge}, read the {@link #result}. Numerators and denominators are exact
 * integer sums (minor units or customer counts), so any split gives the result of one pass; the
 * rate is rounded once, at the end.
 *
 * <p>Each customer (per currency, per product when grouping by product) is classified per period
 * as in {@link MrrMovements}, with what happened inside the period (joined, churned, came back);
 * a definition's rules may leave a customer out, and the row says who and why. A customer given
 * twice is refused. Not thread-safe.
 *
 * <pre>{@code
 * RetentionRates rates = new RetentionRates(options, RetentionDefinitions.ALL);
 * histories.forEach(rates::add);
 * rates.result().metricValues();   // every rate, citing its definition
 * }</pre>
 */
public final class RetentionRates implements Accumulator<CustomerHistory, RetentionResult, RetentionRates> {
  private record Key(int definition, int period, String currency, List<String> group) {}

  private record Unit(int definition, String currency, List<String> group) {}

  private static final class Cell {
    long numerator;
    long denominator;
    long counted;
    final ExclusionTally excluded;

    Cell(int examples) {
      excluded = new ExclusionTally(examples);
    }
  }

  private final RecurringOptions options;
  private final List<RetentionDefinition> definitions;
  private final Engine engine;
  /** Per definition, currency and group, a cell per period (made when first needed). */
  private final Map<Unit, Cell[]> cells = new HashMap<>();
  private final OncePerCustomer customers = new OncePerCustomer();

  /**
   * An empty accumulator.
   *
   * @param options the scope, periods, grouping and movement rules
   * @param definitions the definitions to compute, at least one, distinct ids and versions
   */
  public RetentionRates(RecurringOptions options, List<RetentionDefinition> definitions) {
    this.options = Objects.requireNonNull(options, "options");
    this.definitions = List.copyOf(Objects.requireNonNull(definitions, "definitions"));
    if (this.definitions.isEmpty()) {
      throw new IllegalArgumentException("give at least one retention definition");
    }
    if (this.definitions.stream().map(RetentionDefinition::ref).distinct().count() != this.definitions.size()) {
      throw new IllegalArgumentException("retention definitions must not repeat an id and version: " + definitions);
    }
    this.engine = new Engine(options);
  }

  @Override
  public void add(CustomerHistory history) {
    Objects.requireNonNull(history, "history");
    customers.add(history.customer());
    for (Engine.Unit u : engine.units(history)) {
      Cell[][] unit = new Cell[definitions.size()][];
      for (int p = 0; p < engine.periods.size(); p++) {
        Engine.Facts f = engine.facts(u, p);
        for (int d = 0; d < definitions.size(); d++) {
          RetentionDefinition def = definitions.get(d);
          if (def.kind() == RetentionKind.SUBSCRIBER_CHURN_ROLLING) {
            rolling(unit, d, def, u, p);
          } else if (f.active()) {
            if (def.kind().isMoney() && !f.priced()) {
              cell(unit, d, p, u).excluded.add("no exchange rate to the reporting currency", engine.missingRate(u, p));
            } else {
              period(cell(unit, d, p, u), def, u, f);
            }
          }
        }
      }
    }
  }

  /** The cell of a unit's group for a definition and period, looked up once per unit and definition. */
  private Cell cell(Cell[][] unit, int d, int p, Engine.Unit u) {
    if (unit[d] == null) {
      unit[d] = cells.computeIfAbsent(new Unit(d, u.currency().getCurrencyCode(), u.group()),
          k -> new Cell[engine.periods.size()]);
    }
    if (unit[d][p] == null) {
      unit[d][p] = new Cell(options.scope().exampleLimit());
    }
    return unit[d][p];
  }

  private void period(Cell c, RetentionDefinition def, Engine.Unit u, Engine.Facts f) {
    long loss = f.kind() == MovementKind.CHURN || f.kind() == MovementKind.CONTRACTION ? f.amount() : 0;
    long gain = f.kind() == MovementKind.EXPANSION ? f.amount() : 0;
    boolean reactivated = f.kind() == MovementKind.REACTIVATION;
    if (def.kind() == RetentionKind.CUSTOMER_CHURN) {
      customers(def, c, u, f);
      return;
    }
    if (f.kind() == MovementKind.NEW) {
      c.excluded.add("new in the period (not in the opening MRR)", u.customer());
      return;
    }
    boolean withReactivation = def.includeReactivation() && reactivated;
    if (reactivated && !withReactivation) {
      c.excluded.add("reactivated in the period (left out by this definition)", u.customer());
      return;
    }
    if (!f.openPresent() && !withReactivation) {
      return;
    }
    c.counted++;
    c.denominator = Math.addExact(c.denominator, f.opening());
    long reactivation = withReactivation ? f.amount() : 0;
    long numerator = switch (def.kind()) {
      case GROSS_MRR_CHURN -> loss;
      case NET_MRR_CHURN -> loss - gain - reactivation;
      case GROSS_REVENUE_RETENTION -> f.opening() - loss;
      default -> f.opening() + gain + reactivation - loss;
    };
    c.numerator = Math.addExact(c.numerator, numerator);
  }

  private void customers(RetentionDefinition def, Cell c, Engine.Unit u, Engine.Facts f) {
    if (f.openPresent()) {
      c.denominator++;
      c.counted++;
    }
    if (f.churns() == 0) {
      return;
    }
    if (def.excludeJoinedAndChurned() && f.joined()) {
      c.excluded.add("joined and churned in the period", u.customer());
    } else if (def.excludeChurnedAndReactivated() && f.returns() > 0) {
      c.excluded.add("churned and reactivated in the period", u.customer());
    } else {
      c.numerator++;
    }
  }

  private void rolling(Cell[][] unit, int d, RetentionDefinition def, Engine.Unit u, int p) {
    Instant from = engine.windowStart(p, def.windowDays().orElseThrow());
    Instant to = engine.close[p];
    Timeline presence = u.presence();
    boolean atStart = presence.before(from) > 0;
    Instant first = presence.firstPositive();
    boolean isNew = first != null && !first.isBefore(from) && first.isBefore(to);
    int churns = presence.fallsToZero(from, to);
    if (!atStart && !isNew && churns == 0) {
      return;
    }
    Cell c = cell(unit, d, p, u);
    c.numerator += churns;
    c.denominator += (atStart ? 1 : 0) + (isNew ? 1 : 0);
    c.counted += atStart || isNew ? 1 : 0;
    if (!atStart && !isNew) {
      c.excluded.add("came back and churned again in the window (a churn, not in the denominator)", u.customer());
    }
  }

  @Override
  public RetentionRates merge(RetentionRates other) {
    MergeCheck.of("retention rates", this, other).same("options", options, other.options)
        .same("definitions", definitions, other.definitions);
    customers.merge(other.customers);
    other.cells.forEach((k, os) -> {
      Cell[] cs = cells.computeIfAbsent(k, x -> new Cell[os.length]);
      for (int p = 0; p < os.length; p++) {
        if (os[p] != null) {
          if (cs[p] == null) {
            cs[p] = new Cell(options.scope().exampleLimit());
          }
          add(cs[p], os[p]);
        }
      }
    });
    return this;
  }

  @Override
  public RetentionResult result() {
    Comparator<Key> order = Comparator.comparingInt(Key::definition).thenComparingInt(Key::period)
        .thenComparing(Key::currency).thenComparing(k -> k.group().isEmpty() ? "" : "\u0001"
            + String.join("\u0000", k.group()));
    TreeMap<Key, Cell> all = new TreeMap<>(order);
    cells.forEach((u, cs) -> {
      for (int p = 0; p < cs.length; p++) {
        if (cs[p] == null) {
          continue;
        }
        all.put(new Key(u.definition(), p, u.currency(), u.group()), cs[p]);
        if (!options.groupBy().isEmpty()) {
          add(all.computeIfAbsent(new Key(u.definition(), p, u.currency(), List.of()),
              x -> new Cell(options.scope().exampleLimit())), cs[p]);
        }
      }
    });
    RetentionResult.Builder b = new RetentionResult.Builder().addAllDefinitions(definitions)
        .addAllGroupBy(options.groupBy()).customers(customers.size()).asOfDate(options.scope().asOfDate())
        .addAllBasedOn(options.basedOn());
    all.forEach((k, c) -> b.addRows(row(k, c)));
    for (int d = 0; d < definitions.size(); d++) {
      b.addProvenances(provenance(d));
    }
    return b.build();
  }

  /**
   * Where one definition's rates come from: the definition, what the options are based on, the
   * customer-periods counted over every group, and those left out by reason.
   */
  private Provenance provenance(int d) {
    ExclusionTally excluded = new ExclusionTally(options.scope().exampleLimit());
    long counted = 0;
    for (Map.Entry<Unit, Cell[]> e : cells.entrySet()) {
      if (e.getKey().definition() != d) {
        continue;
      }
      for (Cell c : e.getValue()) {
        if (c != null) {
          counted += c.counted;
          excluded.merge(c.excluded);
        }
      }
    }
    return Provenance.builder().definition(definitions.get(d).ref()).addAllBasedOn(options.basedOn())
        .asOf(options.scope().asOf()).counted(counted).addAllExcluded(excluded.result()).build();
  }

  private static void add(Cell into, Cell from) {
    into.numerator = Math.addExact(into.numerator, from.numerator);
    into.denominator = Math.addExact(into.denominator, from.denominator);
    into.counted += from.counted;
    into.excluded.merge(from.excluded);
  }

  private RateRow row(Key k, Cell c) {
    RetentionDefinition def = definitions.get(k.definition());
    Currency currency = Money.currency(k.currency());
    BigDecimal num = amount(def, currency, c.numerator);
    BigDecimal den = amount(def, currency, c.denominator);
    RateRow.Builder b = new RateRow.Builder().definition(def.ref()).period(engine.periods.get(k.period()))
        .complete(engine.close[k.period()].equals(options.scope().startOf(engine.periods.get(k.period()).end())))
        .from(def.kind() == RetentionKind.SUBSCRIBER_CHURN_ROLLING
            ? engine.windowStart(k.period(), def.windowDays().orElseThrow()) : engine.open[k.period()])
        .to(engine.close[k.period()]).currency(currency).putAllGroup(engine.group(k.group())).numerator(num)
        .denominator(den).counted(c.counted).addAllExcluded(c.excluded.result());
    if (c.denominator > 0) {
      b.rate(BigDecimal.valueOf(c.numerator).divide(BigDecimal.valueOf(c.denominator), RateRow.SCALE, Rounding.RATIO));
    }
    return b.build();
  }

  private static BigDecimal amount(RetentionDefinition def, Currency currency, long value) {
    return def.kind().isMoney() ? Money.ofMinor(currency, value).getAmount() : BigDecimal.valueOf(value);
  }

  /**
   * Lists the definitions computed.
   *
   * @return the definitions, in the order given
   */
  public List<RetentionDefinition> definitions() {
    return new ArrayList<>(definitions);
  }
}
