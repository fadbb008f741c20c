package dev.revops.core.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.InvalidValueException;
import dev.revops.core.json.RevopsJson;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeadFunnelTest {
  static final LifecycleDefinition HUBSPOT = LifecycleDefinition.hubspotDefault();
  static final Instant AS_OF = Instant.parse("2026-07-01T00:00:00Z");

  /** A lead created at the first instant, entering the stages at the instants given, pairwise. */
  static LeadJourney journey(String id, Optional<DealLink> link, String... stageAt) {
    List<LifecycleChange> changes = new ArrayList<>();
    String previous = null;
    for (int i = 0; i < stageAt.length; i += 2) {
      changes.add(LifecycleChange.builder().leadId(id).from(Optional.ofNullable(previous)).to(stageAt[i])
          .at(Instant.parse(stageAt[i + 1])).build());
      previous = stageAt[i];
    }
    Lead lead = Lead.builder().id(id).createdAt(Instant.parse(stageAt[1])).build();
    return LeadJourney.builder().lead(lead).history(LifecycleHistory.of(changes)).link(link.map(l -> DealLink.builder()
        .leadId(id).dealId(l.dealId()).convertedAt(l.convertedAt()).wonAt(l.wonAt()).lostAt(l.lostAt()).build())).build();
  }

  static DealLink won(String converted, String won) {
    return DealLink.builder().leadId("x").dealId("D").convertedAt(Instant.parse(converted)).wonAt(Instant.parse(won))
        .build();
  }

  @Test
  void names_its_steps_by_stage_names_aliases_and_the_deal_steps() {
    LeadFunnel f = LeadFunnel.of(HUBSPOT, "MQL", "Sales Qualified Lead", "deal", "won");
    assertEquals(List.of("marketingqualifiedlead", "salesqualifiedlead", "deal-created", "deal-won"),
        f.steps().stream().map(FunnelStep::id).toList());
    assertEquals(List.of("Marketing Qualified Lead", "Sales Qualified Lead", "Deal created", "Deal won"),
        f.steps().stream().map(FunnelStep::displayName).toList());
    assertEquals(9, LeadFunnel.builder().lifecycle(HUBSPOT).build().steps().size()); // 7 funnel stages + 2 deal steps
    assertEquals(2, f.indexOf("deal-created"));
  }

  @Test
  void refuses_steps_out_of_order_repeated_outside_the_funnel_or_alone() {
    String m = assertThrows(InvalidValueException.class, () -> LeadFunnel.of(HUBSPOT, "SQL", "MQL")).getMessage();
    assertTrue(m.contains("must be listed in funnel order"), m);
    m = assertThrows(InvalidValueException.class, () -> LeadFunnel.of(HUBSPOT, "MQL", "won", "won")).getMessage();
    assertTrue(m.contains("must not repeat a step"), m);
    m = assertThrows(InvalidValueException.class, () -> LeadFunnel.of(HUBSPOT, "MQL", "other")).getMessage();
    assertTrue(m.contains("must be a funnel stage of hubspot-lifecycle@1"), m);
    m = assertThrows(InvalidValueException.class, () -> LeadFunnel.of(HUBSPOT, "MQL")).getMessage();
    assertTrue(m.contains("must name at least two steps"), m);
    m = assertThrows(InvalidValueException.class, () -> LeadFunnel.of(HUBSPOT, "prospect", "won")).getMessage();
    assertTrue(m.contains("step 'prospect' is not a stage of lifecycle hubspot-lifecycle@1"), m);
  }

  @Test
  void round_trips_through_json() throws Exception {
    ObjectMapper json = RevopsJson.mapper();
    LeadFunnel f = LeadFunnel.builder().lifecycle(HUBSPOT).addStepIds("marketingqualifiedlead", "deal-won")
        .skippedStages(SkippedStages.PASSED_THROUGH).build();
    assertEquals(f, json.readValue(json.writeValueAsString(f), LeadFunnel.class));
  }

  @Test
  void a_lead_reaches_each_step_at_its_first_entry_and_nothing_after_the_as_of_instant() {
    LeadFunnel f = LeadFunnel.of(HUBSPOT, "lead", "MQL", "SQL", "deal", "won");
    LeadJourney j = journey("L1", Optional.of(won("2026-03-01T00:00:00Z", "2026-08-01T00:00:00Z")),
        "lead", "2026-01-01T00:00:00Z", "marketingqualifiedlead", "2026-01-10T00:00:00Z",
        "lead", "2026-01-12T00:00:00Z", "marketingqualifiedlead", "2026-02-01T00:00:00Z",
        "salesqualifiedlead", "2026-02-15T00:00:00Z");
    LeadProgress p = f.progress(j, AS_OF);
    assertEquals(Optional.of(Instant.parse("2026-01-01T00:00:00Z")), p.reached(0));
    assertEquals(Optional.of(Instant.parse("2026-01-10T00:00:00Z")), p.reached(1)); // first of two entries
    assertEquals(Optional.of(Instant.parse("2026-03-01T00:00:00Z")), p.reached(3));
    assertEquals(Optional.empty(), p.reached(4)); // won after the as-of instant
    assertEquals(Optional.of(Instant.parse("2026-02-15T00:00:00Z")), p.conversionAt(1, 2));
    assertEquals(Optional.of(Instant.parse("2026-03-01T00:00:00Z")), p.conversionAt(1, 3));
    assertEquals(CohortOutcome.UNRESOLVED, p.outcome(1, 4, Optional.empty()));
    assertEquals(CohortOutcome.CONVERTED, p.outcome(0, 2, Optional.empty()));
  }

  @Test
  void a_skipped_stage_is_reached_when_passed_through_only_if_the_funnel_says_so() {
    LeadJourney j = journey("L1", Optional.empty(), "lead", "2026-01-01T00:00:00Z",
        "salesqualifiedlead", "2026-01-20T00:00:00Z");
    LeadFunnel recorded = LeadFunnel.of(HUBSPOT, "lead", "MQL", "SQL");
    assertEquals(Optional.empty(), recorded.progress(j, AS_OF).reached(1));
    // Converted from lead to MQL-or-later when it reached SQL.
    assertEquals(Optional.of(Instant.parse("2026-01-20T00:00:00Z")), recorded.progress(j, AS_OF).conversionAt(0, 1));
    LeadFunnel passed = LeadFunnel.builder().lifecycle(HUBSPOT).addAllStepIds(recorded.stepIds())
        .skippedStages(SkippedStages.PASSED_THROUGH).build();
    assertEquals(Optional.of(Instant.parse("2026-01-20T00:00:00Z")), passed.progress(j, AS_OF).reached(1));
  }

  @Test
  void the_cohort_rule_converted_not_converted_or_unresolved_by_hand() {
    LifecycleDefinition withDisqualified = LifecycleDefinition.builder().id("with-unqualified").version(1)
        .effectiveFrom(LocalDate.parse("2026-01-01")).addAllStages(HUBSPOT.stages()).putAllAliases(HUBSPOT.aliases())
        .addStages(LifecycleStage.builder().id("unqualified").displayName("Unqualified").order(90)
            .kind(LifecycleStageKind.DISQUALIFIED).owningTeam("sdr").build()).build();
    LeadFunnel f = LeadFunnel.of(withDisqualified, "MQL", "SQL", "won");
    Optional<Duration> none = Optional.empty();
    Optional<Duration> days30 = Optional.of(Duration.ofDays(30));
    // Converted on day 40 after entering MQL: converted without a window, not within 30 days.
    LeadProgress late = f.progress(journey("A", Optional.empty(), "marketingqualifiedlead", "2026-01-01T00:00:00Z",
        "salesqualifiedlead", "2026-02-10T00:00:00Z"), AS_OF);
    assertEquals(CohortOutcome.CONVERTED, late.outcome(0, 1, none));
    assertEquals(CohortOutcome.NOT_CONVERTED, late.outcome(0, 1, days30));
    // Disqualified after entering MQL: not converted; never converts to won either.
    LeadProgress dq = f.progress(journey("B", Optional.empty(), "marketingqualifiedlead", "2026-01-01T00:00:00Z",
        "unqualified", "2026-01-03T00:00:00Z"), AS_OF);
    assertEquals(CohortOutcome.NOT_CONVERTED, dq.outcome(0, 1, none));
    assertEquals(CohortOutcome.NOT_CONVERTED, dq.outcome(0, 2, none));
    // Entered MQL five days before the as-of instant: unresolved with or without a 30-day window.
    LeadProgress recent = f.progress(journey("C", Optional.empty(), "marketingqualifiedlead", "2026-06-26T00:00:00Z"),
        AS_OF);
    assertEquals(CohortOutcome.UNRESOLVED, recent.outcome(0, 1, none));
    assertEquals(CohortOutcome.UNRESOLVED, recent.outcome(0, 1, days30));
    // Entered MQL 31 days before: its 30-day window has run out.
    LeadProgress old = f.progress(journey("D", Optional.empty(), "marketingqualifiedlead", "2026-05-31T00:00:00Z"),
        AS_OF);
    assertEquals(CohortOutcome.NOT_CONVERTED, old.outcome(0, 1, days30));
    // A lost deal ends the conversion to won, not the one to SQL it already made.
    DealLink lost = DealLink.builder().leadId("x").dealId("D").convertedAt(Instant.parse("2026-02-01T00:00:00Z"))
        .lostAt(Instant.parse("2026-03-01T00:00:00Z")).build();
    LeadProgress lostDeal = f.progress(journey("E", Optional.of(lost), "marketingqualifiedlead", "2026-01-01T00:00:00Z",
        "salesqualifiedlead", "2026-01-15T00:00:00Z"), AS_OF);
    assertEquals(CohortOutcome.CONVERTED, lostDeal.outcome(0, 1, none));
    assertEquals(CohortOutcome.NOT_CONVERTED, lostDeal.outcome(0, 2, none));
    assertEquals(CohortOutcome.NOT_CONVERTED, lostDeal.outcome(1, 2, none));
  }

  @Test
  void a_deal_won_before_the_leads_first_contact_counts_as_converted_and_is_flagged() {
    LeadFunnel f = LeadFunnel.of(HUBSPOT, "MQL", "won");
    // Olist's trap: first contact on 8 March, deal won on 6 March.
    LeadJourney j = journey("b91cf881", Optional.of(won("2018-03-06T19:38:55Z", "2018-03-06T19:38:55Z")),
        "marketingqualifiedlead", "2018-03-08T00:00:00Z");
    LeadProgress p = f.progress(j, Instant.parse("2019-01-01T00:00:00Z"));
    assertEquals(CohortOutcome.CONVERTED, p.outcome(0, 1, Optional.empty()));
    assertEquals(List.of(LeadProgress.CONVERTED_BEFORE_CREATED, LeadProgress.WON_BEFORE_CREATED), p.flags());
  }

  @Test
  void stage_ids_the_lifecycle_does_not_know_are_reported() {
    LeadFunnel f = LeadFunnel.of(HUBSPOT, "MQL", "won");
    LeadJourney j = journey("L1", Optional.empty(), "prospect", "2026-01-01T00:00:00Z",
        "marketingqualifiedlead", "2026-01-02T00:00:00Z");
    assertEquals(java.util.Set.of("prospect"), f.progress(j, AS_OF).unknownStages());
  }

  @Test
  void a_conversion_count_adds_up_and_rounds_its_rates_half_even() {
    ConversionCount c = ConversionCount.of(8, 3, 1, 4);
    assertEquals(Optional.of(new java.math.BigDecimal("0.7500")), c.rateOfResolved()); // 3 / 4
    assertEquals(Optional.of(new java.math.BigDecimal("0.3750")), c.rateOfAll()); // 3 / 8
    // 1/6 = 0.16666.. -> 0.1667; 5/80000 = 0.0000625 -> 0.0001 (half-even rounds the 6 up)
    assertEquals(Optional.of(new java.math.BigDecimal("0.1667")), ConversionCount.rate(1, 6));
    assertEquals(Optional.of(new java.math.BigDecimal("0.0001")), ConversionCount.rate(5, 80_000));
    // 1/80000 = 0.0000125 -> 0.0000; 1/20000 = 0.00005, a tie, goes to the even 0.0000; 3/20000 = 0.00015 to 0.0002
    assertEquals(Optional.of(new java.math.BigDecimal("0.0000")), ConversionCount.rate(1, 20_000));
    assertEquals(Optional.of(new java.math.BigDecimal("0.0002")), ConversionCount.rate(3, 20_000));
    assertEquals(Optional.of(new java.math.BigDecimal("0.0000")), ConversionCount.rate(1, 80_000));
    assertEquals(Optional.empty(), ConversionCount.of(0, 0, 0, 0).rateOfAll());
    assertThrows(InvalidValueException.class, () -> ConversionCount.of(5, 3, 1, 0));
  }

  @Test
  void the_effective_date_of_the_bundled_default_is_hubspots_customizable_stages_release() {
    assertEquals(LocalDate.parse("2022-09-30"), HUBSPOT.effectiveFrom());
  }
}
