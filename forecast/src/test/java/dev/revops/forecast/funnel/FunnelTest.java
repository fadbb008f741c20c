package dev.revops.forecast.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.lead.ConversionCount;
import dev.revops.core.lead.DealLink;
import dev.revops.core.lead.Lead;
import dev.revops.core.lead.LeadFunnel;
import dev.revops.core.lead.LeadJourney;
import dev.revops.core.lead.LeadProgress;
import dev.revops.core.lead.LifecycleChange;
import dev.revops.core.lead.LifecycleHistory;
import dev.revops.core.lead.TestLifecycles;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.scope.Scope;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A funnel of eight leads worked out by hand. Steps: mql, sql, deal-won (test lifecycle); as of
 * 2026-07-01, monthly periods, UTC.
 *
 * <pre>
 * A web    mql 01-10, sql 01-20, deal 01-25, won 03-01
 * B web    mql 01-15, sql 02-14, deal 02-20, lost 04-01
 * C web    mql 02-01, unqualified 02-05
 * D event  mql 02-10
 * E event  mql 06-20, sql 06-25
 * F event  lead 03-01 only                    -> reached no step: left out
 * G web    mql 08-01 (created after as-of)    -> left out
 * H web    created and mql 03-10, deal won 03-05 (won before its first contact: counted, flagged; the
 *          won deal is on the deal track, so H is no SQL)
 * </pre>
 */
class FunnelTest {
  static final Instant AS_OF = Instant.parse("2026-07-01T00:00:00Z");
  static final LeadFunnel FUNNEL = LeadFunnel.of(TestLifecycles.standard(), "mql", "sql", "won");
  static final Map<String, String> ALL = Map.of();
  static final String MQL = "mql";
  static final String SQL = "sql";
  static final String WON = "deal-won";

  static Instant day(String monthDay) {
    return Instant.parse("2026-" + monthDay + "T00:00:00Z");
  }

  /** A lead created at its first stage entry, entering the stages pairwise (stage, month-day). */
  static LeadJourney lead(String id, String source, Optional<DealLink> link, String... stageDay) {
    List<LifecycleChange> changes = new ArrayList<>();
    String previous = null;
    for (int i = 0; i < stageDay.length; i += 2) {
      changes.add(LifecycleChange.builder().leadId(id).from(Optional.ofNullable(previous)).to(stageDay[i])
          .at(day(stageDay[i + 1])).build());
      previous = stageDay[i];
    }
    Lead lead = Lead.builder().id(id).source(source).createdAt(day(stageDay[1])).build();
    return LeadJourney.builder().lead(lead).history(LifecycleHistory.of(changes))
        .link(link.map(l -> DealLink.builder().leadId(id).dealId("D-" + id).convertedAt(l.convertedAt())
            .wonAt(l.wonAt()).lostAt(l.lostAt()).build())).build();
  }

  static Optional<DealLink> won(String converted, String won) {
    return Optional.of(DealLink.builder().leadId("x").dealId("x").convertedAt(day(converted)).wonAt(day(won)).build());
  }

  static Optional<DealLink> lost(String converted, String lost) {
    return Optional.of(DealLink.builder().leadId("x").dealId("x").convertedAt(day(converted)).lostAt(day(lost)).build());
  }

  static List<LeadJourney> leads() {
    return List.of(
        lead("A", "web", won("01-25", "03-01"), "mql", "01-10", "sql", "01-20"),
        lead("B", "web", lost("02-20", "04-01"), "mql", "01-15", "sql", "02-14"),
        lead("C", "web", Optional.empty(), "mql", "02-01", "unqualified", "02-05"),
        lead("D", "event", Optional.empty(), "mql", "02-10"),
        lead("E", "event", Optional.empty(), "mql", "06-20", "sql", "06-25"),
        lead("F", "event", Optional.empty(), "lead", "03-01"),
        lead("G", "web", Optional.empty(), "mql", "08-01"),
        lead("H", "web", won("03-05", "03-05"), "mql", "03-10"));
  }

  static FunnelOptions.Builder options() {
    return FunnelOptions.builder().scope(Scope.builder().asOf(AS_OF).build()).funnel(FUNNEL)
        .addRules(ConversionRule.COHORT, ConversionRule.PERIOD).addHorizonsDays(7, 30, 90);
  }

  static FunnelResult run(FunnelOptions options) {
    return new Funnel(options).addAll(leads()).result();
  }

  static ConversionCount cohort(FunnelResult r, Map<String, String> group, String from, String to, String cohort) {
    return r.cohort().orElseThrow().row(group, from, to, Optional.ofNullable(cohort)).orElseThrow().count();
  }

  static Optional<BigDecimal> dec(String s) {
    return Optional.of(new BigDecimal(s));
  }

