package dev.revops.handoff.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.lead.LeadJourney;
import dev.revops.core.lead.LeadJourneyArbitraryProvider;
import dev.revops.core.lead.LeadFunnel;
import dev.revops.core.lead.TestLifecycles;
import dev.revops.core.scope.Scope;
import dev.revops.handoff.Handoff;
import dev.revops.handoff.HandoffOutcome;
import dev.revops.handoff.OutcomeKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The comparison merges exactly, and every lead counted is in exactly one adherence row. */
class LeadHandoffsProperties implements AccumulatorContract<LeadHandoffRecord, LeadHandoffResult, LeadHandoffs> {

  static LeadHandoffOptions options() {
    return LeadHandoffOptions.builder()
        .scope(Scope.builder().asOf(LeadJourneyArbitraryProvider.START.plus(Duration.ofDays(200))).build())
        .funnel(LeadFunnel.of(TestLifecycles.standard(), "mql", "sql", "won")).protocol(LeadHandoffsTest.MQL_TO_SAL)
        .fromStep("mql").toStep("deal-won").window(Duration.ofDays(45)).build();
  }

  @Override
  public LeadHandoffs empty() {
    return new LeadHandoffs(options());
  }

  @Provide
  Arbitrary<List<LeadHandoffRecord>> records() {
    Arbitrary<int[]> handoff = Combinators.combine(Arbitraries.integers().between(0, 3),
        Arbitraries.integers().between(0, 72), Arbitraries.integers().between(0, 200 * 24), Arbitraries.of(true, false))
        .as((kind, hours, sentHours, payload) -> new int[] {kind, hours, sentHours, payload ? 1 : 0});
    return Combinators.combine(LeadJourneyArbitraryProvider.journeys(), handoff.list().ofMaxSize(3))
        .as(LeadHandoffsProperties::record).list().ofMaxSize(25);
  }

  private static LeadHandoffRecord record(LeadJourney j, List<int[]> specs) {
    List<Handoff> handoffs = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      int[] s = specs.get(i);
      Handoff.Builder b = Handoff.builder().id(j.leadId() + "-" + i).protocolId("mql-to-sal").protocolVersion(1)
          .leadId(j.leadId()).sentAt(LeadJourneyArbitraryProvider.START.plus(Duration.ofHours(s[2])));
      if (s[3] == 1) {
        b.putPayload("leadSource", "web");
      }
      if (s[0] > 0) {
        OutcomeKind kind = OutcomeKind.values()[s[0] - 1];
        b.outcome(HandoffOutcome.builder().kind(kind).at(LeadJourneyArbitraryProvider.START
            .plus(Duration.ofHours(s[2] + s[1]))).reason(kind == OutcomeKind.REJECTED && s[1] % 2 == 0
                ? Optional.of("not ICP") : Optional.empty()).build());
      }
      handoffs.add(b.build());
    }
    return LeadHandoffRecord.of(j, handoffs);
  }

  @Property(tries = 200)
  void every_lead_counted_is_in_exactly_one_adherence_and_one_status(@ForAll("records") List<LeadHandoffRecord> leads) {
    LeadHandoffResult r = new LeadHandoffs(options()).addAll(leads).result();
    long adherence = r.byAdherence().stream().mapToLong(x -> x.count().entered()).sum();
    long status = r.byStatus().stream().mapToLong(x -> x.count().entered()).sum();
    assertEquals(r.provenance().counted(), adherence);
    assertEquals(r.provenance().counted(), status);
    assertEquals(leads.size(), r.provenance().read());
  }
}
