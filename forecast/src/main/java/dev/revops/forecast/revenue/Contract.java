package dev.revops.forecast.revenue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.InvalidValueException;
import dev.revops.core.Validation;
import dev.revops.core.deal.Deal;
import dev.revops.core.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A booking: a contract with a customer for a transaction price, made of performance obligations,
 * invoiced by a billing plan, and the events of its life: modifications, credit notes and
 * payments. Everything is in the contract's currency. A contract keeps the {@link ContractBounds}
 * (dates, service length, billing, counts), so that its schedule is computed in bounded time.
 *
 * <pre>{@code
 * Contract c = Contract.builder().id("C42").customer("Acme").currency(Money.currency("USD"))
 *     .bookingDate(LocalDate.parse("2026-01-01")).transactionPrice(Money.parse("USD 80.00"))
 *     .addObligations(phone, internet, television)
 *     .billing(BillingPlan.upFront(LocalDate.parse("2026-01-01")))
 *     .build();
 * Contract fromDeal = Contract.fromWonDeal(wonDeal, List.of(subscription), BillingPlan.upFront(closedDate));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContract.class)
@JsonDeserialize(as = ImmutableContract.class)
public abstract class Contract {

  /** Only the generated implementation extends this class, so every instance is validated. */
  Contract() {}

  /**
   * The contract's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The customer.
   *
   * @return the customer's name or id
   */
  public abstract String customer();

  /**
   * The currency of every amount of the contract.
   *
   * @return the currency
   */
  public abstract Currency currency();

  /**
   * The date the contract was booked: bookings count it then, and no revenue comes before it.
   *
   * @return the booking date
   */
  public abstract LocalDate bookingDate();

  /**
   * The price the customer pays for all the obligations, before any modification.
   *
   * @return the transaction price, not negative
   */
  public abstract Money transactionPrice();

  /**
   * What is promised.
   *
   * @return at least one obligation, unique ids
   */
  public abstract List<PerformanceObligation> obligations();

  /**
   * How the price is invoiced.
   *
   * @return the billing plan
   */
  public abstract BillingPlan billing();

  /**
   * Where the pennies of allocations go.
   *
   * @return largest remainder unless set
   */
  @Value.Default
  public ResidualPolicy residualPolicy() {
    return ResidualPolicy.LARGEST_REMAINDER;
  }

  /**
   * The won deal the contract was booked from.
   *
   * @return its id, if any
   */
  public abstract Optional<String> dealId();

  /**
   * Changes to the contract.
   *
   * @return the modifications, in any order (applied by effective instant, then as listed)
   */
  public abstract List<ContractModification> modifications();

  /**
   * Credit notes against its invoices.
   *
   * @return the credit notes
   */
  public abstract List<CreditNote> creditNotes();

  /**
   * Cash received.
   *
   * @return the payments
   */
  public abstract List<Payment> payments();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds contracts. */
  public static final class Builder extends ImmutableContract.Builder {
    Builder() {}
  }

  /**
   * A contract booked from a won deal: its id, account, amount and closed date.
   *
   * @param deal a won deal with an amount
   * @param obligations what the deal sold (the deal itself does not say)
   * @param billing how it is invoiced
   * @return the contract, with the deal's id as its id and as its deal id
   * @throws InvalidValueException if the deal is not won or has no amount
   */
  public static Contract fromWonDeal(Deal deal, List<PerformanceObligation> obligations, BillingPlan billing) {
    Objects.requireNonNull(deal, "deal");
    if (!deal.isWon()) {
      throw new InvalidValueException("deal", deal.id(), "must be won to be booked", "stage " + deal.stage().id());
    }
    return asIfWon(deal, deal.closedDate().get(), obligations, billing);
  }

