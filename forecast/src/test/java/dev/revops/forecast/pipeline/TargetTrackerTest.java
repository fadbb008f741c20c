package dev.revops.forecast.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.revops.core.dimension.Dimension;
import dev.revops.core.money.Money;
import dev.revops.forecast.conversion.BuiltInModel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Targets split by different dimensions, tracked in one pass over {@link ForecastRollupTest#alice()}'s
 * deals: alice's four open deals in 2026-Q4 (commit 100, best case 200, most likely 50, pipeline 25;
 * an omitted 1.00 left out of the roll-ups), her 400.00 won on 2026-10-05, 70.00 won in Q3, a lost
 * deal, and bob's 30.00 commit in Q4.
 */
class TargetTrackerTest {
  static final Target ALICE_Q4 = Target.builder().period("2026-Q4").putGroup("owner", "alice")
      .amount(Money.parse("USD 1000.00")).build();
  static final Target ALL_Q4 = Target.builder().period("2026-Q4").amount(Money.parse("USD 1000.00")).build();
  static final Target BOB_Q3 = Target.builder().period("2026-Q3").putGroup("owner", "bob")
      .amount(Money.parse("USD 10.00")).build();

  static List<TargetAttainment> track(List<Target> targets) {
    TargetTracker tracker = new TargetTracker(targets, PipelineTestScopes.options(), BuiltInModel.DEAL_EFFECTIVE);
    ForecastRollupTest.alice().forEach(tracker::add);
    return tracker.result();
  }

  @Test
  void each_target_is_compared_with_figures_split_like_it_and_answered_in_the_targets_order() {
    List<TargetAttainment> a = track(List.of(ALICE_Q4, ALL_Q4, BOB_Q3));
    assertEquals(List.of(ALICE_Q4, ALL_Q4, BOB_Q3), a.stream().map(TargetAttainment::target).toList());

    TargetAttainment alice = a.get(0);
    assertEquals(Money.parse("USD 400.00"), alice.closedWon());
    assertEquals(Money.parse("USD 600.00"), alice.gap());
    assertEquals(Money.parse("USD 375.00"), alice.openPipeline());              // 100 + 200 + 50 + 25
    assertEquals(Optional.of(new BigDecimal("0.6250")), alice.coverage());      // 375 / 600
    assertEquals(Optional.of(new BigDecimal("1.6000")), alice.neededWinRate()); // 600 / 375
    // 100 x 0.8 + 200 x 0.6 + 50 x 0.4 + 25 x 0.1 + 1 x 0.6
    assertEquals(Optional.of(Money.parse("USD 223.10")), alice.weightedPipeline());
    assertEquals(5, alice.provenance().counted());                              // 4 open + 1 won in her Q4 row

    TargetAttainment all = a.get(1);
    assertEquals(Money.parse("USD 400.00"), all.closedWon());
    assertEquals(Money.parse("USD 405.00"), all.openPipeline());                // alice's 375 + bob's 30
    assertEquals(Optional.of(new BigDecimal("0.6750")), all.coverage());        // 405 / 600
    assertEquals(Optional.of(new BigDecimal("1.4815")), all.neededWinRate());   // 600 / 405 = 1.48148...
    assertEquals(Optional.of(new BigDecimal("0.4000")), all.attainment());      // 400 / 1000
    assertEquals(Optional.of(Money.parse("USD 247.10")), all.weightedPipeline()); // 223.10 + 30 x 0.8
    assertEquals(6, all.provenance().counted());

    TargetAttainment bob = a.get(2);
    assertEquals(false, bob.matched());                                        // bob has no deal in Q3
    assertEquals(Money.parse("USD 10.00"), bob.gap());
    assertEquals(Optional.of(new BigDecimal("0.0000")), bob.coverage());        // 0 / 10
    assertEquals(Optional.empty(), bob.neededWinRate());                       // no open pipeline
    assertEquals(Optional.empty(), bob.weightedPipeline());
    assertEquals(0, bob.provenance().counted());
    assertEquals(ForecastMetrics.TARGET_ATTAINMENT.ref(), bob.provenance().definition());
  }

  @Test
  void a_target_answers_the_same_alone_as_beside_targets_split_otherwise() {
    assertEquals(track(List.of(ALL_Q4)).get(0), track(List.of(ALICE_Q4, ALL_Q4, BOB_Q3)).get(1));
  }

  @Test
  void the_same_target_twice_is_answered_twice() {
    List<TargetAttainment> a = track(List.of(ALICE_Q4, ALICE_Q4));
    assertEquals(2, a.size());
    assertEquals(a.get(0), a.get(1));
  }

  @Test
  void the_options_grouping_is_replaced_by_each_targets_dimensions() {
    TargetTracker grouped = new TargetTracker(List.of(ALL_Q4), PipelineTestScopes.options(Dimension.SEGMENT),
        BuiltInModel.DEAL_EFFECTIVE);
    ForecastRollupTest.alice().forEach(grouped::add);
    assertEquals(track(List.of(ALL_Q4)).get(0).openPipeline(), grouped.result().get(0).openPipeline());
  }

  @Test
  void trackers_of_other_targets_do_not_merge() {
    TargetTracker a = new TargetTracker(List.of(ALL_Q4), PipelineTestScopes.options(), BuiltInModel.DEAL_EFFECTIVE);
    TargetTracker b = new TargetTracker(List.of(BOB_Q3), PipelineTestScopes.options(), BuiltInModel.DEAL_EFFECTIVE);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.merge(b));
    assertEquals(true, e.getMessage().startsWith("cannot merge this target tracker with one built with different "
        + "targets"), e.getMessage());
  }
}
