package dev.revops.forecast.calls;

import dev.revops.core.roster.CreditDate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.deal.Deal;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.forecast.pipeline.RangeMethod;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Wednesday review per manager on the hand-checked hierarchy of {@link CallDeals}: on 2026-10-01
 * west &lt;- bo &lt;- al and east &lt;- cy &lt;- ana (ana moved from bo to cy on 1 July); period 2026-Q4, Commit,
 * stage-default probabilities (negotiation 80%, proposal 60%, prospecting 10%).
 */
class ManagerReviewTest {

  static Money usd(String amount) {
    return Money.parse("USD " + amount);
  }

  /**
   * Q4: al won 100 and has a Commit of 200; bo's own Commit 50; ana's Commit 300; cy's own Pipeline 40.
   * Q6 (al, 2027-Q1) and Q7 (ana, lost) are counted by the roll-up or excluded, never in Q4's figures.
   */
  static List<Deal> deals() {
    return List.of(
        CallDeals.won("Q1", "al", "USD 100.00", "2026-10-01"),
        CallDeals.open("Q2", "al", "USD 200.00", "negotiation", "2026-11-15"),
        CallDeals.open("Q3", "ana", "USD 300.00", "negotiation", "2026-12-01"),
        CallDeals.open("Q4", "bo", "USD 50.00", "negotiation", "2026-11-01"),
        CallDeals.open("Q5", "cy", "USD 40.00", "prospecting", "2026-12-15"),
        CallDeals.open("Q6", "al", "USD 500.00", "negotiation", "2027-02-01"),
        CallDeals.lost("Q7", "ana", "USD 70.00", "2026-10-01"));
  }

  static ForecastCall call(String caller, String period, String amount, String at) {
    return ForecastCall.builder().caller(caller).period(period).category(ForecastCategory.COMMIT)
        .amount(usd(amount)).submittedAt(Instant.parse(at)).build();
  }

  static ManagerReviewOptions options() {
    return optionsBuilder().build();
  }

  static ManagerReviewOptions.Builder optionsBuilder() {
    return ManagerReviewOptions.builder().callOptions(CallDeals.options(CreditDate.AS_OF)).period("2026-Q4")
        .currency(Money.currency("USD")).addAllTargets(TargetRollupTest.targets())
        .addCalls(call("bo", "2026-Q4", "320.00", "2026-09-29T10:00:00Z"),
            call("bo", "2026-Q4", "330.00", "2026-09-30T12:00:00Z"),     // supersedes the 320
            call("bo", "2026-Q4", "999.00", "2026-10-02T09:00:00Z"),     // after the as-of: left out
            call("bo", "2026-Q3", "10.00", "2026-07-02T09:00:00Z"),      // another period
            call("cy", "2026-Q4", "280.00", "2026-09-30T12:00:00Z"),
            call("al", "2026-Q4", "260.00", "2026-09-30T12:00:00Z"))
        .addAdjustments(ForecastAdjustment.builder().adjuster("bo").subject("al").period("2026-Q4")
            .category(ForecastCategory.COMMIT).amount(usd("250.00")).at(Instant.parse("2026-09-30T09:00:00Z")).build());
  }

  static ManagerReviewResult review() {
    ManagerReview review = new ManagerReview(options(), BuiltInModel.STAGE_DEFAULT);
    deals().forEach(review::add);
    return review.result();
  }

  @Test
  void bo_s_line_holds_his_team_target_call_adjusted_roll_up_system_forecast_range_and_gaps() {
    ManagerRow bo = review().row("bo").orElseThrow();
    // target: bo's team target 600 (his people's own targets add up to 100 + al 400 = 500, shown beside it)
    assertEquals(Optional.of(usd("600.00")), bo.target());
    assertEquals(Optional.of(usd("500.00")), bo.targets().map(TargetRollupRow::rolledUp));
    assertEquals(Optional.of(usd("100.00")), bo.targets().flatMap(TargetRollupRow::difference));
    // call: his latest on or before 2026-10-01, 330 (the 320 is superseded, the 999 is later)
    assertEquals(Optional.of(usd("330.00")), bo.call());
    assertEquals(Optional.of(Instant.parse("2026-09-30T12:00:00Z")), bo.calledAt());
    // Commit without adjustments: al won 100 + al 200 + bo 50 = 350; with bo's adjustment of al to 250:
    // own 50 + 250 = 300
    assertEquals(usd("350.00"), bo.withoutAdjustments());
    assertEquals(usd("300.00"), bo.adjusted());
    // system: won 100 + weighted 200 x 0.8 + 50 x 0.8 = 100 + 200 = 300
    assertEquals(usd("100.00"), bo.closedWon());
    assertEquals(usd("200.00"), bo.weightedPipeline());
    assertEquals(usd("300.00"), bo.systemForecast());
    // range, enumerated: 0 (0.2 x 0.2 = 0.04), 50 (0.2 x 0.8 = 0.16, cumulative 0.20), 200 (0.16, 0.36),
    // 250 (0.64, 1.00); P10 = 50, P50 = P90 = 250; plus the 100 won
    assertEquals(Optional.of(usd("150.00")), bo.p10());
    assertEquals(Optional.of(usd("350.00")), bo.p50());
    assertEquals(Optional.of(usd("350.00")), bo.p90());
    assertEquals(Optional.of(RangeMethod.EXACT), bo.rangeMethod());
    assertEquals(2, bo.openDeals());
    assertEquals(1, bo.wonDeals());
    // gaps: 600 - 330 = 270; 330 - 300 = 30; 300 - 330 = -30
    assertEquals(Optional.of(usd("270.00")), bo.targetMinusCall());
    assertEquals(Optional.of(usd("30.00")), bo.callMinusSystem());
    assertEquals(Optional.of(usd("-30.00")), bo.adjustedMinusCall());
  }