  /**
   * The contract a deal would be booked as were it won on a date: what {@link #fromWonDeal} books,
   * for an open deal's projection (its id, account and amount; the date as its booking date).
   *
   * <pre>{@code
   * Contract c = Contract.asIfWon(openDeal, openDeal.expectedCloseDate().get(), obligations, billing);
   * }</pre>
   *
   * @param deal a deal with an amount, in any stage
   * @param closeDate the date it would close won: the booking date
   * @param obligations what the deal would sell
   * @param billing how it would be invoiced
   * @return the contract, with the deal's id as its id and as its deal id
   * @throws InvalidValueException if the deal has no amount, or the contract is invalid
   */
  public static Contract asIfWon(Deal deal, LocalDate closeDate, List<PerformanceObligation> obligations,
      BillingPlan billing) {
    Objects.requireNonNull(deal, "deal");
    Objects.requireNonNull(closeDate, "closeDate");
    Money amount = deal.amount().orElseThrow(() -> new InvalidValueException("deal", deal.id(),
        "must have an amount to be booked"));
    return builder().id(deal.id()).customer(deal.account().orElse(deal.name().orElse(deal.id())))
        .currency(amount.getCurrency()).bookingDate(closeDate).transactionPrice(amount)
        .addAllObligations(obligations).billing(billing).dealId(deal.id()).build();
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("contract " + id());
    v.text("id", id());
    v.text("customer", customer());
    if (!bounded(v)) {
      v.throwIfInvalid();
    }
    v.check(!obligations().isEmpty(), "obligations", 0, "must have at least one performance obligation");
    v.check(!transactionPrice().isNegative(), "transactionPrice", transactionPrice(), "must not be negative");
    currency(v, "transactionPrice", transactionPrice());
    Set<String> ids = new HashSet<>();
    for (PerformanceObligation o : obligations()) {
      v.check(ids.add(o.id()), "obligations", o.id(), "must have unique ids");
      currency(v, "obligations." + o.id() + ".standaloneSellingPrice", o.standaloneSellingPrice());
    }
    v.check(obligations().stream().anyMatch(o -> o.standaloneValue().signum() > 0), "obligations", "0",
        "must have a positive standalone selling price in at least one line: the price is allocated by them");
    if (billing().kind() == BillingPlan.Kind.CUSTOM) {
      Money billed = Money.zero(currency());
      for (ScheduledInvoice i : billing().invoices()) {
        currency(v, "billing.invoices", i.amount());
        if (i.amount().getCurrency().equals(currency())) {
          billed = billed.plus(i.amount());
        }
      }
      v.check(billed.equals(transactionPrice()), "billing.invoices", billed, "must sum to the transaction price "
          + transactionPrice());
    }
    Set<String> lines = new HashSet<>(ids);
    Set<String> events = new HashSet<>();
    modifications().stream().sorted(java.util.Comparator.comparing(ContractModification::effective))
        .forEach(m -> {
          v.check(events.add(m.id()), "modifications", m.id(), "must have unique ids");
          m.priceChange().ifPresent(p -> currency(v, "modifications." + m.id() + ".priceChange", p));
          m.added().ifPresent(o -> {
            v.check(lines.add(o.id()), "modifications." + m.id() + ".added", o.id(),
                "must not reuse an obligation id");
            currency(v, "modifications." + m.id() + ".added.standaloneSellingPrice", o.standaloneSellingPrice());
          });
          m.obligationId().ifPresent(o -> v.check(lines.contains(o), "modifications." + m.id() + ".obligationId", o,
              "must name an obligation of the contract"));
          v.check(!m.effective().isBefore(bookingDate().atStartOfDay(java.time.ZoneOffset.MAX).toInstant()),
              "modifications." + m.id() + ".effective", m.effective(), "must not be before the booking date "
                  + bookingDate());
        });
    for (CreditNote n : creditNotes()) {
      v.check(events.add(n.id()), "creditNotes", n.id(), "must have unique ids among modifications and credit notes");
      currency(v, "creditNotes." + n.id() + ".amount", n.amount());
      v.check(!n.date().isBefore(bookingDate()), "creditNotes." + n.id() + ".date", n.date(),
          "must not be before the booking date " + bookingDate());
    }
    Set<String> paid = new HashSet<>();
    for (Payment p : payments()) {
      v.check(paid.add(p.id()), "payments", p.id(), "must have unique ids");
      currency(v, "payments." + p.id() + ".amount", p.amount());
    }
    v.throwIfInvalid();
  }

  /**
   * Checks the {@link ContractBounds} a contract as a whole keeps (its parts check their own).
   *
   * @return whether the counts are within bounds, so the rest of the checks may walk the lists
   */
  private boolean bounded(Validation v) {
    ContractBounds.date(v, "bookingDate", bookingDate());
    long added = modifications().stream().filter(m -> m.added().isPresent()).count();
    long changes = modifications().size() + creditNotes().stream().filter(n -> n.treatment().isPresent()).count();
    ContractBounds.count(v, "obligations", (int) Math.min(Integer.MAX_VALUE, obligations().size() + added),
        ContractBounds.MAX_OBLIGATIONS, "obligations, with those modifications add");
    ContractBounds.count(v, "modifications", (int) Math.min(Integer.MAX_VALUE, changes), ContractBounds.MAX_CHANGES,
        "changes: modifications and credit notes with a treatment");
    ContractBounds.count(v, "creditNotes", creditNotes().size(), ContractBounds.MAX_CREDIT_NOTES, "credit notes");
    ContractBounds.count(v, "payments", payments().size(), ContractBounds.MAX_PAYMENTS, "payments");
    if (v.hasViolations()) {
      return false;
    }
    java.util.Map<String, java.time.Instant> starts = new java.util.HashMap<>();
    java.time.Instant firstStart = java.time.Instant.MAX;
    java.time.Instant lastEnd = java.time.Instant.MIN;
    List<PerformanceObligation> all = new java.util.ArrayList<>(obligations());
    modifications().forEach(m -> m.added().ifPresent(all::add));
    for (PerformanceObligation o : all) {
      starts.putIfAbsent(o.id(), o.service().start());
      firstStart = o.service().start().isBefore(firstStart) ? o.service().start() : firstStart;
      lastEnd = max(lastEnd, o.service().end());
    }
    for (ContractModification m : modifications()) {
      if (m.serviceEnd().isPresent() && m.obligationId().isPresent() && starts.containsKey(m.obligationId().get())) {
        java.time.Instant start = starts.get(m.obligationId().get());
        v.check(!m.serviceEnd().get().isAfter(ContractBounds.latestEnd(start)), "modifications." + m.id() + ".serviceEnd",
            m.serviceEnd().get(), "must be at most " + ContractBounds.MAX_SERVICE_YEARS
                + " years after the service start (contract bounds)", "start is " + start);
        lastEnd = max(lastEnd, m.serviceEnd().get());
      }
    }
    if (billing().kind() == BillingPlan.Kind.PERIODIC) {
      int count = billing().count().get();
      BillingInterval interval = billing().interval().get();
      int spanned = ContractBounds.periodsSpanned(firstStart, lastEnd, interval);
      v.check(count <= spanned, "billing.count", count, "must not bill beyond the service: it spans " + spanned + " "
          + interval.name().toLowerCase(java.util.Locale.ROOT) + " billing period" + (spanned == 1 ? "" : "s")
          + " from " + firstStart + " to " + lastEnd + " (contract bounds; bill longer terms with a custom plan)");
    }
    return true;
  }

  private static java.time.Instant max(java.time.Instant a, java.time.Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private void currency(Validation v, String field, Money m) {
    v.check(m.getCurrency().equals(currency()), field, m, "must be in the contract's currency " + currency());
  }
}
