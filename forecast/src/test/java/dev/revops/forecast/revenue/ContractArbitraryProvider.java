package dev.revops.forecast.revenue;

import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Generates valid USD contracts: one to four obligations of every pattern, any billing plan, and
 * sometimes a modification, a credit note and payments. Some combinations cannot apply (a change
 * that would make the price negative, a credit note beyond a re-spread invoice); properties skip
 * those.
 */
public class ContractArbitraryProvider implements ArbitraryProvider {
  static final LocalDate START = LocalDate.parse("2026-01-01");

  static Money usd(long cents) {
    return Money.ofMinor("USD", cents);
  }

  static Arbitrary<RecognitionPattern> patterns(ServicePeriod window) {
    long hours = Math.max(1, window.length().toHours());
    Arbitrary<RecognitionPattern> ratable = Arbitraries.of(RatableConvention.values()).map(RecognitionPattern::ratable);
    Arbitrary<RecognitionPattern> point = Arbitraries.longs().between(0, hours - 1)
        .map(h -> RecognitionPattern.pointInTime(window.start().plusSeconds(h * 3600)));
    Arbitrary<RecognitionPattern> milestones = Arbitraries.longs().between(0, hours - 1).list().ofMinSize(1)
        .ofMaxSize(3).map(hs -> {
          List<Milestone> ms = new ArrayList<>();
          int n = hs.size();
          for (int i = 0; i < n; i++) {
            BigDecimal share = i < n - 1 ? BigDecimal.valueOf(100 / n, 2) : BigDecimal.valueOf(100 - (100 / n) * (n - 1), 2);
            ms.add(Milestone.of("M" + i, window.start().plusSeconds(hs.get(i) * 3600), share));
          }
          return RecognitionPattern.milestones(ms);
        });
    return Arbitraries.oneOf(ratable, ratable, point, milestones);
  }

  static Arbitrary<PerformanceObligation> obligations(String id, LocalDate booked) {
    Arbitrary<ServicePeriod> windows = Combinators.combine(Arbitraries.integers().between(-40, 120),
        Arbitraries.integers().between(0, 23), Arbitraries.longs().between(1, 500 * 24))
        .as((day, hour, hours) -> {
          Instant start = booked.plusDays(day).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(hour * 3600L);
          return ServicePeriod.of(start, start.plusSeconds(hours * 3600));
        });
    return windows.flatMap(w -> Combinators.combine(Arbitraries.longs().between(0, 500_000),
        Arbitraries.integers().between(1, 3), patterns(w))
        .as((ssp, qty, pattern) -> PerformanceObligation.builder().id(id).standaloneSellingPrice(usd(ssp))
            .quantity(BigDecimal.valueOf(qty)).service(w).pattern(pattern).build()));
  }

  static Arbitrary<BillingPlan> plans(LocalDate booked, long price) {
    Arbitrary<BillingPlan> upFront = Arbitraries.just(BillingPlan.upFront(booked));
    Arbitrary<BillingPlan> periodic = Combinators.combine(Arbitraries.of(BillingInterval.values()),
        Arbitraries.integers().between(1, 6), Arbitraries.of(BillingTiming.values()))
        .as((i, n, t) -> BillingPlan.periodic(booked, i, n, t));
    if (price < 2) {
      return Arbitraries.oneOf(upFront, periodic);
    }
    Arbitrary<BillingPlan> custom = Arbitraries.longs().between(1, price - 1).map(first -> BillingPlan.custom(List.of(
        ScheduledInvoice.of(booked.plusDays(10), usd(first)), ScheduledInvoice.of(booked.plusDays(95), usd(price - first)))));
    return Arbitraries.oneOf(upFront, periodic, custom);
  }

  /** A periodic plan cut to the billing periods the lines' service spans (the contract bounds). */
  static BillingPlan withinService(BillingPlan plan, List<PerformanceObligation> lines) {
    if (plan.kind() != BillingPlan.Kind.PERIODIC) {
      return plan;
    }
    Instant first = lines.stream().map(l -> l.service().start()).min(Instant::compareTo).get();
    Instant last = lines.stream().map(l -> l.service().end()).max(Instant::compareTo).get();
    int spanned = ContractBounds.periodsSpanned(first, last, plan.interval().get());
    return BillingPlan.periodic(plan.start().get(), plan.interval().get(), Math.min(spanned, plan.count().get()),
        plan.timing().get());
  }

