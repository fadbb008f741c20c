package dev.revops.forecast.projection;

import dev.revops.core.money.Money;
import dev.revops.core.money.Rounding;
import dev.revops.core.period.Period;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.revenue.BillingLine;
import dev.revops.forecast.revenue.ContractSchedule;
import dev.revops.forecast.revenue.SchedulePeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one record puts in each period, in minor units of its figure currency (its own, or the
 * reporting currency it is converted into): revenue, billings, cash, cost (of revenue and to
 * close) and cost to close; and, for an open deal, its whole (unweighted) revenue and cash per
 * period for the ranges.
 */
final class Projected {
  static final int REVENUE = 0;
  static final int BILLINGS = 1;
  static final int CASH = 2;
  /** Cost of revenue plus cost to close. */
  static final int COST = 3;
  static final int COST_TO_CLOSE = 4;
  static final int FIGURES = 5;

  /**
   * The currency a record's figures are in and the rate from the record's currency into it.
   *
   * @param into the figure currency
   * @param rate units of {@code into} per unit of the record's currency (1 for its own)
   */
  record Fx(Currency into, BigDecimal rate) {
    /** Whether converting from a currency changes nothing. */
    boolean identity(Currency from) {
      return from.equals(into) && rate.compareTo(BigDecimal.ONE) == 0;
    }
  }

  final Currency currency;
  final TreeMap<Period, long[]> figures = new TreeMap<>();
  /** Per period the whole revenue [0] and cash [1] of an open deal, were it won. */
  final TreeMap<Period, long[]> whole = new TreeMap<>();

  private Projected(Currency currency) {
    this.currency = currency;
  }

  private void add(Period period, int figure, long minor) {
    long[] f = figures.computeIfAbsent(period, p -> new long[FIGURES]);
    f[figure] = Math.addExact(f[figure], minor);
  }

  private void addWhole(Period period, int figure, long minor) {
    long[] f = whole.computeIfAbsent(period, p -> new long[2]);
    f[figure] = Math.addExact(f[figure], minor);
  }

  /**
   * An open deal's schedule weighted by its probability: its price (converted) x the probability
   * rounded once ({@link Rounding#MONEY}), split over the schedule's revenue periods and over its
   * invoices by {@link Money#allocate} (so a probability of 1 gives the schedule itself); each
   * invoice's part is collected the template's collection days after the invoice; the cost to
   * close x the probability, rounded once, in the close period.
   *
   * @param closeCost the deal's whole cost to close in the figure currency, exact; empty for none
   */
  static Projected openDeal(ContractSchedule s, BigDecimal probability, RevenueTemplate t, Fx fx,
      Optional<BigDecimal> closeCost, Period closePeriod, Scope scope) {
    Projected out = new Projected(fx.into());
    BigDecimal price = s.finalPrice().getAmount().multiply(fx.rate());
    Money expected = Money.of(fx.into(), price.multiply(probability), Rounding.MONEY);
    boolean same = fx.identity(s.currency());
    Money whole = Money.of(fx.into(), price, Rounding.MONEY);
    List<SchedulePeriod> rows = s.periods();
    List<Long> revenueWeights = rows.stream().map(r -> r.recognized().getAmountMinor()).toList();
    List<Money> revenue = split(expected, revenueWeights);
    List<Money> wholeRevenue = same ? minor(fx.into(), revenueWeights) : split(whole, revenueWeights);
    for (int i = 0; i < rows.size(); i++) {
      out.add(rows.get(i).period(), REVENUE, revenue.get(i).getAmountMinor());
      out.addWhole(rows.get(i).period(), 0, wholeRevenue.get(i).getAmountMinor());
    }
    List<BillingLine> lines = s.billing();
    List<Long> billingWeights = lines.stream().map(l -> l.amount().getAmountMinor()).toList();
    List<Money> billed = split(expected, billingWeights);
    List<Money> wholeBilled = same ? minor(fx.into(), billingWeights) : split(whole, billingWeights);
    for (int i = 0; i < lines.size(); i++) {
      BillingLine l = lines.get(i);
      Period due = scope.periodOf(l.date().plusDays(t.collectionDays()));
      out.add(scope.periodOf(l.date()), BILLINGS, billed.get(i).getAmountMinor());
      out.add(due, CASH, billed.get(i).getAmountMinor());
      out.addWhole(due, 1, wholeBilled.get(i).getAmountMinor());
    }
    closeCost.ifPresent(c -> out.add(closePeriod, COST_TO_CLOSE,
        Money.of(fx.into(), c.multiply(probability), Rounding.MONEY).getAmountMinor()));
    out.cost(t.grossMarginRate());
    return out;
  }