  @Test
  void counts_each_lead_once_per_step_and_says_who_was_left_out_and_why() {
    FunnelResult r = run(options().build());
    assertEquals(6, r.provenance().counted());
    assertEquals(List.of(Exclusion.builder().reason("created after the as-of instant").count(1).addExamples("G").build(),
        Exclusion.builder().reason("reached no funnel step by the as-of instant").count(1).addExamples("F").build()),
        r.provenance().excluded());
    assertEquals(6, r.entered(ALL, MQL)); // A B C D E H
    assertEquals(3, r.entered(ALL, SQL)); // A B E
    assertEquals(2, r.entered(ALL, WON)); // A H
    assertEquals("funnel-step-entries@1", r.provenance().definition().toString());
    assertEquals(List.of("test-lifecycle@1"), r.provenance().basedOn().stream().map(Object::toString).toList());
  }

  @Test
  void the_cohort_rule_by_hand_without_a_window() {
    FunnelResult r = run(options().build());
    // mql -> sql: A B E converted, C disqualified, D and H open (H's won deal is on the deal track: a won
    // deal is not an SQL).
    assertEquals(ConversionCount.of(6, 3, 1, 2), cohort(r, ALL, MQL, SQL, null));
    assertEquals(dec("0.7500"), cohort(r, ALL, MQL, SQL, null).rateOfResolved()); // 3 / 4
    assertEquals(dec("0.5000"), cohort(r, ALL, MQL, SQL, null).rateOfAll()); // 3 / 6
    // sql -> won: A won, B lost, E open.
    assertEquals(ConversionCount.of(3, 1, 1, 1), cohort(r, ALL, SQL, WON, null));
    // mql -> won: A H won; B lost, C disqualified; D E open.
    assertEquals(ConversionCount.of(6, 2, 2, 2), cohort(r, ALL, MQL, WON, null));
    // By the month the cohort entered mql.
    assertEquals(ConversionCount.of(2, 2, 0, 0), cohort(r, ALL, MQL, SQL, "2026-01"));
    assertEquals(ConversionCount.of(2, 0, 1, 1), cohort(r, ALL, MQL, SQL, "2026-02"));
    assertEquals(ConversionCount.of(1, 0, 0, 1), cohort(r, ALL, MQL, SQL, "2026-03"));
    assertEquals(ConversionCount.of(2, 1, 1, 0), cohort(r, ALL, MQL, WON, "2026-01"));
    assertEquals(ConversionCount.of(1, 0, 0, 1), cohort(r, ALL, MQL, WON, "2026-06"));
    assertEquals("cohort-conversion@1", r.cohort().orElseThrow().provenance().definition().toString());
  }

  @Test
  void the_cohort_rule_by_hand_with_a_30_day_window() {
    FunnelResult r = run(options().window(Duration.ofDays(30)).build());
    // mql -> sql: A (10 days) and B (30 days, the window's last instant) converted, E (5 days); C disqualified;
    // D entered 02-10, its window ended 03-12, H entered 03-10, its window ended 04-09: not converted.
    assertEquals(ConversionCount.of(6, 3, 3, 0), cohort(r, ALL, MQL, SQL, null));
    // mql -> won: only H within 30 days (A took 50); E entered 06-20, its window ends 07-20: open.
    ConversionCount won = cohort(r, ALL, MQL, WON, null);
    assertEquals(ConversionCount.of(6, 1, 4, 1), won);
    assertEquals(dec("0.2000"), won.rateOfResolved()); // 1 / 5
    assertEquals(dec("0.1667"), won.rateOfAll()); // 1 / 6
    assertEquals(Optional.of(Duration.ofDays(30)), r.cohort().orElseThrow().window());
  }

  @Test
  void the_period_rule_by_hand_exceeds_100_percent_and_says_so() {
    PeriodConversionResult p = run(options().build()).period().orElseThrow();
    // mql entries by month: 01 A B, 02 C D, 03 H, 06 E. Conversions mql -> won: A 03-01, H 03-05, both in March.
    PeriodConversionRow march = p.row(ALL, MQL, WON, Optional.of("2026-03")).orElseThrow();
    assertEquals(1, march.entries());
    assertEquals(2, march.conversions());
    assertEquals(dec("2.0000"), march.rate());
    assertTrue(march.exceedsOne());
    // mql -> sql: A 01-20, B 02-14, E 06-25; none in March, when H entered.
    assertEquals(dec("0.5000"), p.row(ALL, MQL, SQL, Optional.of("2026-01")).orElseThrow().rate());
    assertEquals(dec("0.5000"), p.row(ALL, MQL, SQL, Optional.of("2026-02")).orElseThrow().rate());
    assertEquals(dec("0.0000"), p.row(ALL, MQL, SQL, Optional.of("2026-03")).orElseThrow().rate());
    // sql -> won: A won in March, when nobody entered sql: no rate, and it exceeds.
    PeriodConversionRow noEntries = p.row(ALL, SQL, WON, Optional.of("2026-03")).orElseThrow();
    assertEquals(Optional.empty(), noEntries.rate());
    assertTrue(noEntries.exceedsOne());
    // The whole span: 3 of 6, 1 of 3, 2 of 6.
    assertEquals(dec("0.5000"), p.row(ALL, MQL, SQL, Optional.empty()).orElseThrow().rate());
    assertEquals(dec("0.3333"), p.row(ALL, SQL, WON, Optional.empty()).orElseThrow().rate());
    assertEquals(2, p.rowsExceedingOne());
    assertTrue(p.note().contains("may exceed 100%"));
    assertEquals("period-conversion@1", p.provenance().definition().toString());
  }

