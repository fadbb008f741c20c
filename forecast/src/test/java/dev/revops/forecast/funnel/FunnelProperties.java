package dev.revops.forecast.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.lead.ConversionCount;
import dev.revops.core.lead.FunnelStep;
import dev.revops.core.lead.LeadFunnel;
import dev.revops.core.lead.LeadJourney;
import dev.revops.core.lead.LeadJourneyArbitraryProvider;
import dev.revops.core.lead.SkippedStages;
import dev.revops.core.lead.StepKind;
import dev.revops.core.lead.TestLifecycles;
import dev.revops.core.scope.Scope;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The funnel's invariants, and the accumulator contract (merge of any split equals one pass). */
class FunnelProperties implements AccumulatorContract<LeadJourney, FunnelResult, Funnel> {
  static final Instant AS_OF = LeadJourneyArbitraryProvider.START.plus(Duration.ofDays(200));
  static final LeadFunnel FUNNEL = LeadFunnel.builder().lifecycle(TestLifecycles.standard()).build();

  static FunnelOptions options(LeadFunnel funnel) {
    return FunnelOptions.builder().scope(Scope.builder().asOf(AS_OF).build()).funnel(funnel)
        .addGroupBy(LeadDimension.SOURCE).addRules(ConversionRule.COHORT, ConversionRule.PERIOD)
        .window(Duration.ofDays(60)).addHorizonsDays(30, 90).build();
  }

  @Override
  public Funnel empty() {
    return new Funnel(options(FUNNEL));
  }

  @Provide
  Arbitrary<List<LeadJourney>> records() {
    return LeadJourneyArbitraryProvider.journeys().list().ofMaxSize(30);
  }

  @Property(tries = 100)
  void every_lead_is_counted_once_per_stage_it_entered(@ForAll("records") List<LeadJourney> leads) {
    FunnelResult r = new Funnel(options(FUNNEL)).addAll(leads).result();
    for (FunnelStep step : r.steps()) {
      long expected = 0;
      for (LeadJourney j : leads) {
        if (j.lead().createdAt().isAfter(AS_OF) || !enteredAnyStep(j)) {
          continue;
        }
        // Counted independently: the lead recorded entering the stage (any number of times) by the as-of instant.
        boolean entered = step.kind() == StepKind.LIFECYCLE_STAGE
            ? j.history().map(h -> h.changes().stream().anyMatch(c -> c.to().equals(step.id())
                && !c.at().isAfter(AS_OF))).orElse(false)
            : step.kind() == StepKind.DEAL_CREATED
                ? j.link().filter(l -> !l.convertedAt().isAfter(AS_OF)).isPresent()
                : j.link().flatMap(l -> l.wonAt()).filter(w -> !w.isAfter(AS_OF)).isPresent();
        expected += entered ? 1 : 0;
      }
      long counted = r.entries().stream().filter(e -> e.step().equals(step.id())).mapToLong(StepEntries::entered).sum();
      assertEquals(expected, counted, step.id());
      assertTrue(counted <= r.provenance().counted());
    }
    assertEquals(leads.size(), r.provenance().read());
  }

  private static boolean enteredAnyStep(LeadJourney j) {
    Set<String> funnelStages = new HashSet<>();
    FUNNEL.steps().forEach(s -> funnelStages.add(s.id()));
    boolean stage = j.history().map(h -> h.changes().stream().anyMatch(c -> funnelStages.contains(c.to())
        && !c.at().isAfter(AS_OF))).orElse(false);
    boolean deal = j.link().filter(l -> !l.convertedAt().isAfter(AS_OF)).isPresent()
        || j.link().flatMap(l -> l.wonAt()).filter(w -> !w.isAfter(AS_OF)).isPresent();
    return stage || deal;
  }

  @Property(tries = 100)
  void cohort_conversion_stays_within_zero_and_one_and_its_cohorts_add_up(@ForAll("records") List<LeadJourney> leads,
      @ForAll boolean passedThrough) {
    LeadFunnel funnel = LeadFunnel.builder().lifecycle(TestLifecycles.standard())
        .skippedStages(passedThrough ? SkippedStages.PASSED_THROUGH : SkippedStages.NOT_ENTERED).build();
    FunnelResult r = new Funnel(options(funnel)).addAll(leads).result();
    CohortConversionResult c = r.cohort().orElseThrow();
    for (CohortConversionRow row : c.rows()) {
      for (Optional<BigDecimal> rate : List.of(row.count().rateOfAll(), row.count().rateOfResolved())) {
        rate.ifPresent(x -> assertTrue(x.signum() >= 0 && x.compareTo(BigDecimal.ONE) <= 0, row.toString()));
      }
      if (row.cohort().isEmpty()) {
        long[] sum = new long[4];
        c.rows().stream().filter(x -> x.cohort().isPresent() && x.group().equals(row.group())
            && x.from().equals(row.from()) && x.to().equals(row.to())).forEach(x -> {
              sum[0] += x.count().entered();
              sum[1] += x.count().converted();
              sum[2] += x.count().notConverted();
              sum[3] += x.count().unresolved();
            });
        ConversionCount all = row.count();
        assertEquals(List.of(all.entered(), all.converted(), all.notConverted(), all.unresolved()),
            List.of(sum[0], sum[1], sum[2], sum[3]));
        assertEquals(all.entered(), r.entered(row.group(), row.from()));
      }
    }
  }

  @Property(tries = 100)
  void period_conversions_add_up_over_periods_and_times_account_for_every_entry(
      @ForAll("records") List<LeadJourney> leads) {
    FunnelResult r = new Funnel(options(FUNNEL)).addAll(leads).result();
    PeriodConversionResult p = r.period().orElseThrow();
    for (PeriodConversionRow row : p.rows().stream().filter(x -> x.period().isEmpty()).toList()) {
      long conversions = p.rows().stream().filter(x -> x.period().isPresent() && x.group().equals(row.group())
          && x.from().equals(row.from()) && x.to().equals(row.to())).mapToLong(PeriodConversionRow::conversions).sum();
      long entries = p.rows().stream().filter(x -> x.period().isPresent() && x.group().equals(row.group())
          && x.from().equals(row.from()) && x.to().equals(row.to())).mapToLong(PeriodConversionRow::entries).sum();
      assertEquals(row.conversions(), conversions);
      assertEquals(row.entries(), entries);
    }
    for (TimeToConvertRow t : r.timeToConvert().orElseThrow().rows()) {
      assertEquals(r.entered(t.group(), t.from()), t.leads());
      Map<Integer, BigDecimal> within = t.convertedWithin();
      assertTrue(within.get(30).compareTo(within.get(90)) <= 0);
      t.medianDays().ifPresent(m -> assertTrue(m.compareTo(t.p90Days().orElseThrow()) <= 0));
    }
  }
}
