package dev.revops.handoff.compliance;

import dev.revops.core.aggregate.AccumulatorContract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.handoff.Handoff;
import dev.revops.handoff.HandoffArbitraryProvider;
import dev.revops.handoff.TestHandoffs;
import dev.revops.handoff.protocol.HandoffMap;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The accumulator contract for the outcome link, and how it counts deals. */
class OutcomeLinkProperties implements AccumulatorContract<EvaluationWithOutcome, OutcomeLinkResult, OutcomeLink> {
  static final HandoffMap MAP = TestHandoffs.map();

  @Provide
  Arbitrary<List<Handoff>> handoffs() {
    return HandoffArbitraryProvider.handoffs().filter(h -> MAP.find(h.protocolId()).isPresent()).list().ofMaxSize(40)
        .uniqueElements(Handoff::id);
  }

  @Override
  public OutcomeLink empty() {
    return new OutcomeLink("sales-to-cs", TestHandoffs.scope(HandmadeSet.AS_OF));
  }

  /** Generated handoffs, evaluated, each with its deal's outcome (none for deals ending in 1). */
  @Provide
  Arbitrary<List<EvaluationWithOutcome>> records() {
    return handoffs().map(hs -> hs.stream().map(OutcomeLinkProperties::withOutcome).toList());
  }

  static EvaluationWithOutcome withOutcome(Handoff h) {
    HandoffEvaluation e = HandoffEvaluation.of(h, MAP.protocol(h.protocolId()), Optional.empty(), HandmadeSet.AS_OF);
    // the outcome is the deal's, whichever handoff brings it
    String deal = h.dealId().orElseThrow();
    return deal.endsWith("1") ? EvaluationWithOutcome.of(e)
        : EvaluationWithOutcome.of(e, deal.hashCode() % 2 == 0 ? "renewed" : "churned");
  }

  OutcomeLink link(List<Handoff> handoffs) {
    return empty().addAll(handoffs.stream().map(OutcomeLinkProperties::withOutcome).toList());
  }

  @Property
  void a_merged_split_equals_one_pass(@ForAll("handoffs") List<Handoff> handoffs,
      @ForAll @IntRange(max = 40) int cut) {
    int a = Math.min(cut, handoffs.size());
    OutcomeLinkResult whole = link(handoffs).result();
    assertEquals(whole, link(handoffs.subList(a, handoffs.size())).merge(link(handoffs.subList(0, a))).result());
  }

  @Property
  void every_deal_handed_over_counts_once_on_one_side(@ForAll("handoffs") List<Handoff> handoffs) {
    OutcomeLinkResult r = link(handoffs).result();
    long deals = handoffs.stream().filter(h -> h.protocolId().equals("sales-to-cs")).map(Handoff::dealId).distinct()
        .count();
    assertEquals(deals, r.dealsComplete() + r.dealsIncomplete());
    assertEquals(r.dealsComplete() - r.noOutcomeComplete(), r.rows().stream().mapToLong(OutcomeComparison::complete)
        .sum());
    assertEquals(r.dealsIncomplete() - r.noOutcomeIncomplete(),
        r.rows().stream().mapToLong(OutcomeComparison::incomplete).sum());
  }
}