  @Test
  void censored_times_to_convert_by_hand() {
    TimeToConvertResult t = run(options().build()).timeToConvert().orElseThrow();
    // mql -> sql: events 5 (E), 10 (A), 30 (B) days; censored at the as-of instant H 113, D 141, C 150 days.
    // Kaplan-Meier: S(5) = 5/6, S(10) = 5/6 x 4/5 = 4/6, S(30) = 4/6 x 3/4 = 0.5; converted by the last event
    // 0.5. Median: first t with 1 - S(t) >= 0.25, 10 days; p75 and p90 (0.375, 0.45): 30 days. Within 7 days
    // 1/6 = 0.1667.
    TimeToConvertRow sql = t.row(ALL, MQL, SQL).orElseThrow();
    assertEquals(6, sql.leads());
    assertEquals(3, sql.converted());
    assertEquals(3, sql.censored());
    assertEquals(0, sql.leftOut());
    assertEquals(dec("10.00"), sql.medianDays());
    assertEquals(dec("30.00"), sql.p75Days());
    assertEquals(dec("30.00"), sql.p90Days());
    assertEquals(Map.of(7, new BigDecimal("0.1667"), 30, new BigDecimal("0.5000"), 90, new BigDecimal("0.5000")),
        sql.convertedWithin());
    // mql -> won: A won after 50 days; E censored at 11 days, D 141, C 150, B 167 (lost: not converted by
    // the as-of instant); H won before it entered: left out. At 50 days four are at risk: S = 3/4. Median of
    // converters: 50 days.
    TimeToConvertRow won = t.row(ALL, MQL, WON).orElseThrow();
    assertEquals(1, won.leftOut());
    assertEquals(dec("50.00"), won.medianDays());
    assertEquals(Map.of(7, new BigDecimal("0.0000"), 30, new BigDecimal("0.0000"), 90, new BigDecimal("0.2500")),
        won.convertedWithin());
    assertEquals("time-to-convert@1", t.provenance().definition().toString());
  }

  @Test
  void groups_by_source() {
    FunnelResult r = run(options().addGroupBy(LeadDimension.SOURCE).build());
    Map<String, String> web = Map.of("source", "web");
    Map<String, String> event = Map.of("source", "event");
    assertEquals(4, r.entered(web, MQL)); // A B C H
    assertEquals(2, r.entered(event, MQL)); // D E
    assertEquals(ConversionCount.of(4, 2, 1, 1), cohort(r, web, MQL, SQL, null)); // A B; C; H
    assertEquals(ConversionCount.of(2, 1, 0, 1), cohort(r, event, MQL, SQL, null));
    assertEquals(dec("1.0000"), cohort(r, event, MQL, SQL, null).rateOfResolved());
    assertEquals(dec("0.5000"), cohort(r, event, MQL, SQL, null).rateOfAll());
    assertEquals(List.of("source"), r.groupBy());
  }

  @Test
  void the_deal_won_before_its_first_contact_is_counted_and_flagged() {
    FunnelResult r = run(options().build());
    assertEquals(List.of(LeadProgress.CONVERTED_BEFORE_CREATED, LeadProgress.WON_BEFORE_CREATED),
        r.flagged().stream().map(Exclusion::reason).sorted().toList());
    assertEquals(List.of("H"), r.flagged().get(0).examples());
  }

  @Test
  void computes_only_the_rules_asked_for() {
    FunnelResult cohortOnly = new Funnel(FunnelOptions.builder().scope(Scope.builder().asOf(AS_OF).build())
        .funnel(FUNNEL).addRules(ConversionRule.COHORT).timeToConvert(false).build()).addAll(leads()).result();
    assertTrue(cohortOnly.cohort().isPresent());
    assertTrue(cohortOnly.period().isEmpty());
    assertTrue(cohortOnly.timeToConvert().isEmpty());
    assertThrows(IllegalArgumentException.class, () -> FunnelOptions.builder().scope(Scope.asOf(LocalDate.EPOCH))
        .funnel(FUNNEL).build());
  }

  @Test
  void the_result_round_trips_through_json() throws Exception {
    ObjectMapper json = RevopsJson.mapper();
    FunnelResult r = run(options().addGroupBy(LeadDimension.SOURCE).build());
    assertEquals(r, json.readValue(json.writeValueAsString(r), FunnelResult.class));
    FunnelOptions o = options().addGroupBy(LeadDimension.attribute("landingPage")).window(Duration.ofDays(9)).build();
    assertEquals(o, json.readValue(json.writeValueAsString(o), FunnelOptions.class));
  }

  @Test
  void refuses_to_merge_funnels_counted_with_other_options() {
    Funnel a = new Funnel(options().build());
    Funnel b = new Funnel(options().window(Duration.ofDays(30)).build());
    assertThrows(IllegalArgumentException.class, () -> a.merge(b));
  }
}
