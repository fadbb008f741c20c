package dev.revops.forecast.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.money.Money;
import dev.revops.forecast.conversion.BuiltInModel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PipelineReviewTest {
  static final ReviewOptions OPTIONS = Week.options()
      .putAgingThresholdDays("discovery", BigDecimal.TEN)
      .putAgingThresholdDays("proposal", new BigDecimal("30")).build();

  static PipelineReviewResult review() {
    PipelineReview r = new PipelineReview(OPTIONS, Week.DEF, BuiltInModel.DEAL_EFFECTIVE, BuiltInModel.STAGE_DEFAULT);
    Week.series().forEach(r::add);
    return r.result();
  }

  static Money usd(String amount) {
    return Money.parse("USD " + amount);
  }

  static Waterfall waterfall(PipelineReviewResult r, String period) {
    return r.waterfalls().stream().filter(w -> w.period().label().equals(period)).findFirst().orElseThrow();
  }

  @Test
  void the_quarters_waterfall_of_amounts_adds_up_step_by_step() {
    WaterfallFigures q4 = waterfall(review(), "2026-Q4").amount();
    // start: A 10,000 + B 5,000 + C 8,000 + D 4,000 + G 1,000 + H 6,000
    assertEquals(usd("34000.00"), q4.start());
    assertEquals(6, q4.startDeals());
    assertEquals(usd("2000.00"), q4.created());           // E
    assertEquals(usd("3000.00"), q4.pulledIn());          // F, pulled in from 2027-Q1 and won
    assertEquals(usd("2000.00"), q4.increased());         // A 10,000 -> 12,000
    assertEquals(usd("0.00"), q4.decreased());
    assertEquals(usd("5000.00"), q4.pushedOut());         // B to 2027-Q1
    assertEquals(usd("4000.00"), q4.lost());              // D
    assertEquals(usd("11000.00"), q4.won());              // C 8,000 + F 3,000
    assertEquals(2, q4.wonDeals());
    assertEquals(usd("1000.00"), q4.removed());           // G
    // end: A 12,000 + E 2,000 + H 6,000
    assertEquals(usd("20000.00"), q4.end());
    assertEquals(3, q4.endDeals());
  }

  @Test
  void the_weighted_waterfall_counts_probability_changes_and_wins_at_full_value() {
    WaterfallFigures q4 = waterfall(review(), "2026-Q4").weighted();
    // A 60% of 10,000 + B 40% of 5,000 + C 60% of 8,000 + D 80% of 4,000 + G 10% of 1,000 + H 50% of 6,000
    assertEquals(usd("19100.00"), q4.start());
    assertEquals(usd("1000.00"), q4.created());           // E at its 50% override
    assertEquals(usd("3000.00"), q4.pulledIn());          // F, won: its whole amount
    assertEquals(usd("6800.00"), q4.increased());         // A 6,000 -> 9,600; C 4,800 -> 8,000 when won
    assertEquals(2, q4.increasedDeals());
    assertEquals(usd("600.00"), q4.decreased());          // H 50% -> 40% of 6,000
    assertEquals(usd("2000.00"), q4.pushedOut());
    assertEquals(usd("3200.00"), q4.lost());
    assertEquals(usd("11000.00"), q4.won());
    assertEquals(usd("100.00"), q4.removed());
    assertEquals(usd("13000.00"), q4.end());              // A 9,600 + E 1,000 + H 2,400
  }

  @Test
  void a_deal_leaving_one_period_enters_the_next() {
    Waterfall q1 = waterfall(review(), "2027-Q1");
    assertEquals(usd("23000.00"), q1.amount().start());   // F 3,000 + I 20,000
    assertEquals(usd("5000.00"), q1.amount().pulledIn()); // B
    assertEquals(usd("5000.00"), q1.amount().decreased()); // I cut to 15,000
    assertEquals(usd("3000.00"), q1.amount().pushedOut()); // F, won in 2026-Q4
    assertEquals(usd("20000.00"), q1.amount().end());
    assertEquals(usd("12600.00"), q1.weighted().start());
    assertEquals(usd("11000.00"), q1.weighted().end());
  }

  @Test
  void lists_the_moves_behind_each_step_with_what_changed() {
    List<WaterfallMove> moves = review().largestMoves();
    WaterfallMove pushed = moves.stream().filter(m -> m.step() == WaterfallStep.PUSHED_OUT
        && m.period().label().equals("2026-Q4")).findFirst().orElseThrow();
    assertEquals("B", pushed.dealId());
    assertEquals(usd("-5000.00"), pushed.amount());
    assertEquals("expected close 2026-12-20 -> 2027-01-15", pushed.detail());
    WaterfallMove won = moves.stream().filter(m -> m.step() == WaterfallStep.WON).findFirst().orElseThrow();
    assertEquals("C", won.dealId());
    assertEquals("won on 2026-11-06", won.detail());
    WaterfallMove probability = moves.stream().filter(m -> m.dealId().equals("H")).findFirst().orElseThrow();
    assertEquals(WaterfallStep.DECREASED, probability.step());
    assertEquals(usd("0.00"), probability.amount());
    assertEquals(usd("-600.00"), probability.weighted());
    assertEquals("probability 0.5 -> 0.4", probability.detail());
  }

  @Test
  void counts_stage_movements_by_kind() {
    Map<String, StageMovement> byPair = new java.util.TreeMap<>();
    review().stageMovements().forEach(m -> byPair.put(m.from() + ">" + m.to(), m));
    assertEquals(List.of("qualification>closed-won", "proposal>negotiation", "proposal>closed-won",
        "negotiation>closed-lost"), review().stageMovements().stream().map(m -> m.from() + ">" + m.to()).toList());
    assertEquals(MovementKind.ADVANCED, byPair.get("proposal>negotiation").kind());
    assertEquals(List.of(usd("12000.00")), byPair.get("proposal>negotiation").amounts());
    assertEquals(MovementKind.WON, byPair.get("qualification>closed-won").kind());
    assertEquals(MovementKind.LOST, byPair.get("negotiation>closed-lost").kind());
  }

  @Test
  void flags_each_deal_at_risk_with_its_reasons() {
    PipelineReviewResult r = review();
    assertEquals(4, r.dealsAtRisk());
    Map<String, DealAtRisk> byId = new java.util.TreeMap<>();
    r.atRisk().forEach(d -> byId.put(d.dealId(), d));
    assertEquals(List.of("B", "E", "H", "I"), List.copyOf(byId.keySet()));
    assertEquals(RiskFlag.of(RiskReason.STALLED, "39.00 days in discovery, threshold 10"), byId.get("B").flags().get(0));
    assertEquals(RiskFlag.of(RiskReason.OVERRIDE_FAR_FROM_MODEL, "override 50.0% set by ann, stage-default says 10.0%"),
        byId.get("E").flags().get(0));
    assertEquals(RiskFlag.of(RiskReason.PAST_DUE, "expected to close 2026-11-05, 4 days before 2026-11-09"),
        byId.get("H").flags().get(0));
    assertEquals(RiskFlag.of(RiskReason.AMOUNT_CUT, "amount USD 20000.00 -> USD 15000.00 since 2026-11-02"),
        byId.get("I").flags().get(0));
    assertEquals(Optional.of(usd("15000.00")), byId.get("I").amount());
    // A is in Negotiation and E in Prospecting: no thresholds. H and I have no history: 7 days at least, not stalled
    assertEquals(2, r.notJudgedForStalling());
    assertEquals(1L, r.riskCounts().get(RiskReason.STALLED));
  }

  @Test
  void reports_deals_in_one_state_only_and_slips() {
    PipelineReviewResult r = review();
    assertEquals(7, r.inBoth());
    assertEquals(List.of(MovementTally.ONLY_LATEST + ": 1 [E]", MovementTally.ONLY_PREVIOUS + ": 1 [G]"),
        r.inOneState().stream().map(e -> e.reason() + ": " + e.count() + " " + e.examples()).toList());
    assertEquals(1, r.dealsSlipped());
    assertEquals(26, r.daysSlipped());
    assertEquals("B", r.slips().get(0).dealId());
  }

  @Test
  void refuses_a_series_of_another_length() {
    PipelineReview r = new PipelineReview(OPTIONS, Week.DEF, BuiltInModel.DEAL_EFFECTIVE, BuiltInModel.STAGE_DEFAULT);
    DealSeries three = DealSeries.of("A", List.of(Optional.empty(), Optional.empty(),
        Optional.of(Week.open("A", "1.00", "proposal", "2026-12-01"))));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> r.add(three));
    assertTrue(e.getMessage().contains("one entry per state (2), had 3"), e.getMessage());
  }
}
