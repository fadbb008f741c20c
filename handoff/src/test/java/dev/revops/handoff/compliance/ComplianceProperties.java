package dev.revops.handoff.compliance;

import dev.revops.core.deal.Deal;
import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.handoff.HandoffWithDeal;
import dev.revops.core.scope.Scope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.period.PeriodKind;
import dev.revops.handoff.Handoff;
import dev.revops.handoff.HandoffArbitraryProvider;
import dev.revops.handoff.TestHandoffs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The accumulator contract for compliance, and what its rows add up to. */
class ComplianceProperties implements AccumulatorContract<HandoffWithDeal, ComplianceResult, Compliance> {
  static final ComplianceOptions OPTIONS = ComplianceOptions.builder().scope(Scope.builder().asOf(HandmadeSet.AS_OF)
      .periodKind(PeriodKind.QUARTER).build()).listLimit(3).build();

  @Provide
  Arbitrary<List<Handoff>> handoffs() {
    return HandoffArbitraryProvider.handoffs().list().ofMaxSize(40).uniqueElements(Handoff::id);
  }

  @Override
  public Compliance empty() {
    return new Compliance(TestHandoffs.map(), OPTIONS);
  }

  /** Generated handoffs with their deals, where the hand-made set has them. */
  @Provide
  Arbitrary<List<HandoffWithDeal>> records() {
    Map<String, Deal> deals = HandmadeSet.deals();
    return handoffs().map(hs -> hs.stream().map(h -> HandmadeSet.withDeal(h, deals)).toList());
  }

  @Property
  void the_compliance_of_a_merged_split_equals_the_one_pass_compliance(@ForAll("handoffs") List<Handoff> handoffs,
      @ForAll @IntRange(max = 40) int cut1, @ForAll @IntRange(max = 40) int cut2) {
    int a = Math.min(cut1, handoffs.size());
    int b = Math.min(Math.max(a, cut2), handoffs.size());
    ComplianceResult whole = HandmadeSet.compliance(handoffs, OPTIONS).result();
    Compliance first = HandmadeSet.compliance(handoffs.subList(0, a), OPTIONS);
    Compliance second = HandmadeSet.compliance(handoffs.subList(a, b), OPTIONS);
    Compliance third = HandmadeSet.compliance(handoffs.subList(b, handoffs.size()), OPTIONS);
    assertEquals(whole, HandmadeSet.compliance(List.of(), OPTIONS).merge(third).merge(first).merge(second).result());
    assertEquals(whole, first.merge(second.merge(third)).result());
  }

  @Property
  void every_handoff_counted_is_in_exactly_one_status(@ForAll("handoffs") List<Handoff> handoffs) {
    Compliance c = new Compliance(TestHandoffs.map(), OPTIONS);
    Map<HandoffStatus, Long> statuses = new EnumMap<>(HandoffStatus.class);
    List<HandoffEvaluation> evaluations = new ArrayList<>();
    handoffs.forEach(h -> c.judge(HandoffWithDeal.of(h)).ifPresent(evaluations::add));
    evaluations.forEach(e -> statuses.merge(e.status(), 1L, Long::sum));
    ComplianceResult r = c.result();
    ComplianceRow t = r.total();
    assertEquals(evaluations.size(), r.counted());
    assertEquals(handoffs.size(), r.counted() + r.excluded().stream().mapToLong(x -> x.count()).sum());
    assertEquals(List.of(t.accepted(), t.rejected(), t.expired(), t.waiting(), t.overdue()),
        List.of(HandoffStatus.values()).stream().map(s -> statuses.getOrDefault(s, 0L)).toList());
    // each grouping splits the same handoffs
    for (GroupKind kind : GroupKind.values()) {
      assertEquals(t.sent(), r.rows(kind).stream().mapToLong(ComplianceRow::sent).sum(), kind.toString());
      assertEquals(t.failures(), r.rows(kind).stream().mapToLong(ComplianceRow::failures).sum(), kind.toString());
    }
    assertEquals(t.failures(), r.ranking().stream().mapToLong(ProtocolFriction::failures).sum());
    assertEquals(Math.min(t.overdue(), 3), r.overdue().size());
  }

  @Property
  void rates_are_shares_and_the_median_is_at_most_the_p90(@ForAll("handoffs") List<Handoff> handoffs) {
    ComplianceResult r = HandmadeSet.compliance(handoffs, OPTIONS).result();
    for (ComplianceRow row : r.rows()) {
      for (Optional<BigDecimal> rate : List.of(row.payloadCompletionRate(), row.slaAttainment())) {
        rate.ifPresent(x -> assertTrue(x.signum() >= 0 && x.compareTo(BigDecimal.ONE) <= 0, row.toString()));
      }
      assertTrue(row.slaMet() <= row.slaJudged() && row.failures() <= row.sent(), row.toString());
      row.medianTimeToAccept().ifPresent(m -> assertTrue(m.compareTo(row.p90TimeToAccept().orElseThrow()) <= 0));
      assertEquals(row.accepted() > 0, row.medianTimeToAccept().isPresent());
    }
  }

  @Property(tries = 50)
  void the_result_and_the_handoffs_round_trip_through_json(@ForAll("handoffs") List<Handoff> handoffs)
      throws Exception {
    ObjectMapper json = RevopsJson.mapper();
    ComplianceResult r = HandmadeSet.compliance(handoffs, OPTIONS).result();
    assertEquals(r, json.readValue(json.writeValueAsString(r), ComplianceResult.class));
    for (Handoff h : handoffs) {
      assertEquals(h, json.readValue(json.writeValueAsString(h), Handoff.class));
    }
  }
}
