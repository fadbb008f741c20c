package dev.revops.forecast.velocity;

import java.time.Instant;
import dev.revops.core.metric.Provenance;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.deal.Deal;
import java.time.ZoneId;
import dev.revops.core.scope.Scope;
import dev.revops.core.deal.DealWithHistory;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.history.DealHistory;
import dev.revops.core.period.WorkingCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StageVelocityTest {
  static final VelocityOptions OPTIONS = VelocityOptions.builder().scope(Scope.asOf(LocalDate.parse("2026-02-01"))).build();

  static List<DealHistory> sample() {
    return List.of(
        // prospecting 10 days, qualification 12, discovery 8, then lost (Jan 31)
        Histories.of("H1", "2026-01-01", "prospecting@0", "qualification@10", "discovery@22", "closed-lost@30"),
        // prospecting 5 days, skips to discovery for 3, back to qualification from Jan 13, still there
        Histories.of("H2", "2026-01-05", "prospecting@0", "discovery@5", "qualification@8"),
        // changes only after the as-of date
        Histories.of("H3", "2026-03-01", "prospecting@0"));
  }

  static StageVelocityResult run(VelocityOptions options) {
    StageVelocity v = new StageVelocity(options);
    sample().forEach(h -> v.add(DealWithHistory.ofHistory(h)));
    return v.result();
  }

  @Test
  void counts_how_each_visit_ended_and_how_long_completed_visits_took() {
    StageVelocityResult r = run(OPTIONS);
    assertEquals(List.of("prospecting", "qualification", "discovery"),
        r.stages().stream().map(StageVelocityRow::stageId).toList());
    StageVelocityRow prospecting = r.stages().get(0);
    assertEquals(2, prospecting.entered());
    assertEquals(2, prospecting.exitedForward());
    assertEquals(new BigDecimal("7.50"), prospecting.completed().orElseThrow().meanDays());
    assertEquals(new BigDecimal("7.50"), prospecting.completed().orElseThrow().medianDays());
    assertEquals(new BigDecimal("9.50"), prospecting.completed().orElseThrow().p90Days()); // 5 + 0.9 x 5
    // 5 and 10 days exactly: 1,296,000 s in all, median 648,000 s
    assertEquals(1_296_000L, prospecting.completed().orElseThrow().totalSeconds());
    assertEquals(new BigDecimal("648000"), prospecting.completed().orElseThrow().medianSeconds());
    assertEquals(Optional.of(new BigDecimal("5.00")), prospecting.survival().medianDays());
    StageVelocityRow qualification = r.stages().get(1);
    assertEquals(1, qualification.exitedForward());
    assertEquals(1, qualification.stillOpen());
    assertEquals(new BigDecimal("12.00"), qualification.completed().orElseThrow().meanDays());
    assertEquals(2, qualification.survival().visits());
    assertEquals(1, qualification.survival().ended());
    StageVelocityRow discovery = r.stages().get(2);
    assertEquals(1, discovery.exitedToLost());
    assertEquals(1, discovery.exitedBackward());
    assertEquals(2, r.counted());
    assertEquals("no stage change before the as-of date", r.excluded().get(0).reason());
  }

  @Test
  void lists_open_deals_older_than_the_stages_aging_percentile() {
    StageVelocityResult r = run(OPTIONS);
    // H2 is in qualification since Jan 13: 19 days, above the 12 days of the only completed visit
    assertEquals(1, r.aging().size());
    AgingDeal a = r.aging().get(0);
    assertEquals("H2", a.dealId());
    assertEquals("qualification", a.stageId());
    assertEquals(new BigDecimal("19.00"), a.daysInStage());
    assertEquals(new BigDecimal("12.00"), a.thresholdDays());
  }

  @Test
  void a_window_keeps_only_visits_entered_in_it() {
    StageVelocityResult r = run(VelocityOptions.builder().scope(Scope.asOf(LocalDate.parse("2026-02-01")))
        .since(LocalDate.parse("2026-01-12")).build());
    // entered on or after Jan 12: H1 discovery (Jan 23), H2 qualification (Jan 13)
    assertEquals(List.of("qualification", "discovery"), r.stages().stream().map(StageVelocityRow::stageId).toList());
    assertEquals(1, r.stages().get(0).entered());
  }

  @Test
  void business_days_leave_weekends_and_holidays_out() {
    Scope withHoliday = Scope.builder().asOf(LocalDate.parse("2026-02-01"), ZoneId.of("UTC"))
        .workingCalendar(WorkingCalendar.builder().addHolidays(LocalDate.parse("2026-01-01")).build()).build();
    VelocityOptions business = VelocityOptions.builder().scope(withHoliday).dayCount(DayCount.BUSINESS).build();
    StageVelocity v = new StageVelocity(business);
    // Thursday Jan 1 (holiday) to Monday Jan 12: Jan 2, 5, 6, 7, 8, 9 = 6 working days
    v.add(DealWithHistory.ofHistory(Histories.of("B1", "2026-01-01", "prospecting@0", "qualification@11")));
    assertEquals(new BigDecimal("6.00"), v.result().stages().get(0).completed().orElseThrow().meanDays());
  }

  @Test
  void gives_each_deal_its_stage_times_and_sales_cycle() {
    DealTimes t = DealTimes.of(sample().get(0), OPTIONS);
    assertEquals(List.of("prospecting", "qualification", "discovery", "closed-lost"),
        t.stages().stream().map(StageTime::stageId).toList());
    assertEquals(new BigDecimal("12.00"), t.stages().get(1).cumulativeDays());
    assertEquals(Optional.of(new BigDecimal("30.00")), t.cycleDays());
    DealTimes open = DealTimes.of(Histories.of("H4", "2026-01-01", "prospecting@0", "qualification@2",
        "prospecting@3", "qualification@5"), OPTIONS);
    StageTime q = open.stages().get(1);
    assertEquals(2, q.visits());
    assertEquals(new BigDecimal("26.00"), q.latestDays());      // Jan 6 to Feb 1
    assertEquals(new BigDecimal("27.00"), q.cumulativeDays());  // + 1 day the first time
    assertEquals(true, q.current());
    assertEquals(Optional.empty(), open.cycleDays());
  }

  @Test
  void the_result_cites_stage_velocity_and_says_what_it_counted_and_left_out() {
    StageVelocity v = new StageVelocity(OPTIONS);
    sample().forEach(h -> v.add(DealWithHistory.ofHistory(h)));
    v.add(DealWithHistory.ofDeal(Deal.builder().id("D9").stage(Histories.DEF.stage("prospecting")).build()));
    Provenance p = v.result().provenance();
    assertEquals(DefinitionRef.of("stage-velocity", 1), p.definition());
    assertEquals(Instant.parse("2026-02-01T00:00:00Z"), p.asOf());
    assertEquals(2, p.counted());                                   // H1 and H2
    assertEquals(List.of("no stage change before the as-of date: 1 [H3]", "no stage history: 1 [D9]"),
        p.excluded().stream().map(e -> e.reason() + ": " + e.count() + " " + e.examples()).sorted().toList());
  }
}
