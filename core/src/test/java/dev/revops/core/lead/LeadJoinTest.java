package dev.revops.core.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.deal.Deal;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeadJoinTest {
  final PipelineDefinition def = TestPipelines.standard();

  static LeadJourney lead(String id, Optional<DealLink> link) {
    Lead lead = Lead.builder().id(id).createdAt(Instant.parse("2026-01-01T00:00:00Z")).build();
    LifecycleHistory entered = LifecycleHistory.of(List.of(LifecycleChange.builder().leadId(id).to("lead")
        .at(lead.createdAt()).build()));
    return LeadJourney.builder().lead(lead).history(entered).link(link).build();
  }

  static DealLink link(String lead, String deal) {
    return DealLink.builder().leadId(lead).dealId(deal).convertedAt(Instant.parse("2026-02-01T10:00:00Z")).build();
  }

  @Test
  void joins_histories_links_and_deal_outcomes_and_reports_what_matches_no_lead() {
    LeadJoin join = new LeadJoin(3);
    join.addLead(lead("L1", Optional.of(link("L1", "D1"))));
    join.addLead(lead("L2", Optional.empty()));
    join.addLead(lead("L3", Optional.of(link("L3", "D3"))));
    join.addLead(lead("L1", Optional.empty()));
    join.addHistory(LifecycleHistory.of(List.of(LifecycleChange.builder().leadId("L2").to("mql")
        .at(Instant.parse("2026-01-05T00:00:00Z")).build())));
    join.addHistory(LifecycleHistory.of(List.of(LifecycleChange.builder().leadId("L9").to("mql")
        .at(Instant.parse("2026-01-05T00:00:00Z")).build())));
    join.addLink(link("L2", "D2"));
    join.addLink(link("L3", "D4"));
    join.addLink(link("L8", "D8"));
    join.addDeal(Deal.builder().id("D1").stage(def.stage("closed-won")).closedDate(LocalDate.parse("2026-03-01"))
        .build(), ZoneOffset.UTC);
    join.addDeal(Deal.builder().id("D2").stage(def.stage("closed-lost")).closedDate(LocalDate.parse("2026-02-01"))
        .build(), ZoneOffset.UTC);
    List<LeadJourney> joined = join.journeys();
    assertEquals(List.of("L1", "L2", "L3"), joined.stream().map(LeadJourney::leadId).toList());
    assertEquals(Optional.of(Instant.parse("2026-03-01T00:00:00Z")), joined.get(0).link().orElseThrow().wonAt());
    // The changes file's history replaces the entry stage; the links file gives L2 its deal, lost the day it
    // converted: at the conversion instant.
    assertEquals("mql", joined.get(1).history().orElseThrow().currentStage());
    assertEquals(Optional.of(Instant.parse("2026-02-01T10:00:00Z")), joined.get(1).link().orElseThrow().lostAt());
    // L3's own link (D3) is kept over the links file's D4; D3 is not among the deals.
    assertEquals("D3", joined.get(2).link().orElseThrow().dealId());
    assertEquals(List.of(
        Exclusion.builder().reason(LeadJoin.CONFLICTING_LINK).count(1).addExamples("L3").build(),
        Exclusion.builder().reason(LeadJoin.LINK_WITHOUT_LEAD).count(1).addExamples("L8").build(),
        Exclusion.builder().reason(LeadJoin.HISTORY_WITHOUT_LEAD).count(1).addExamples("L9").build(),
        Exclusion.builder().reason(LeadJoin.DEAL_NOT_FOUND).count(1).addExamples("D3").build(),
        Exclusion.builder().reason(LeadJoin.REPEATED_LEAD).count(1).addExamples("L1").build()),
        join.unmatched().stream().sorted(java.util.Comparator.comparing(e -> order(e.reason()))).toList());
    join.journeys(); // a second call counts nothing twice
    assertEquals(5, join.unmatched().stream().mapToLong(Exclusion::count).sum());
  }

  @Test
  void a_repeated_deal_id_keeps_the_first_deal_and_is_counted() {
    LeadJoin join = new LeadJoin(3);
    join.addLead(lead("L1", Optional.of(link("L1", "D1"))));
    join.addDeal(Deal.builder().id("D1").stage(def.stage("closed-won")).closedDate(LocalDate.parse("2026-03-01"))
        .build(), ZoneOffset.UTC);
    join.addDeal(Deal.builder().id("D1").stage(def.stage("closed-lost")).closedDate(LocalDate.parse("2026-04-01"))
        .build(), ZoneOffset.UTC);
    // the first D1 (won on 1 March) gives the outcome; the second is one exclusion, not a silent overwrite
    assertEquals(Optional.of(Instant.parse("2026-03-01T00:00:00Z")),
        join.journeys().get(0).link().orElseThrow().wonAt());
    assertEquals(List.of(Exclusion.builder().reason(LeadJoin.REPEATED_DEAL).count(1).addExamples("D1").build()),
        join.unmatched());
  }

  private static int order(String reason) {
    return List.of(LeadJoin.CONFLICTING_LINK, LeadJoin.LINK_WITHOUT_LEAD, LeadJoin.HISTORY_WITHOUT_LEAD,
        LeadJoin.DEAL_NOT_FOUND, LeadJoin.REPEATED_LEAD).indexOf(reason);
  }
}
