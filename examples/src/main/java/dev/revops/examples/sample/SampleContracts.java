package dev.revops.examples.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.revops.core.deal.Deal;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.money.Money;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.revenue.BillingInterval;
import dev.revops.forecast.revenue.BillingLine;
import dev.revops.forecast.revenue.BillingPlan;
import dev.revops.forecast.revenue.BillingTiming;
import dev.revops.forecast.revenue.Contract;
import dev.revops.forecast.revenue.ContractSchedule;
import dev.revops.forecast.revenue.ContractModification;
import dev.revops.forecast.revenue.CreditNote;
import dev.revops.forecast.revenue.Milestone;
import dev.revops.forecast.revenue.Payment;
import dev.revops.forecast.revenue.PerformanceObligation;
import dev.revops.forecast.revenue.RatableConvention;
import dev.revops.forecast.revenue.RecognitionPattern;
import dev.revops.forecast.revenue.RevenueOptions;
import dev.revops.forecast.revenue.RevenueSchedule;
import dev.revops.forecast.revenue.ServicePeriod;
import dev.revops.forecast.revenue.Treatment;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The sample's contracts: one booking per won deal of the sample, as a B2B software company books
 * them. A twelve-month subscription (by whole days for Enterprise, monthly for SMB, monthly with
 * prorated ends for Mid-Market); an implementation on milestones for Enterprise and Services
 * deals, else an onboarding delivered at once; support for Enterprise. Standalone prices above the
 * deal amount, so each booking carries a discount to allocate. Billed annually up front,
 * quarterly in advance or monthly in arrears; paid thirty days after each invoice (some late);
 * and a few changes: upsells, extensions, cancellations, credit notes.
 */
final class SampleContracts {
  private SampleContracts() {}

