package dev.revops.handoff.impact;

import java.time.Instant;
import dev.revops.handoff.TestHandoffs;
import dev.revops.core.scope.Scope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.ProbabilityOverride;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import dev.revops.core.pipeline.TestPipelines;
import dev.revops.core.probability.Probability;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DefinitionChangeImpactTest {
  static final PipelineDefinition V1 = TestPipelines.standard();
  static final PipelineDefinition V2 = TestPipelines.standardV2();

  static Deal.Builder deal(String id, String stage, String amount) {
    Deal.Builder b = Deal.builder().id(id).stage(V1.stage(stage)).amount(Money.parse(amount))
        .expectedCloseDate(LocalDate.parse("2026-12-15"));
    if (V1.stage(stage).isClosed()) {
      b.closedDate(LocalDate.parse("2026-11-01"));
    }
    return b;
  }

  /**
   * Eight deals of v1 and one of another pipeline. In v2 prospecting is gone, discovery becomes
   * solution at 35%, proposal drops to 50% and the Pipeline category, negotiation needs a cost to close.
   */
  static List<Deal> deals() {
    return List.of(
        deal("P1", "prospecting", "USD 10000.00").build(),       // 1,000 weighted, no stage in v2
        deal("Q1", "qualification", "USD 20000.00").build(),     // 4,000, unchanged
        deal("S1", "discovery", "USD 30000.00").build(),         // 12,000 -> 10,500 as solution
        deal("R1", "proposal", "USD 50000.00").build(),          // 30,000 -> 25,000, Best Case -> Pipeline
        deal("R2", "proposal", "USD 40000.00")                   // 28,000 either way: the override stays
            .probabilityOverride(ProbabilityOverride.of(Probability.parse("0.7"), "ann")).build(),
        deal("N1", "negotiation", "USD 80000.00").build(),       // 64,000; misses v2's cost-to-close criterion
        deal("N2", "negotiation", "EUR 10000.00").costToClose(Money.parse("EUR 500.00")).build(),
        deal("W1", "closed-won", "USD 5000.00").build(),         // closed: not in the weighted pipeline
        Deal.builder().id("X1").stage(Stage.open("prospecting", "Prospecting", 10, Probability.parse("0.05"),
            ForecastCategory.PIPELINE, "sdr")).build());
  }

  static final Scope SCOPE = TestHandoffs.scope(Instant.parse("2026-11-30T00:00:00Z"));

  static DefinitionImpactResult result(List<Deal> deals, int maxListed) {
    DefinitionChangeImpact impact = new DefinitionChangeImpact(V1, V2, maxListed, SCOPE);
    deals.forEach(impact::add);
    return impact.result();
  }

  @Test
  void sums_the_weighted_pipeline_before_and_after_per_currency() {
    DefinitionImpactResult r = result(deals(), 10);
    WeightedChange usd = r.weighted().get(1);
    assertEquals(Money.parse("USD 139000.00"), usd.before());
    assertEquals(Money.parse("USD 131500.00"), usd.after());
    assertEquals(Money.parse("USD -7500.00"), usd.change());
    assertEquals(Money.parse("USD 1000.00"), usd.unmapped());
    assertEquals(6, usd.deals());
    assertEquals(Money.parse("EUR 8000.00"), r.weighted().get(0).before());
    assertEquals(Money.parse("EUR 0.00"), r.weighted().get(0).change());
  }

  @Test
  void counts_the_deals_per_kind_of_change() {
    DefinitionImpactResult r = result(deals(), 10);
    assertEquals(8, r.counted());
    assertEquals(List.of(Exclusion.builder().reason("stage not of pipeline b2b@1").count(1).addExamples("X1").build()),
        r.excluded());
    assertEquals(Map.of(ImpactKind.STAGE_MAPPING, 2L, ImpactKind.PROBABILITY, 2L, ImpactKind.CATEGORY, 2L,
        ImpactKind.GATE_STATUS, 1L), r.changed());
    assertEquals(3, r.unchanged());
  }

  @Test
  void lists_the_changed_deals_the_largest_weighted_change_first() {
    DefinitionImpactResult r = result(deals(), 10);
    assertEquals(List.of("R1", "S1", "P1", "N1", "R2"), r.deals().stream().map(DealImpact::dealId).toList());
    DealImpact s1 = r.deals().get(1);
    assertEquals(Set.of(ImpactKind.STAGE_MAPPING, ImpactKind.PROBABILITY), s1.changes());
    assertEquals(Optional.of("solution"), s1.stageAfter());
    assertEquals(Optional.of(Money.parse("USD 10500.00")), s1.weightedAfter());
    DealImpact p1 = r.deals().get(2);
    assertEquals(Optional.empty(), p1.stageAfter());
    DealImpact n1 = r.deals().get(3);
    assertEquals(List.of(), n1.unmetBefore());
    assertEquals(1, n1.unmetAfter().size());
    assertEquals(List.of("R1", "S1"), result(deals(), 2).deals().stream().map(DealImpact::dealId).toList());
  }

  @Test
  void maps_every_stage_of_the_earlier_version() {
    DefinitionImpactResult r = result(deals(), 10);
    assertEquals(List.of("prospecting", "qualification", "discovery", "proposal", "negotiation", "closed-won",
        "closed-lost"), r.stages().stream().map(StageMapping::fromStageId).toList());
    StageMapping discovery = r.stages().get(2);
    assertEquals(Optional.of("solution"), discovery.toStageId());
    assertEquals(Optional.of(Probability.parse("0.35")), discovery.probabilityAfter());
    assertEquals(Optional.empty(), r.stages().get(0).toStageId());
    assertEquals(2, r.stages().get(3).deals());
    assertEquals(List.of(true, false, true, true, true, false, false),
        r.stages().stream().map(StageMapping::changes).toList());
  }

  @Test
  void round_trips_through_json_and_refuses_to_merge_other_versions() throws Exception {
    ObjectMapper json = RevopsJson.mapper();
    DefinitionImpactResult r = result(deals(), 10);
    assertEquals(r, json.readValue(json.writeValueAsString(r), DefinitionImpactResult.class));
    assertThrows(IllegalArgumentException.class, () -> new DefinitionChangeImpact(V1, V2, 10, SCOPE)
        .merge(new DefinitionChangeImpact(V2, V1, 10, SCOPE)));
  }
}
