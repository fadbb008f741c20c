package dev.revops.forecast.revenue;

import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A foreign-currency contract in the functional currency, period by period: billings at their
 * invoice dates' rates (a credit note at its invoice's), revenue at the rates of the invoices that
 * billed it, first billed first recognized (revenue not yet billed at the period end's rate, and
 * remeasured when billed), cash at the payment dates' rates with the FX gain or loss of each
 * settlement. Periods must be asked for in order.
 */
final class FunctionalLedger {
  /** Billed amount not yet matched by revenue (or revenue not yet matched by billing), at a rate. */
  private static final class Layer {
    long amount;
    final BigDecimal rate;

    Layer(long amount, BigDecimal rate) {
      this.amount = amount;
      this.rate = rate;
    }
  }

  /** An invoice not yet fully paid. */
  private static final class Open {
    final String id;
    long amount;
    final BigDecimal rate;

    Open(String id, long amount, BigDecimal rate) {
      this.id = id;
      this.amount = amount;
      this.rate = rate;
    }
  }

  private final Contract contract;
  private final RevenueOptions options;
  private final Currency functional;
  private final List<BillingLine> billing;
  private final Deque<Layer> billed = new ArrayDeque<>();
  private final Deque<Layer> unbilled = new ArrayDeque<>();
  private final List<Open> open = new ArrayList<>();
  private final Map<String, BigDecimal> invoiceRates = new HashMap<>();
  private BigDecimal lastRate;
  /** The FX gain or loss of the period being computed. */
  private BigDecimal fx = BigDecimal.ZERO;

  FunctionalLedger(Contract contract, RevenueOptions options, List<BillingLine> billing, Currency functional) {
    this.contract = contract;
    this.options = options;
    this.billing = billing;
    this.functional = functional;
  }

  private BigDecimal rate(LocalDate on) {
    return RevenueSchedule.rate(options, contract.id(), contract.currency(), functional, on);
  }

  private Money money(BigDecimal amount) {
    return Money.ofMinor(functional, RevenueSchedule.round(amount, functional));
  }

  private BigDecimal major(long minor) {
    return BigDecimal.valueOf(minor, contract.currency().getDefaultFractionDigits());
  }

  /** The functional figures of the next period, given the revenue recognized in it (contract currency, minor). */
  FunctionalFigures period(Period p, long recognized) {
    fx = BigDecimal.ZERO;
    BigDecimal billedF = bill(p);
    BigDecimal revenueF = recognize(p, recognized);
    BigDecimal collectedF = collect(p);
    return new FunctionalFigures.Builder().recognized(money(revenueF)).billed(money(billedF))
        .collected(money(collectedF)).fxGainLoss(money(fx)).build();
  }

  /** The period's billing documents at their rates (a credit note at its invoice's); returns the billed sum. */
  private BigDecimal bill(Period p) {
    BigDecimal billedF = BigDecimal.ZERO;
    for (BillingLine b : billing) {
      if (!p.contains(b.date())) {
        continue;
      }
      long amount = b.amount().getAmountMinor();
      BigDecimal r = b.reference().filter(ref -> amount < 0).map(invoiceRates::get).orElse(rate(b.date()));
      if (r == null) {
        r = rate(b.date());
      }
      billedF = billedF.add(major(amount).multiply(r));
      if (amount > 0) {
        invoice(b.id(), amount, r);
      } else if (amount < 0) {
        unbill(-amount, b.reference().orElse(""));
      }
    }
    return billedF;
  }

  /** An invoice at a rate: it first repays revenue recognized before it was billed (remeasured at this rate). */
  private void invoice(String id, long amount, BigDecimal r) {
    invoiceRates.put(id, r);
    open.add(new Open(id, amount, r));
    long left = amount;
    while (left > 0 && !unbilled.isEmpty()) {
      Layer u = unbilled.peekFirst();
      long take = Math.min(left, u.amount);
      fx = fx.add(major(take).multiply(r.subtract(u.rate)));
      u.amount -= take;
      left -= take;
      if (u.amount == 0) {
        unbilled.removeFirst();
      }
    }
    if (left > 0) {
      billed.addLast(new Layer(left, r));
    }
  }

  /** The period's revenue at the rates of the invoices that billed it, first billed first recognized. */
  private BigDecimal recognize(Period p, long recognized) {
    BigDecimal revenueF = BigDecimal.ZERO;
    BigDecimal endRate = rate(p.end().minusDays(1));
    if (recognized < 0) {
      BigDecimal r = lastRate != null ? lastRate : endRate;
      billed.addFirst(new Layer(-recognized, r));
      return major(recognized).multiply(r);
    }
    long left = recognized;
    while (left > 0 && !billed.isEmpty()) {
      Layer l = billed.peekFirst();
      long take = Math.min(left, l.amount);
      revenueF = revenueF.add(major(take).multiply(l.rate));
      lastRate = l.rate;
      l.amount -= take;
      left -= take;
      if (l.amount == 0) {
        billed.removeFirst();
      }
    }
    if (left > 0) {
      revenueF = revenueF.add(major(left).multiply(endRate));
      unbilled.addLast(new Layer(left, endRate));
    }
    return revenueF;
  }

  /** The period's payments at their rates, each settling its invoice (else the oldest open) with its FX. */
  private BigDecimal collect(Period p) {
    BigDecimal collectedF = BigDecimal.ZERO;
    for (Payment pay : contract.payments()) {
      if (!p.contains(pay.date())) {
        continue;
      }
      BigDecimal r = rate(pay.date());
      collectedF = collectedF.add(major(pay.amount().getAmountMinor()).multiply(r));
      long left = pay.amount().getAmountMinor();
      List<Open> order = new ArrayList<>(open);
      pay.invoiceId().ifPresent(id -> order.sort((a, b) -> Boolean.compare(!a.id.equals(id), !b.id.equals(id))));
      for (Open o : order) {
        if (left == 0) {
          break;
        }
        long take = Math.min(left, o.amount);
        fx = fx.add(major(take).multiply(r.subtract(o.rate)));
        o.amount -= take;
        left -= take;
      }
      open.removeIf(o -> o.amount == 0);
      // an overpayment has no invoice to settle: it is cash at its own rate, no FX
    }
    return collectedF;
  }

  /** A credit note takes back billing not yet recognized (newest first) and what is still owed on its invoice. */
  private void unbill(long amount, String invoiceId) {
    long left = amount;
    while (left > 0 && !billed.isEmpty()) {
      Layer l = billed.peekLast();
      long take = Math.min(left, l.amount);
      l.amount -= take;
      left -= take;
      if (l.amount == 0) {
        billed.removeLast();
      }
    }
    if (left > 0) {
      unbilled.addFirst(new Layer(left, invoiceRates.getOrDefault(invoiceId, lastRate == null ? BigDecimal.ONE
          : lastRate)));
    }
    long owed = amount;
    for (Open o : open) {
      if (o.id.equals(invoiceId) && owed > 0) {
        long take = Math.min(owed, o.amount);
        o.amount -= take;
        owed -= take;
      }
    }
    open.removeIf(o -> o.amount == 0);
  }
}
