package dev.revops.forecast.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.money.Money;
import dev.revops.forecast.conversion.BuiltInModel;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The waterfall cases the issue names, one deal at a time, over three weekly states. */
class WaterfallCasesTest {
  static final ReviewOptions THREE_WEEKS = ReviewOptions.builder()
      .scope(Week.quarters(Instant.parse("2026-11-16T00:00:00Z")).build())
      .addStates(PipelineState.of("w1", Instant.parse("2026-11-02T00:00:00Z")),
          PipelineState.of("w2", Instant.parse("2026-11-09T00:00:00Z")),
          PipelineState.of("w3", Instant.parse("2026-11-16T00:00:00Z")))
      .build();

  static PipelineReviewResult review(ReviewOptions options, DealSeries series) {
    PipelineReview r = new PipelineReview(options, Week.DEF, BuiltInModel.STAGE_DEFAULT, BuiltInModel.STAGE_DEFAULT);
    r.add(series);
    return r.result();
  }

  static WaterfallFigures amounts(PipelineReviewResult r, String period) {
    return r.waterfalls().stream().filter(w -> w.period().label().equals(period)).findFirst().orElseThrow().amount();
  }

  static ReviewOptions firstTwo() {
    return ReviewOptions.builder().scope(Week.quarters(THREE_WEEKS.states().get(1).asOf()).build())
        .addAllStates(THREE_WEEKS.states().subList(0, 2)).build();
  }

  static DealSeries series(Deal... states) {
    return DealSeries.of("J", Arrays.stream(states).map(Optional::ofNullable).toList());
  }

  static Money usd(String amount) {
    return Money.parse("USD " + amount);
  }

  @Test
  void a_deal_pulled_in_and_won_in_the_same_week_enters_and_leaves_the_period() {
    PipelineReviewResult r = review(firstTwo(), series(Week.open("J", "3000.00", "qualification", "2027-02-10"),
        Week.closed("J", "3000.00", "closed-won", "2026-11-07")));
    WaterfallFigures q4 = amounts(r, "2026-Q4");
    assertEquals(usd("3000.00"), q4.pulledIn());
    assertEquals(usd("3000.00"), q4.won());
    assertEquals(usd("0.00"), q4.start());
    assertEquals(usd("0.00"), q4.end());
    assertEquals(usd("3000.00"), amounts(r, "2027-Q1").pushedOut());
  }

  @Test
  void a_deal_pushed_out_then_lost_leaves_each_period_once() {
    DealSeries j = series(Week.open("J", "5000.00", "discovery", "2026-12-20"),
        Week.open("J", "5000.00", "discovery", "2027-01-15"), Week.closed("J", "5000.00", "closed-lost", "2026-11-12"));
    PipelineReviewResult firstWeek = review(firstTwo(), DealSeries.of("J", j.states().subList(0, 2)));
    assertEquals(usd("5000.00"), amounts(firstWeek, "2026-Q4").pushedOut());
    assertEquals(usd("5000.00"), amounts(firstWeek, "2027-Q1").pulledIn());
    PipelineReviewResult secondWeek = review(THREE_WEEKS, j);
    assertEquals(usd("5000.00"), amounts(secondWeek, "2027-Q1").start());
    assertEquals(usd("5000.00"), amounts(secondWeek, "2027-Q1").lost());
    assertEquals(usd("0.00"), amounts(secondWeek, "2027-Q1").end());
    assertEquals(1, secondWeek.slipCount());   // slipped once, in the first week
  }

  @Test
  void an_amount_change_on_a_slipped_deal_leaves_at_the_old_amount_and_enters_at_the_new() {
    PipelineReviewResult r = review(firstTwo(), series(Week.open("J", "10000.00", "proposal", "2026-12-20"),
        Week.open("J", "12000.00", "proposal", "2027-01-20")));
    assertEquals(usd("10000.00"), amounts(r, "2026-Q4").pushedOut());
    assertEquals(usd("0.00"), amounts(r, "2026-Q4").increased());
    assertEquals(usd("12000.00"), amounts(r, "2027-Q1").pulledIn());
    assertEquals("amount USD 10000.00 -> USD 12000.00; expected close 2026-12-20 -> 2027-01-20",
        r.largestMoves().get(0).detail());
  }

  @Test
  void a_deal_that_keeps_slipping_is_at_risk() {
    DealSeries j = series(Week.open("J", "5000.00", "discovery", "2026-11-20"),
        Week.open("J", "5000.00", "discovery", "2026-11-30"), Week.open("J", "5000.00", "discovery", "2026-12-14"));
    PipelineReviewResult r = review(THREE_WEEKS, j);
    assertEquals(2, r.slips().get(0).slips());
    assertEquals(24, r.slips().get(0).daysSlipped());
    assertEquals(RiskFlag.of(RiskReason.SLIPPED_REPEATEDLY, "slipped 2 times, 24 days in all (2026-11-20 -> 2026-12-14)"),
        r.atRisk().get(0).flags().get(0));
  }

  @Test
  void states_must_be_in_time_order_and_a_series_must_hold_the_deal() {
    InvalidValueException order = assertThrows(InvalidValueException.class, () -> ReviewOptions.builder()
        .scope(Week.quarters(Instant.parse("2026-11-09T00:00:00Z")).build()).addStates(PipelineState.of("b", Instant.parse("2026-11-09T00:00:00Z")),
            PipelineState.of("a", Instant.parse("2026-11-02T00:00:00Z"))).build());
    assertTrue(order.getMessage().contains("states 'a' must be later than the state before it"), order.getMessage());
    assertThrows(InvalidValueException.class, () -> DealSeries.of("J", List.of(Optional.empty(), Optional.empty())));
    assertThrows(InvalidValueException.class, () -> DealSeries.of("K",
        List.of(Optional.of(Week.open("J", "1.00", "proposal", "2026-12-01")), Optional.empty())));
  }
}