  /** The contracts of the won deals, as a JSON array with one contract per line. */
  static String json(List<Deal> won, long seed) {
    Random rng = new Random(seed ^ 0x6A09E667F3BCC909L);
    StringBuilder b = new StringBuilder("[\n");
    for (int i = 0; i < won.size(); i++) {
      try {
        b.append(RevopsJson.mapper().writeValueAsString(contract(won.get(i), rng)));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
      b.append(i + 1 < won.size() ? ",\n" : "\n");
    }
    return b.append("]\n").toString();
  }

  static Contract contract(Deal d, Random rng) {
    Money amount = d.amount().get();
    LocalDate booked = d.closedDate().get();
    LocalDate start = booked.plusDays(rng.nextInt(15));
    LocalDate end = start.plusYears(1).minusDays(1);
    String segment = d.segment().orElse("SMB");
    boolean enterprise = segment.equals("Enterprise");
    RatableConvention convention = enterprise ? RatableConvention.WHOLE_DAYS
        : segment.equals("Mid-Market") ? RatableConvention.MONTHLY_PRORATED : RatableConvention.MONTHLY_EVEN;
    ServicePeriod term = ServicePeriod.ofDates(start, end, true, ZoneOffset.UTC);
    List<PerformanceObligation> lines = obligations(d, start, term, convention, rng);
    double r = rng.nextDouble();
    BillingPlan billing = r < 0.55 ? BillingPlan.upFront(booked)
        : r < 0.85 ? BillingPlan.periodic(start, BillingInterval.QUARTERLY, 4, BillingTiming.IN_ADVANCE)
        : BillingPlan.periodic(start, BillingInterval.MONTHLY, 12, BillingTiming.IN_ARREARS);
    Contract.Builder c = Contract.builder().id("K-" + d.id()).customer(d.account().orElse(d.id()))
        .currency(amount.getCurrency()).bookingDate(booked).transactionPrice(amount).addAllObligations(lines)
        .billing(billing).dealId(d.id());
    double e = rng.nextDouble();
    Instant at = start.plusMonths(5 + rng.nextInt(4)).atStartOfDay(ZoneOffset.UTC).toInstant();
    modification(e, at, amount, term, convention).ifPresent(c::addModifications);
    List<LocalDate> invoiceDates = billing.dates();
    if (rng.nextDouble() < 0.08 && e >= 0.20) {
      Money first = billing.kind() == BillingPlan.Kind.UP_FRONT ? amount
          : amount.dividedBy(invoiceDates.size(), RoundingMode.DOWN);
      c.addCreditNotes(CreditNote.builder().id("CN-" + d.id()).invoiceId("K-" + d.id() + "-1")
          .date(invoiceDates.get(0).plusDays(20)).amount(first.multipliedBy(new BigDecimal("0.1"), RoundingMode.HALF_EVEN))
          .treatment(Treatment.PROSPECTIVE).reason("service credit").build());
    }
    return withPayments(c.build(), d.id(), rng);
  }

  /** The subscription, implementation or onboarding, and for enterprise premium support. */
  private static List<PerformanceObligation> obligations(Deal d, LocalDate start, ServicePeriod term,
      RatableConvention convention, Random rng) {
    Money amount = d.amount().get();
    boolean enterprise = d.segment().orElse("SMB").equals("Enterprise");
    List<PerformanceObligation> lines = new ArrayList<>();
    lines.add(line("SUB", "Subscription", share(amount, 0.8 * (1.05 + 0.2 * rng.nextDouble())), term,
        RecognitionPattern.ratable(convention)));
    if (enterprise || d.product().orElse("").equals("Services")) {
      Instant design = start.plusDays(30).atStartOfDay(ZoneOffset.UTC).toInstant();
      Instant live = start.plusDays(75).atStartOfDay(ZoneOffset.UTC).toInstant();
      lines.add(line("IMPL", "Implementation", share(amount, 0.25), ServicePeriod.ofDates(start, start.plusDays(89), true,
          ZoneOffset.UTC), RecognitionPattern.milestones(List.of(Milestone.of("design", design, new BigDecimal("0.4")),
          Milestone.of("go-live", live, new BigDecimal("0.6"))))));
    } else {
      LocalDate onboarding = start.plusDays(7);
      lines.add(line("ONB", "Onboarding", share(amount, 0.1), ServicePeriod.ofDates(onboarding, onboarding, true,
          ZoneOffset.UTC), RecognitionPattern.pointInTime()));
    }
    if (enterprise) {
      lines.add(line("SUP", "Premium support", share(amount, 0.1), term,
          RecognitionPattern.ratable(RatableConvention.MONTHLY_EVEN)));
    }
    return lines;
  }

  /**
   * An upsell, an extension or a cancellation for one contract in five, chosen by {@code draw}: a
   * uniform random number in [0, 1), not an amount (amounts are {@code Money}, split by {@code share}).
   */
  private static Optional<ContractModification> modification(double draw, Instant at, Money amount,
      ServicePeriod term, RatableConvention convention) {
    if (draw < 0.10) {
      return Optional.of(ContractModification.builder().id("UPSELL").effective(at)
          .kind(ContractModification.Kind.ADD_OBLIGATION).treatment(Treatment.PROSPECTIVE)
          .added(line("SEATS", "Additional seats", share(amount, 0.25), ServicePeriod.of(at, term.end()),
              RecognitionPattern.ratable(convention)))
          .priceChange(share(amount, 0.2)).build());
    } else if (draw < 0.15) {
      return Optional.of(ContractModification.builder().id("EXTEND").effective(at)
          .kind(ContractModification.Kind.TERM_CHANGE).treatment(Treatment.PROSPECTIVE).obligationId("SUB")
          .serviceEnd(term.end().atZone(ZoneOffset.UTC).plusMonths(6).toInstant()).priceChange(share(amount, 0.45))
          .build());
    } else if (draw < 0.20) {
      return Optional.of(ContractModification.builder().id("CANCEL").effective(at)
          .kind(ContractModification.Kind.CANCELLATION).treatment(Treatment.PROSPECTIVE).build());
    }
    return Optional.empty();
  }

  /**
   * The contract with its payments: each invoice, less what was credited on it, is paid thirty days
   * after its date (one in ten ninety days after), when that is before the sample's as-of date.
   */
  private static Contract withPayments(Contract unpaid, String dealId, Random rng) {
    ContractSchedule schedule = RevenueSchedule.of(unpaid, RevenueOptions.of(Scope.asOf(SampleGenerator.AS_OF)));
    Contract.Builder paid = Contract.builder().id(unpaid.id()).customer(unpaid.customer()).currency(unpaid.currency())
        .bookingDate(unpaid.bookingDate()).transactionPrice(unpaid.transactionPrice())
        .addAllObligations(unpaid.obligations()).billing(unpaid.billing()).dealId(unpaid.dealId())
        .addAllModifications(unpaid.modifications()).addAllCreditNotes(unpaid.creditNotes());
    int n = 0;
    for (BillingLine invoice : schedule.billing()) {
      if (invoice.amount().isNegative()) {
        continue;
      }
      Money due = invoice.amount();
      for (BillingLine credit : schedule.billing()) {
        if (credit.reference().equals(Optional.of(invoice.id())) && credit.amount().isNegative()) {
          due = due.plus(credit.amount());
        }
      }
      LocalDate on = invoice.date().plusDays(rng.nextDouble() < 0.1 ? 90 : 30);
      if (due.isPositive() && on.isBefore(SampleGenerator.AS_OF)) {
        n++;
        paid.addPayments(Payment.builder().id("PAY-" + dealId + "-" + n).date(on).amount(due)
            .invoiceId(invoice.id()).build());
      }
    }
    return paid.build();
  }

  private static PerformanceObligation line(String id, String description, Money ssp, ServicePeriod service,
      RecognitionPattern pattern) {
    return PerformanceObligation.builder().id(id).description(description).standaloneSellingPrice(ssp)
        .quantity(BigDecimal.ONE).service(service).pattern(pattern).build();
  }

  private static Money share(Money amount, double share) {
    return amount.multipliedBy(BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_EVEN), RoundingMode.HALF_EVEN);
  }
}
