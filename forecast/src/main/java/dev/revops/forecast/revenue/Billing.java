package dev.revops.forecast.revenue;

import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The billing part of a schedule: the plan's invoices, re-spread after each modification so that
 * billing meets the new price, the adjustments and credits that a re-spread cannot place on a future
 * invoice, and the contract's credit notes. Mutable, used by one schedule computation only.
 */
final class Billing {

  /** A planned invoice, before the re-spreads of modifications. */
  private static final class Planned {
    final String id;
    final LocalDate date;
    long amount;

    Planned(String id, LocalDate date, long amount) {
      this.id = id;
      this.date = date;
      this.amount = amount;
    }
  }

  private final Contract contract;
  private final List<Planned> planned = new ArrayList<>();
  private final List<BillingLine> adjustments = new ArrayList<>();

  /** The plan's invoices of the booked price (invoices of nothing are left out). */
  Billing(Contract contract) {
    this.contract = contract;
    long price = contract.transactionPrice().getAmountMinor();
    List<LocalDate> dates = contract.billing().dates();
    List<Long> amounts = new ArrayList<>();
    switch (contract.billing().kind()) {
      case UP_FRONT -> amounts.add(price);
      case PERIODIC -> {
        List<BigDecimal> equal = dates.stream().map(x -> BigDecimal.ONE).toList();
        Allocation.split(money(price), equal, ResidualPolicy.LARGEST_REMAINDER)
            .forEach(p -> amounts.add(p.getAmountMinor()));
      }
      default -> contract.billing().invoices().stream().sorted(Comparator.comparing(ScheduledInvoice::date))
          .forEach(i -> amounts.add(i.amount().getAmountMinor()));
    }
    for (int i = 0; i < dates.size(); i++) {
      if (amounts.get(i) != 0) {
        planned.add(new Planned(contract.id() + "-" + (i + 1), dates.get(i), amounts.get(i)));
      }
    }
  }

  private Money money(long minor) {
    return Money.ofMinor(contract.currency(), minor);
  }

  /**
   * Re-spreads the invoices not issued before {@code day} so that billing meets the new price; what
   * they cannot carry becomes an adjustment (a rise) or a credit (billed beyond the price) on
   * {@code day}.
   */
  void respread(LocalDate day, long newPrice, String modification) {
    long fixed = 0;
    List<Planned> future = new ArrayList<>();
    for (Planned p : planned) {
      if (p.date.isBefore(day)) {
        fixed += p.amount;
      } else {
        future.add(p);
      }
    }
    for (BillingLine a : adjustments) {
      fixed += a.amount().getAmountMinor();
    }
    for (CreditNote n : contract.creditNotes()) {
      fixed -= n.amount().getAmountMinor();
    }
    long left = newPrice - fixed;
    if (!future.isEmpty() && left >= 0) {
      List<BigDecimal> weights = future.stream().map(p -> BigDecimal.valueOf(p.amount)).toList();
      List<Money> parts = Allocation.split(money(left), weights, ResidualPolicy.LARGEST_REMAINDER);
      for (int i = 0; i < future.size(); i++) {
        future.get(i).amount = parts.get(i).getAmountMinor();
      }
      planned.removeIf(p -> p.amount == 0);
      return;
    }
    planned.removeAll(future);
    if (left != 0) {
      int n = adjustments.size() + 1;
      adjustments.add(BillingLine.of(contract.id() + (left > 0 ? "-A" : "-C") + n,
          left > 0 ? BillingLine.Kind.ADJUSTMENT : BillingLine.Kind.CREDIT_NOTE, day, money(left),
          Optional.of(modification)));
    }
  }

  /**
   * The billing documents by date: invoices, adjustments and credit notes, each credit note
   * checked against the invoice it credits, each payment's invoice checked to exist.
   */
  List<BillingLine> documents() {
    List<BillingLine> out = new ArrayList<>();
    planned.forEach(p -> out.add(BillingLine.of(p.id, BillingLine.Kind.INVOICE, p.date, money(p.amount),
        Optional.empty())));
    out.addAll(adjustments);
    Map<String, Long> credited = new HashMap<>();
    for (CreditNote n : contract.creditNotes()) {
      out.add(credit(n, out, credited));
    }
    for (Payment p : contract.payments()) {
      p.invoiceId().ifPresent(id -> {
        if (out.stream().noneMatch(b -> b.id().equals(id))) {
          throw RevenueSchedule.invalid(contract, "payments." + p.id() + ".invoiceId", id,
              "must name an invoice of the contract");
        }
      });
    }
    out.sort(Comparator.comparing(BillingLine::date));
    return out;
  }

  /** A credit note's line, checked to credit no more than its invoice billed and not before it. */
  private BillingLine credit(CreditNote n, List<BillingLine> documents, Map<String, Long> credited) {
    BillingLine invoice = documents.stream().filter(b -> b.id().equals(n.invoiceId()) && b.amount().isPositive())
        .findFirst().orElseThrow(() -> RevenueSchedule.invalid(contract, "creditNotes." + n.id() + ".invoiceId",
            n.invoiceId(), "must name an invoice of the contract"));
    // saturating: credit notes summing beyond a long credit more than any invoice, never a wrapped sum
    long total = credited.merge(n.invoiceId(), n.amount().getAmountMinor(),
        (a, b) -> a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b);
    if (total > invoice.amount().getAmountMinor()) {
      throw RevenueSchedule.invalid(contract, "creditNotes." + n.id() + ".amount", n.amount(),
          "must not credit more than invoice " + n.invoiceId() + " billed (" + invoice.amount() + ")");
    }
    if (n.date().isBefore(invoice.date())) {
      throw RevenueSchedule.invalid(contract, "creditNotes." + n.id() + ".date", n.date(),
          "must not be before invoice " + n.invoiceId() + " of " + invoice.date());
    }
    return BillingLine.of(n.id(), BillingLine.Kind.CREDIT_NOTE, n.date(), n.amount().negated(),
        Optional.of(n.invoiceId()));
  }
}
