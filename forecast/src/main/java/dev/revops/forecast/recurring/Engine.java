package dev.revops.forecast.recurring;

import dev.revops.core.money.Rounding;
import dev.revops.core.money.ExchangeRateTable;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import dev.revops.core.scope.Scope;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reading of customers' histories that every accumulator of this package shares: a customer
 * cut into units (one per currency, or one in the reporting currency; and one per product when
 * grouping by product), and per unit and period its opening and closing MRR, its movement and what
 * happened inside the period.
 */
final class Engine {
  /** One customer's MRR that is classified on its own. */
  record Unit(String customer, Currency currency, List<String> group, Timeline presence,
      Map<Currency, Timeline> amounts) {}

  /**
   * A unit in one period: MRR at both ends (minor units of the unit's currency), presence at both
   * ends, the movement and its amount, and the events inside the period.
   */
  record Facts(boolean priced, long opening, long closing, boolean openPresent, boolean closePresent,
      MovementKind kind, long amount, boolean joined, int churns, int returns) {
    boolean active() {
      return openPresent || closePresent || joined || churns > 0 || returns > 0;
    }
  }

  final RecurringOptions options;
  final Scope scope;
  final List<Period> periods;
  final Instant[] open;
  final Instant[] close;
  final LocalDate[] rateDay;
  final Optional<Currency> reporting;
  final int productIndex;

  Engine(RecurringOptions options) {
    this.options = options;
    this.scope = options.scope();
    this.periods = options.periods();
    int n = periods.size();
    open = new Instant[n];
    close = new Instant[n];
    rateDay = new LocalDate[n];
    for (int i = 0; i < n; i++) {
      open[i] = options.open(periods.get(i));
      close[i] = options.close(periods.get(i));
      rateDay[i] = LocalDate.ofInstant(close[i].minusNanos(1), scope.zone());
    }
    reporting = scope.reportingCurrency();
    productIndex = options.groupBy().indexOf(RecurringOptions.PRODUCT);
  }

  /** The customer's cohort: the period of its first revenue. */
  Period cohort(CustomerHistory h) {
    return scope.periodOf(h.lines().get(0).start());
  }

  /** The customer's units. */
  List<Unit> units(CustomerHistory h) {
    SortedMap<String, String> attributes = h.attributes();
    String cohort = cohort(h).label();
    Function<MrrLine, String> slice = l -> productIndex < 0 ? "" : l.product().orElse(RecurringOptions.NONE);
    Function<MrrLine, String> currency = l -> reporting.orElse(l.monthly().getCurrency()).getCurrencyCode();
    Map<String, List<MrrLine>> byUnit = h.lines().stream().collect(Collectors.groupingBy(
        l -> currency.apply(l) + "\u0000" + slice.apply(l), TreeMap::new, Collectors.toList()));
    List<Unit> out = new ArrayList<>();
    byUnit.forEach((key, lines) -> {
      List<String> group = new ArrayList<>();
      for (String g : options.groupBy()) {
        group.add(g.equals(RecurringOptions.PRODUCT) ? slice.apply(lines.get(0))
            : g.equals(RecurringOptions.COHORT) ? cohort : attributes.getOrDefault(g, RecurringOptions.NONE));
      }
      Map<Currency, Timeline> amounts = new TreeMap<>((a, b) -> a.getCurrencyCode().compareTo(b.getCurrencyCode()));
      lines.stream().collect(Collectors.groupingBy(l -> l.monthly().getCurrency())).forEach((c, ls) ->
          amounts.put(c, Timeline.of(ls)));
      out.add(new Unit(h.customer(), Money.currency(currency.apply(lines.get(0))), List.copyOf(group),
          Timeline.presence(lines), amounts));
    });
    return out;
  }

  /** The group of a unit as dimension name to value. */
  SortedMap<String, String> group(List<String> values) {
    SortedMap<String, String> g = new TreeMap<>();
    for (int i = 0; i < values.size(); i++) {
      g.put(options.groupBy().get(i), values.get(i));
    }
    return g;
  }

