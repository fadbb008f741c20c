package dev.revops.core.touch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.StageChange;
import dev.revops.core.lead.DealLink;
import dev.revops.core.lead.Lead;
import dev.revops.core.lead.LeadJourney;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The milestones of a journey come from the lead lifecycle and the deal, the most exact source first. */
class JourneyMilestonesTest {
  static final PipelineDefinition DEF = TestPipelines.standard();

  static Deal deal(String stage) {
    return Deal.builder().id("D7").amount(Money.parse("USD 1000.00")).stage(DEF.stage(stage)).segment("SMB")
        .createdDate(LocalDate.parse("2026-03-10")).closedDate(stage.startsWith("closed")
            ? Optional.of(LocalDate.parse("2026-05-20")) : Optional.empty()).build();
  }

  static LeadJourney lead(String id, String created, Optional<DealLink> link) {
    LeadJourney.Builder b = LeadJourney.builder().lead(Lead.builder().id(id).createdAt(Instant.parse(created))
        .segment("Mid-Market").build());
    link.ifPresent(b::link);
    return b.build();
  }

  static Touch touch(String id, String at) {
    return Touch.builder().id(id).dealId("D7").instant(Instant.parse(at)).channel("email").kind("click").build();
  }

  @Test
  void without_history_or_links_the_deal_s_dates_stand_for_the_end_of_their_day() {
    DealJourney j = JourneyMilestones.journey(deal("closed-won"), List.of(), List.of(touch("t1", "2026-03-10T18:00:00Z")),
        ZoneOffset.UTC);
    // created 2026-03-10: its last nanosecond, so a touch that day is at or before the opportunity's creation.
    assertEquals(Optional.of(Instant.parse("2026-03-10T23:59:59.999999999Z")), j.opportunityCreated());
    assertEquals(Optional.of(Instant.parse("2026-05-20T23:59:59.999999999Z")), j.closedWon());
    assertEquals(Optional.empty(), j.leadCreated());
    assertEquals(JourneyOutcome.WON, j.outcome());
    assertEquals("SMB", j.segment());
    // In Paris (UTC+1 in March) 2026-03-10 ends at 22:59:59.999999999 UTC.
    assertEquals(Optional.of(Instant.parse("2026-03-10T22:59:59.999999999Z")), JourneyMilestones.journey(
        deal("closed-won"), List.of(), List.of(), ZoneId.of("Europe/Paris")).opportunityCreated());
  }

  @Test
  void leads_give_lead_creation_and_their_links_opportunity_creation_and_won() {
    DealLink link = DealLink.builder().leadId("L2").dealId("D7").convertedAt(Instant.parse("2026-03-09T10:00:00Z"))
        .wonAt(Instant.parse("2026-05-19T15:00:00Z")).build();
    List<LeadJourney> leads = List.of(lead("L1", "2026-02-03T09:00:00Z", Optional.empty()),
        lead("L2", "2026-02-01T09:00:00Z", Optional.of(link)));
    Touch ofLead = Touch.builder().id("t0").leadId("L1").instant(Instant.parse("2026-01-20T09:00:00Z"))
        .channel("organic").kind("visit").build();
    DealJourney j = JourneyMilestones.journey(deal("closed-won"), leads, List.of(ofLead), ZoneOffset.UTC);
    assertEquals(Optional.of(Instant.parse("2026-02-01T09:00:00Z")), j.leadCreated());   // the earliest lead
    assertEquals(Optional.of(Instant.parse("2026-03-09T10:00:00Z")), j.opportunityCreated()); // the link, not the date
    assertEquals(Optional.of(Instant.parse("2026-05-19T15:00:00Z")), j.closedWon());
    assertEquals(List.of("L1", "L2"), List.copyOf(j.leadIds()));
    assertEquals(List.of(ofLead), j.touchesInOrder());
  }

  @Test
  void the_stage_history_wins_over_links_and_dates() {
    DealHistory h = DealHistory.of(List.of(
        change(Optional.empty(), "prospecting", "2026-03-08T08:00:00Z"),
        change(Optional.of("prospecting"), "closed-won", "2026-05-18T12:00:00Z")));
    DealLink link = DealLink.builder().leadId("L2").dealId("D7").convertedAt(Instant.parse("2026-03-09T10:00:00Z"))
        .build();
    DealJourney j = JourneyMilestones.journey(deal("closed-won"), h, List.of(lead("L2", "2026-02-01T09:00:00Z",
        Optional.of(link))), List.of(), ZoneOffset.UTC);
    assertEquals(Optional.of(Instant.parse("2026-03-08T08:00:00Z")), j.opportunityCreated());
    assertEquals(Optional.of(Instant.parse("2026-05-18T12:00:00Z")), j.closedWon());
  }

  @Test
  void open_and_lost_deals_carry_their_probability_and_no_close() {
    DealJourney open = JourneyMilestones.journey(deal("proposal"), List.of(), List.of(), ZoneOffset.UTC);
    assertEquals(JourneyOutcome.OPEN, open.outcome());
    assertEquals(0, new BigDecimal("0.6").compareTo(open.probability()));
    assertEquals(Optional.empty(), open.closedWon());
    DealJourney lost = JourneyMilestones.journey(deal("closed-lost"), List.of(), List.of(), ZoneOffset.UTC);
    assertEquals(JourneyOutcome.LOST, lost.outcome());
    assertEquals(0, lost.probability().signum());
  }

  @Test
  void a_deal_without_amount_or_a_touch_of_another_deal_is_refused_naming_the_field() {
    Deal noAmount = Deal.builder().id("D8").stage(DEF.stage("proposal")).build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> JourneyMilestones.journey(noAmount, List.of(), List.of(), ZoneOffset.UTC));
    assertTrue(e.getMessage().contains("amount"), e.getMessage());
    Touch other = Touch.builder().id("x").dealId("D9").instant(Instant.parse("2026-03-01T00:00:00Z")).channel("email")
        .kind("click").build();
    e = assertThrows(InvalidValueException.class,
        () -> JourneyMilestones.journey(deal("proposal"), List.of(), List.of(other), ZoneOffset.UTC));
    assertTrue(e.getMessage().contains("touches"), e.getMessage());
  }

  static StageChange change(Optional<String> from, String to, String at) {
    return StageChange.builder().dealId("D7").from(from.map(DEF::stage)).to(DEF.stage(to)).at(Instant.parse(at))
        .build();
  }
}
