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
 * What one record puts in each period, in minor units of its currency: revenue, billings, cash and
 * cost; and, for an open deal, its whole (unweighted) revenue and cash per period for the ranges.
 */
final class Projected {
  static final int REVENUE = 0;
  static final int BILLINGS = 1;
  static final int CASH = 2;
  static final int COST = 3;
  static final int FIGURES = 4;

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
   * An open deal's schedule weighted by its probability: its price x the probability rounded once
   * ({@link Rounding#MONEY}), split over the schedule's revenue periods and over its invoices by
   * {@link Money#allocate} (so a probability of 1 gives the schedule itself); each invoice's part
   * is collected its payment terms after the invoice.
   */
  static Projected openDeal(ContractSchedule s, BigDecimal probability, int paymentTermsDays,
      Optional<BigDecimal> marginRate, Scope scope) {
    Projected out = new Projected(s.currency());
    Money expected = Money.of(s.currency(), s.finalPrice().getAmount().multiply(probability), Rounding.MONEY);
    List<SchedulePeriod> rows = s.periods();
    List<Money> revenue = split(expected, rows.stream().map(r -> r.recognized().getAmountMinor()).toList());
    for (int i = 0; i < rows.size(); i++) {
      out.add(rows.get(i).period(), REVENUE, revenue.get(i).getAmountMinor());
      out.addWhole(rows.get(i).period(), 0, rows.get(i).recognized().getAmountMinor());
    }
    List<BillingLine> lines = s.billing();
    List<Money> billed = split(expected, lines.stream().map(l -> l.amount().getAmountMinor()).toList());
    for (int i = 0; i < lines.size(); i++) {
      BillingLine l = lines.get(i);
      Period due = scope.periodOf(l.date().plusDays(paymentTermsDays));
      out.add(scope.periodOf(l.date()), BILLINGS, billed.get(i).getAmountMinor());
      out.add(due, CASH, billed.get(i).getAmountMinor());
      out.addWhole(due, 1, l.amount().getAmountMinor());
    }
    marginRate.ifPresent(out::cost);
    return out;
  }

  /**
   * A booked contract's schedule from a period on, exactly: revenue, billings and the cash its
   * payments record; and what is billed but not collected (the latest invoices, payments settling
   * the oldest first) expected its payment terms after each invoice, overdue amounts in the first
   * period.
   */
  static Projected booked(ContractSchedule s, Period from, int paymentTermsDays, Optional<BigDecimal> marginRate,
      Scope scope) {
    Projected out = new Projected(s.currency());
    for (SchedulePeriod r : s.periods()) {
      if (r.period().compareTo(from) >= 0) {
        out.add(r.period(), REVENUE, r.recognized().getAmountMinor());
        out.add(r.period(), BILLINGS, r.billed().getAmountMinor());
        out.add(r.period(), CASH, r.collected().getAmountMinor());
      }
    }
    if (!s.periods().isEmpty()) {
      SchedulePeriod last = s.periods().get(s.periods().size() - 1);
      long outstanding = last.billedToDate().getAmountMinor() - last.collectedToDate().getAmountMinor();
      List<BillingLine> lines = s.billing();
      for (int i = lines.size() - 1; i >= 0 && outstanding > 0; i--) {
        long take = Math.min(outstanding, lines.get(i).amount().getAmountMinor());
        if (take > 0) {
          Period due = scope.periodOf(lines.get(i).date().plusDays(paymentTermsDays));
          out.add(due.compareTo(from) < 0 ? from : due, CASH, take);
          outstanding -= take;
        }
      }
    }
    marginRate.ifPresent(out::cost);
    return out;
  }

  /** Cost per period: revenue x (1 - rate), rounded so that the periods sum to the total rounded once. */
  private void cost(BigDecimal marginRate) {
    BigDecimal costShare = BigDecimal.ONE.subtract(marginRate);
    List<Map.Entry<Period, long[]>> entries = new ArrayList<>(figures.entrySet());
    long[] cost = Money.roundKeepingSum(entries.stream()
        .map(e -> BigDecimal.valueOf(e.getValue()[REVENUE]).multiply(costShare)).toList());
    for (int i = 0; i < cost.length; i++) {
      entries.get(i).getValue()[COST] = cost[i];
    }
  }

  /** An amount split by weights in minor units; all zero when the weights are. */
  private static List<Money> split(Money amount, List<Long> weights) {
    if (weights.stream().allMatch(w -> w == 0)) {
      return weights.stream().map(w -> Money.zero(amount.getCurrency())).toList();
    }
    return amount.allocate(weights.stream().map(BigDecimal::valueOf).toList());
  }
}