  @Test
  void cy_s_line_counts_ana_who_moved_to_him_in_july() {
    ManagerRow cy = review().row("cy").orElseThrow();
    // target: no team target; ana's own 350 rolls up to cy
    assertEquals(Optional.of(usd("350.00")), cy.target());
    assertEquals(Optional.of(TargetCovers.OWN), cy.targets().map(TargetRollupRow::targetSource));
    assertEquals(Optional.of(usd("280.00")), cy.call());
    // Commit: ana's 300 (cy's own 40 is Pipeline); no adjustment
    assertEquals(usd("300.00"), cy.withoutAdjustments());
    assertEquals(usd("300.00"), cy.adjusted());
    // system: 300 x 0.8 + 40 x 0.1 = 240 + 4 = 244
    assertEquals(usd("0.00"), cy.closedWon());
    assertEquals(usd("244.00"), cy.systemForecast());
    // range: 0 (0.2 x 0.9 = 0.18), 40 (0.2 x 0.1 = 0.02, cumulative 0.20), 300 (0.8 x 0.9 = 0.72, 0.92),
    // 340 (0.08, 1.00): P10 = 0, P50 = 300, P90 = 300
    assertEquals(Optional.of(usd("0.00")), cy.p10());
    assertEquals(Optional.of(usd("300.00")), cy.p50());
    assertEquals(Optional.of(usd("300.00")), cy.p90());
    // gaps: 350 - 280 = 70; 280 - 244 = 36; 300 - 280 = 20
    assertEquals(Optional.of(usd("70.00")), cy.targetMinusCall());
    assertEquals(Optional.of(usd("36.00")), cy.callMinusSystem());
    assertEquals(Optional.of(usd("20.00")), cy.adjustedMinusCall());
  }

  @Test
  void the_rows_are_every_person_with_reports_from_the_top_down_and_the_regions_hold_their_managers() {
    ManagerReviewResult r = review();
    assertEquals(List.of("east", "west", "bo", "cy"), r.rows().stream().map(ManagerRow::person).toList());
    ManagerRow east = r.row("east").orElseThrow();
    // east: team target 300 (50 short of the 350 below), no call: no gap needs a call
    assertEquals(Optional.of(usd("300.00")), east.target());
    assertEquals(Optional.empty(), east.call());
    assertEquals(Optional.empty(), east.targetMinusCall());
    assertEquals(usd("244.00"), east.systemForecast());
    ManagerRow west = r.row("west").orElseThrow();
    assertEquals(usd("350.00"), west.withoutAdjustments());
    assertEquals(usd("300.00"), west.adjusted());
    assertEquals(usd("300.00"), west.systemForecast());
  }

  @Test
  void calls_used_and_left_out_and_the_deals_counted_are_in_the_result() {
    ManagerReviewResult r = review();
    // bo 330, cy 280, al 260
    assertEquals(3, r.callsUsed());
    assertEquals(List.of("after-as-of 1", "other-period-category-or-currency 1", "superseded 1"),
        r.callsExcluded().stream().map(e -> e.reason() + " " + e.count()).sorted().toList());
    // Q1-Q6 counted by the roll-up (Q6 in 2027-Q1), Q7 lost
    assertEquals(6, r.provenance().counted());
    assertEquals(List.of("lost"), r.provenance().excluded().stream().map(Exclusion::reason).toList());
    assertEquals(CallMetrics.MANAGER_REVIEW, r.provenance().definition());
    assertTrue(r.provenance().basedOn().contains(BuiltInModel.STAGE_DEFAULT.ref()));
    assertEquals(1, r.adjusted().provenance().counted());
  }

  @Test
  void a_row_reads_back_from_json_with_its_gaps_computed_again() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper json = dev.revops.core.json.RevopsJson.mapper();
    ManagerRow bo = review().row("bo").orElseThrow();
    String text = json.writeValueAsString(bo);
    assertTrue(text.contains("\"targetMinusCall\":\"USD 270.00\""), text);
    assertEquals(bo, json.readValue(text, ManagerRow.class));
  }

  @Test
  void at_a_level_the_rows_are_the_people_at_it() {
    ManagerReviewOptions managers = optionsBuilder().level("region").build();
    ManagerReview review = new ManagerReview(managers, BuiltInModel.STAGE_DEFAULT);
    deals().forEach(review::add);
    assertEquals(List.of("east", "west"), review.result().rows().stream().map(ManagerRow::person).toList());
  }
}
