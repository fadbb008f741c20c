package dev.revops.core.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.FieldChange;
import dev.revops.core.history.StageChange;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import dev.revops.core.probability.Probability;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DealTimelineTest {
  final PipelineDefinition def = TestPipelines.standard();

  StageChange move(String from, String to, String at) {
    return StageChange.builder().dealId("D1").from(Optional.ofNullable(from).map(def::stage)).to(def.stage(to))
        .at(Instant.parse(at)).actor("alice").build();
  }

  static FieldChange change(String field, String from, String to, String at, String actor) {
    return FieldChange.builder().dealId("D1").field(field).from(Optional.ofNullable(from))
        .to(Optional.ofNullable(to)).at(Instant.parse(at)).actor(actor).build();
  }

  /** Created in August in Prospecting, won on 28 September; its amount, close date, owner and probability moved. */
  DealTimeline won() {
    Deal now = Deal.builder().id("D1").owner("alice").amount(Money.parse("USD 48000.00"))
        .stage(def.stage("closed-won")).createdDate(LocalDate.parse("2026-08-01"))
        .expectedCloseDate(LocalDate.parse("2026-09-28")).closedDate(LocalDate.parse("2026-09-28")).build();
    DealHistory history = DealHistory.of(List.of(
        move(null, "prospecting", "2026-08-01T09:00:00Z"),
        move("prospecting", "discovery", "2026-08-20T10:00:00Z"),
        move("discovery", "proposal", "2026-09-10T10:00:00Z"),
        move("proposal", "closed-won", "2026-09-28T15:00:00Z")));
    List<FieldChange> changes = List.of(
        change("expectedCloseDate", "2026-09-30", "2026-09-28", "2026-09-28T15:00:00Z", "alice"),
        change("owner", "bob", "alice", "2026-08-25T00:00:00Z", "manager"),
        change("expectedCloseDate", "2026-09-15", "2026-09-30", "2026-09-05T12:00:00Z", "bob"),
        change("amount", "40000.00", "48000.00", "2026-09-12T08:00:00Z", "alice"),
        change("probability", "0.6", "0.7", "2026-09-15T08:00:00Z", "carol"));
    return DealTimeline.of(now, Optional.of(history), changes, ZoneOffset.UTC);
  }

  Deal at(DealTimeline t, String instant) {
    return t.asOf(Instant.parse(instant)).orElseThrow();
  }

  @Test
  void a_deal_does_not_exist_before_its_first_stage_change() {
    assertEquals(Optional.empty(), won().asOf(Instant.parse("2026-08-01T08:59:59Z")));
  }

  @Test
  void rebuilds_stage_and_fields_as_they_were() {
    Deal early = at(won(), "2026-08-10T00:00:00Z");
    assertEquals("prospecting", early.stage().id());
    assertEquals(Optional.of(Money.parse("USD 40000.00")), early.amount());
    assertEquals(Optional.of(LocalDate.parse("2026-09-15")), early.expectedCloseDate());
    assertEquals(Optional.of("bob"), early.owner());
    assertEquals(Optional.empty(), early.closedDate());
    assertEquals(Optional.empty(), early.probabilityOverride());

    Deal proposal = at(won(), "2026-09-14T00:00:00Z");
    assertEquals("proposal", proposal.stage().id());
    assertEquals(Optional.of(Money.parse("USD 48000.00")), proposal.amount());
    assertEquals(Optional.of(LocalDate.parse("2026-09-30")), proposal.expectedCloseDate());
    assertEquals(Optional.of("alice"), proposal.owner());
    // the probability change of 15 September starts from 0.6, Proposal's default: no override yet
    assertEquals(Optional.empty(), proposal.probabilityOverride());
  }

  @Test
  void an_override_holds_from_its_change_to_the_end_of_its_stage_visit() {
    Deal overridden = at(won(), "2026-09-20T00:00:00Z");
    assertEquals(Optional.of(ProbabilityOverride.of(Probability.parse("0.7"), "carol")),
        overridden.probabilityOverride());
    assertEquals(Probability.parse("0.7"), overridden.effectiveProbability().probability());
    // in Discovery, before the visit the change belongs to, there is none
    assertEquals(Optional.empty(), at(won(), "2026-08-21T00:00:00Z").probabilityOverride());
  }

  @Test
  void a_closed_deal_gets_its_closed_date_from_the_history() {
    Deal closed = at(won(), "2026-09-29T00:00:00Z");
    assertEquals("closed-won", closed.stage().id());
    assertEquals(Optional.of(LocalDate.parse("2026-09-28")), closed.closedDate());
    assertEquals(Optional.empty(), closed.probabilityOverride());
    assertEquals(won().current(), closed);
  }

  @Test
  void without_a_history_the_stage_is_taken_as_unchanged_and_the_created_date_decides_existence() {
    Deal open = Deal.builder().id("D1").stage(def.stage("proposal")).amount(Money.parse("EUR 900.00"))
        .createdDate(LocalDate.parse("2026-09-01"))
        .probabilityOverride(ProbabilityOverride.of(Probability.parse("0.5"), "dana"))
        .forecastCategoryOverride(ForecastCategory.COMMIT).build();
    DealTimeline t = DealTimeline.of(open, Optional.empty(),
        List.of(change("amount", "700.00", "900.00", "2026-09-20T00:00:00Z", "dana")), ZoneOffset.UTC);
    assertEquals(Optional.empty(), t.asOf(Instant.parse("2026-08-31T23:59:59Z")));
    Deal then = t.asOf(Instant.parse("2026-09-01T00:00:00Z")).orElseThrow();
    assertEquals("proposal", then.stage().id());
    assertEquals(Optional.of(Money.parse("EUR 700.00")), then.amount());
    assertEquals(open.probabilityOverride(), then.probabilityOverride());
    assertEquals(Optional.of(ForecastCategory.COMMIT), then.forecastCategoryOverride());
  }

  @Test
  void without_a_history_a_deal_closed_since_cannot_be_placed() {
    Deal lost = Deal.builder().id("D1").stage(def.stage("closed-lost")).createdDate(LocalDate.parse("2026-09-01"))
        .closedDate(LocalDate.parse("2026-09-20")).build();
    DealTimeline t = DealTimeline.of(lost, Optional.empty(), List.of(), ZoneOffset.UTC);
    assertEquals("closed-lost", t.asOf(Instant.parse("2026-09-21T00:00:00Z")).orElseThrow().stage().id());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> t.asOf(Instant.parse("2026-09-10T00:00:00Z")));
    assertEquals("deal D1 as of 2026-09-10T00:00:00Z: stage 'closed-lost' cannot be told before the deal closed on "
        + "2026-09-20 without a stage history", e.getMessage());
    Deal undated = Deal.builder().id("D2").stage(def.stage("proposal")).build();
    InvalidValueException noDate = assertThrows(InvalidValueException.class,
        () -> DealTimeline.of(undated, Optional.empty(), List.of(), ZoneOffset.UTC).asOf(Instant.EPOCH));
    assertTrue(noDate.getMessage().contains("createdDate"), noDate.getMessage());
  }

  @Test
  void refuses_records_that_disagree() {
    Deal now = won().current();
    DealHistory toProposal = DealHistory.of(List.of(move(null, "proposal", "2026-08-01T09:00:00Z")));
    InvalidValueException stage = assertThrows(InvalidValueException.class,
        () -> DealTimeline.of(now, Optional.of(toProposal), List.of(), ZoneOffset.UTC));
    assertTrue(stage.getMessage().contains("the history ends in proposal"), stage.getMessage());
    InvalidValueException amount = assertThrows(InvalidValueException.class, () -> DealTimeline.of(now,
        Optional.empty(), List.of(change("amount", "40000.00", "50000.00", "2026-09-12T08:00:00Z", "x")),
        ZoneOffset.UTC));
    assertEquals("deal D1: amount 'USD 48000.00' must be the value its latest change led to "
        + "(the change at 2026-09-12T08:00:00Z set 50000.00)", amount.getMessage());
    FieldChange other = FieldChange.builder().dealId("D9").field("owner").to("x").at(Instant.EPOCH).build();
    assertThrows(InvalidValueException.class, () -> DealTimeline.of(now, Optional.empty(), List.of(other),
        ZoneOffset.UTC));
  }

  @Test
  void a_rebuilt_deal_that_breaks_a_rule_names_the_deal_and_the_instant() {
    Deal now = Deal.builder().id("D1").stage(def.stage("proposal")).createdDate(LocalDate.parse("2026-09-01"))
        .projectedMarginRate(new java.math.BigDecimal("0.5")).build();
    DealTimeline t = DealTimeline.of(now, Optional.empty(),
        List.of(change("projectedMarginRate", "1.5", "0.5", "2026-09-10T00:00:00Z", "x")), ZoneOffset.UTC);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> t.asOf(Instant.parse("2026-09-05T00:00:00Z")));
    assertTrue(e.getMessage().startsWith("deal D1 as of 2026-09-05T00:00:00Z: projectedMarginRate '1.5' must be at most 1"),
        e.getMessage());
  }
}