  /** The customer and the pair without a rate, for a unit whose facts are not priced in period {@code p}. */
  String missingRate(Unit u, int p) {
    for (Currency c : u.amounts().keySet()) {
      if (!c.equals(u.currency()) && scope.exchangeRates().rate(c, u.currency(), rateDay[p]).isEmpty()) {
        return u.customer() + " " + c.getCurrencyCode() + " to " + u.currency().getCurrencyCode() + " on " + rateDay[p];
      }
    }
    return u.customer();
  }

  /**
   * A unit in period {@code p}. When its MRR cannot be converted, the facts are not priced (amounts
   * zero; {@link #missingRate} names the pair).
   */
  Facts facts(Unit u, int p) {
    long opening = 0;
    long closing = 0;
    boolean priced = true;
    for (Map.Entry<Currency, Timeline> e : u.amounts().entrySet()) {
      Timeline t = e.getValue();
      if (e.getKey().equals(u.currency())) {
        opening = Math.addExact(opening, t.before(open[p]));
        closing = Math.addExact(closing, t.before(close[p]));
        continue;
      }
      Optional<long[]> both = converted(e.getKey(), u.currency(), p, t.before(open[p]), t.before(close[p]));
      if (both.isEmpty()) {
        priced = false;
        opening = 0;
        closing = 0;
        break;
      }
      opening = Math.addExact(opening, both.get()[0]);
      closing = Math.addExact(closing, both.get()[1]);
    }
    Timeline presence = u.presence();
    boolean openPresent = presence.before(open[p]) > 0;
    boolean closePresent = presence.before(close[p]) > 0;
    Instant first = presence.firstPositive();
    boolean joined = first != null && !first.isBefore(open[p]) && first.isBefore(close[p]);
    int churns = presence.fallsToZero(open[p], close[p]);
    int rises = presence.risesFromZero(open[p], close[p]);
    int returns = joined ? rises - 1 : rises;
    MovementKind kind;
    long amount;
    if (!openPresent && closePresent) {
      kind = paidBefore(presence, p) ? MovementKind.REACTIVATION : MovementKind.NEW;
      amount = closing;
    } else if (openPresent && !closePresent) {
      kind = MovementKind.CHURN;
      amount = opening;
    } else if (closing > opening) {
      kind = MovementKind.EXPANSION;
      amount = closing - opening;
    } else if (closing < opening) {
      kind = MovementKind.CONTRACTION;
      amount = opening - closing;
    } else {
      kind = MovementKind.UNCHANGED;
      amount = 0;
    }
    return new Facts(priced, opening, closing, openPresent, closePresent, kind, amount, joined, churns, returns);
  }

  /** The rolling window of {@code days} days ending at period {@code p}'s close. */
  Instant windowStart(int p, int days) {
    return close[p].atZone(scope.zone()).minusDays(days).toInstant();
  }

  /** Whether a unit absent at period {@code p}'s opening counts as a former customer there. */
  private boolean paidBefore(Timeline presence, int p) {
    Instant first = presence.firstPositive();
    if (first == null || !first.isBefore(open[p])) {
      return false;
    }
    Optional<Integer> away = options.rules().newAfterMonthsAway();
    if (away.isEmpty()) {
      return true;
    }
    Instant left = presence.lastFallBefore(open[p]);
    Instant limit = scope.startOf(periods.get(p).start().minusMonths(away.get()));
    return left == null || left.isAfter(limit);
  }

  /** Opening and closing amounts in the unit's currency, or empty without a rate. */
  private Optional<long[]> converted(Currency from, Currency to, int p, long opening, long closing) {
    if (from.equals(to)) {
      return Optional.of(new long[] {opening, closing});
    }
    ExchangeRateTable rates = scope.exchangeRates();
    if (rates.rate(from, to, rateDay[p]).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new long[] {convert(rates, from, to, p, opening), convert(rates, from, to, p, closing)});
  }

  private long convert(ExchangeRateTable rates, Currency from, Currency to, int p, long minor) {
    return rates.convert(Money.ofMinor(from, minor), to, rateDay[p], Rounding.MONEY).getAmountMinor();
  }
}