  /**
   * A booked contract's schedule from a period on, exactly: revenue, billings and the cash its
   * payments record; and what is billed but not collected (the latest invoices, payments settling
   * the oldest first) expected its collection days after each invoice, overdue amounts in the
   * first period. Converted figure by figure: each period's exact converted amount rounded so the
   * periods sum to the figure's converted total rounded once. Its cost to close in its booking
   * period, when that is projected.
   *
   * @param closeCost the contract's cost to close in the figure currency, exact; empty for none
   */
  static Projected booked(ContractSchedule s, Period from, int collectionDays, Optional<BigDecimal> marginRate,
      Optional<BigDecimal> closeCost, Period bookingPeriod, Fx fx, Scope scope) {
    Projected own = new Projected(s.currency());
    for (SchedulePeriod r : s.periods()) {
      if (r.period().compareTo(from) >= 0) {
        own.add(r.period(), REVENUE, r.recognized().getAmountMinor());
        own.add(r.period(), BILLINGS, r.billed().getAmountMinor());
        own.add(r.period(), CASH, r.collected().getAmountMinor());
      }
    }
    if (!s.periods().isEmpty()) {
      SchedulePeriod last = s.periods().get(s.periods().size() - 1);
      long outstanding = last.billedToDate().getAmountMinor() - last.collectedToDate().getAmountMinor();
      List<BillingLine> lines = s.billing();
      for (int i = lines.size() - 1; i >= 0 && outstanding > 0; i--) {
        long take = Math.min(outstanding, lines.get(i).amount().getAmountMinor());
        if (take > 0) {
          Period due = scope.periodOf(lines.get(i).date().plusDays(collectionDays));
          own.add(due.compareTo(from) < 0 ? from : due, CASH, take);
          outstanding -= take;
        }
      }
    }
    Projected out = fx.identity(s.currency()) ? own : own.converted(fx);
    if (closeCost.isPresent() && bookingPeriod.compareTo(from) >= 0) {
      out.add(bookingPeriod, COST_TO_CLOSE, Money.of(fx.into(), closeCost.get(), Rounding.MONEY).getAmountMinor());
    }
    out.cost(marginRate);
    return out;
  }

  /** These figures in another currency, each figure rounded keeping its converted total. */
  private Projected converted(Fx fx) {
    Projected out = new Projected(fx.into());
    List<Map.Entry<Period, long[]>> entries = new ArrayList<>(figures.entrySet());
    int from = currency.getDefaultFractionDigits();
    int to = fx.into().getDefaultFractionDigits();
    for (int figure = 0; figure < FIGURES; figure++) {
      int k = figure;
      long[] parts = Money.roundKeepingSum(entries.stream().map(e -> BigDecimal.valueOf(e.getValue()[k], from)
          .multiply(fx.rate()).movePointRight(to)).toList());
      for (int i = 0; i < parts.length; i++) {
        out.add(entries.get(i).getKey(), figure, parts[i]);
      }
    }
    return out;
  }

  /**
   * Cost per period: revenue x (1 - rate), rounded so that the periods sum to the total rounded
   * once, plus the cost to close.
   */
  private void cost(Optional<BigDecimal> marginRate) {
    List<Map.Entry<Period, long[]>> entries = new ArrayList<>(figures.entrySet());
    if (marginRate.isPresent()) {
      BigDecimal costShare = BigDecimal.ONE.subtract(marginRate.get());
      long[] cost = Money.roundKeepingSum(entries.stream()
          .map(e -> BigDecimal.valueOf(e.getValue()[REVENUE]).multiply(costShare)).toList());
      for (int i = 0; i < cost.length; i++) {
        entries.get(i).getValue()[COST] = cost[i];
      }
    }
    for (Map.Entry<Period, long[]> e : entries) {
      long[] f = e.getValue();
      f[COST] = Math.addExact(f[COST], f[COST_TO_CLOSE]);
    }
  }

  /** Amounts in minor units. */
  private static List<Money> minor(Currency currency, List<Long> minor) {
    return minor.stream().map(m -> Money.ofMinor(currency, m)).toList();
  }

  /** An amount split by weights in minor units; all zero when the weights are. */
  private static List<Money> split(Money amount, List<Long> weights) {
    if (weights.stream().allMatch(w -> w == 0)) {
      return weights.stream().map(w -> Money.zero(amount.getCurrency())).toList();
    }
    return amount.allocate(weights.stream().map(BigDecimal::valueOf).toList());
  }
}