  static Arbitrary<ContractModification> modifications(LocalDate booked, List<PerformanceObligation> lines, long price) {
    Arbitrary<Instant> when = Arbitraries.integers().between(0, 300)
        .map(d -> booked.plusDays(d).atStartOfDay(ZoneOffset.UTC).toInstant());
    Arbitrary<Treatment> treatment = Arbitraries.of(Treatment.values());
    Arbitrary<String> line = Arbitraries.of(lines.stream().map(PerformanceObligation::id).toList());
    Arbitrary<ContractModification> priceChange = Combinators.combine(when, treatment,
        Arbitraries.longs().between(-price / 3, price)).as((at, t, change) -> ContractModification.builder().id("MOD")
        .effective(at).kind(ContractModification.Kind.PRICE_CHANGE).treatment(t).priceChange(usd(change)).build());
    Arbitrary<ContractModification> add = Combinators.combine(when, treatment, obligations("NEW", booked),
        Arbitraries.longs().between(0, 300_000)).as((at, t, o, change) -> ContractModification.builder().id("MOD")
        .effective(at).kind(ContractModification.Kind.ADD_OBLIGATION).treatment(t).added(o).priceChange(usd(change))
        .build());
    Arbitrary<ContractModification> remove = Combinators.combine(when, treatment, line,
        Arbitraries.longs().between(-price / 4, 0)).as((at, t, id, change) -> ContractModification.builder().id("MOD")
        .effective(at).kind(ContractModification.Kind.REMOVE_OBLIGATION).treatment(t).obligationId(id)
        .priceChange(usd(change)).build());
    Arbitrary<ContractModification> term = Combinators.combine(when, treatment, line,
        Arbitraries.integers().between(1, 400)).as((at, t, id, days) -> {
          PerformanceObligation o = lines.stream().filter(l -> l.id().equals(id)).findFirst().get();
          Instant end = (o.service().start().isAfter(at) ? o.service().start() : at).plusSeconds(days * 86_400L);
          return ContractModification.builder().id("MOD").effective(at).kind(ContractModification.Kind.TERM_CHANGE)
              .treatment(t).obligationId(id).serviceEnd(end).build();
        });
    Arbitrary<ContractModification> cancel = Combinators.combine(when, treatment, Arbitraries.longs().between(0, 5_000))
        .as((at, t, fee) -> ContractModification.builder().id("MOD").effective(at)
            .kind(ContractModification.Kind.CANCELLATION).treatment(t).priceChange(usd(fee)).build());
    return Arbitraries.oneOf(priceChange, add, remove, term, cancel);
  }

  /** Contracts; some with changes that cannot apply (properties skip those). */
  public static Arbitrary<Contract> contracts() {
    Arbitrary<LocalDate> booked = Arbitraries.integers().between(0, 200).map(START::plusDays);
    return booked.flatMap(b -> Combinators.combine(obligations("L0", b), obligations("L1", b), obligations("L2", b),
            Arbitraries.integers().between(1, 3), Arbitraries.longs().between(0, 1_000_000))
        .as((l0, l1, l2, n, price) -> new Object[] {b, List.of(l0, l1, l2).subList(0, n), price}))
        .filter(a -> ((List<PerformanceObligation>) a[1]).stream().anyMatch(o -> o.standaloneValue().signum() > 0))
        .flatMap(a -> {
          LocalDate b = (LocalDate) a[0];
          @SuppressWarnings("unchecked")
          List<PerformanceObligation> lines = (List<PerformanceObligation>) a[1];
          long price = (Long) a[2];
          return Combinators.combine(plans(b, price).map(p -> withinService(p, lines)),
              modifications(b, lines, price).optional(0.5),
              Arbitraries.longs().between(1, Math.max(1, price)).optional(0.4),
              Arbitraries.of(Treatment.values()).optional(0.6), Arbitraries.longs().between(1, Math.max(1, price))
                  .list().ofMaxSize(2))
              .as((plan, mod, credit, creditTreatment, payments) -> {
                Contract.Builder c = Contract.builder().id("C").customer("Acme").currency(Money.currency("USD"))
                    .bookingDate(b).transactionPrice(usd(price)).addAllObligations(lines).billing(plan);
                mod.ifPresent(c::addModifications);
                credit.filter(x -> price > 0).ifPresent(x -> c.addCreditNotes(CreditNote.builder().id("CN")
                    .invoiceId("C-1").date(plan.dates().get(0).plusDays(20)).amount(usd(x)).treatment(creditTreatment)
                    .build()));
                for (int i = 0; i < payments.size(); i++) {
                  c.addPayments(Payment.builder().id("P" + i).date(b.plusDays(30L * (i + 1)))
                      .amount(usd(Math.max(1, payments.get(i) / 2))).build());
                }
                return c.build();
              });
        });
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(Contract.class);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return Set.of(contracts());
  }
}
