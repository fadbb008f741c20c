package dev.revops.core.touch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.deal.Deal;
import dev.revops.core.lead.Lead;
import dev.revops.core.lead.LeadJourney;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.money.Money;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Touches join their deal directly or through a lead, and what joins nothing is counted once, by reason. */
class JourneyJoinTest {
  static Touch touch(String id, Optional<String> lead, Optional<String> deal, String at) {
    return Touch.builder().id(id).leadId(lead).dealId(deal).instant(Instant.parse(at)).channel("email").kind("click")
        .build();
  }

  @Test
  void a_lead_joins_a_deal_through_a_touch_naming_both_and_brings_its_own_touches() {
    JourneyJoin join = new JourneyJoin(ZoneOffset.UTC, 3);
    Deal d1 = Deal.builder().id("D1").amount(Money.parse("USD 100.00"))
        .stage(JourneyMilestonesTest.DEF.stage("proposal")).segment("SMB").build();
    Deal noAmount = Deal.builder().id("D2").stage(JourneyMilestonesTest.DEF.stage("proposal")).build();
    join.addDeal(d1);
    join.addDeal(noAmount);
    join.addDeal(d1);                                                           // repeated
    join.addLead(LeadJourney.of(Lead.builder().id("L1").createdAt(Instant.parse("2026-01-10T00:00:00Z")).build()));
    join.addTouch(touch("a", Optional.of("L1"), Optional.empty(), "2026-01-09T00:00:00Z"));  // the lead's own
    join.addTouch(touch("b", Optional.of("L1"), Optional.of("D1"), "2026-01-20T00:00:00Z")); // associates L1, D1
    join.addTouch(touch("c", Optional.empty(), Optional.of("D9"), "2026-01-21T00:00:00Z"));  // no such deal
    join.addTouch(touch("d", Optional.of("L7"), Optional.empty(), "2026-01-21T00:00:00Z"));  // no such lead
    join.addTouch(touch("e", Optional.of("L7"), Optional.of("D1"), "2026-01-22T00:00:00Z")); // kept for D1
    List<DealJourney> journeys = join.journeys();
    assertEquals(1, journeys.size());
    DealJourney j = journeys.get(0);
    assertEquals(List.of("a", "b", "e"), j.touchesInOrder().stream().map(Touch::id).toList());
    assertEquals(Optional.of(Instant.parse("2026-01-10T00:00:00Z")), j.leadCreated());
    Map<String, Long> unmatched = join.unmatched().stream().collect(Collectors.toMap(Exclusion::reason,
        Exclusion::count));
    assertEquals(Map.of(JourneyJoin.REPEATED_DEAL, 1L, JourneyJoin.NO_AMOUNT, 1L, JourneyJoin.TOUCH_WITHOUT_DEAL, 2L,
        JourneyJoin.UNKNOWN_LEAD, 1L), unmatched);
  }

  @Test
  void a_repeated_lead_or_stage_history_is_counted_never_dropped_silently() {
    JourneyJoin join = new JourneyJoin(ZoneOffset.UTC, 3);
    LeadJourney l1 = LeadJourney.of(Lead.builder().id("L1").createdAt(Instant.parse("2026-01-10T00:00:00Z")).build());
    join.addLead(l1);
    join.addLead(l1);
    dev.revops.core.history.DealHistory h = dev.revops.core.history.DealHistory.of(List.of(
        JourneyMilestonesTest.change(Optional.empty(), "proposal", "2026-01-15T00:00:00Z")));
    join.addHistory(h);
    join.addHistory(h);
    join.journeys();
    Map<String, Long> unmatched = join.unmatched().stream().collect(Collectors.toMap(Exclusion::reason,
        Exclusion::count));
    assertEquals(1L, unmatched.get(JourneyJoin.REPEATED_LEAD));
    assertEquals(1L, unmatched.get(JourneyJoin.REPEATED_HISTORY));
  }
}
