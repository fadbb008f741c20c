package dev.revops.forecast.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.StageChange;
import dev.revops.forecast.conversion.BuiltInModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Series from snapshot exports: the class Javadoc's example, worked by hand. */
class SnapshotSeriesTest {

  static Deal deal(String id, String amount) {
    return Week.open(id, amount, "proposal", "2026-12-01");
  }

  static DealHistory history(String id) {
    return DealHistory.of(List.of(StageChange.builder().dealId(id).to(Week.DEF.stage("proposal"))
        .at(Instant.parse("2026-09-01T00:00:00Z")).build()));
  }

  /** S0 holds A and B, S1 holds A and C, S2 holds A and C; A's amount grows 100, 200, 300. */
  static List<SnapshotDeals.InMemory> states() {
    SnapshotDeals.InMemory s0 = SnapshotDeals.inMemory();
    s0.put(deal("A", "100.00"));
    s0.put(deal("B", "50.00"));
    SnapshotDeals.InMemory s1 = SnapshotDeals.inMemory();
    s1.put(deal("A", "200.00"));
    s1.put(deal("C", "70.00"));
    SnapshotDeals.InMemory s2 = SnapshotDeals.inMemory();
    s2.put(deal("A", "300.00"));
    s2.put(deal("C", "80.00"));
    return List.of(s0, s1, s2);
  }

  @Test
  void a_history_takes_its_deal_from_every_state_and_a_history_without_one_is_counted() {
    SnapshotSeries join = new SnapshotSeries(states());
    DealSeries a = join.withHistory(history("A")).orElseThrow();
    assertEquals(List.of(Optional.of(deal("A", "100.00")), Optional.of(deal("A", "200.00")),
        Optional.of(deal("A", "300.00"))), a.states());
    assertEquals(Optional.of(history("A")), a.history());
    assertEquals(Optional.empty(), join.withHistory(history("X")));
    assertEquals(1, join.historiesWithoutDeal());
  }

  @Test
  void the_deals_no_history_claimed_follow_once_each_latest_state_first() {
    SnapshotSeries join = new SnapshotSeries(states());
    join.withHistory(history("A"));
    List<DealSeries> rest = new ArrayList<>();
    join.forEachWithoutHistory(rest::add);
    assertEquals(2, rest.size());
    assertEquals("C", rest.get(0).dealId());
    assertEquals(List.of(Optional.empty(), Optional.of(deal("C", "70.00")), Optional.of(deal("C", "80.00"))),
        rest.get(0).states());
    assertEquals("B", rest.get(1).dealId());
    assertEquals(List.of(Optional.of(deal("B", "50.00")), Optional.empty(), Optional.empty()), rest.get(1).states());
    assertTrue(rest.stream().allMatch(s -> s.history().isEmpty()));
  }

  @Test
  void without_histories_every_deal_comes_once_from_the_second_pass() {
    SnapshotSeries join = new SnapshotSeries(states());
    List<String> ids = new ArrayList<>();
    join.forEachWithoutHistory(s -> ids.add(s.dealId()));
    assertEquals(List.of("A", "C", "B"), ids);
    assertEquals(0, join.historiesWithoutDeal());
  }

  @Test
  void a_snapshot_lists_each_deal_once_and_a_join_needs_two_states() {
    SnapshotDeals.InMemory s = SnapshotDeals.inMemory();
    s.put(deal("A", "1.00"));
    InvalidValueException twice = assertThrows(InvalidValueException.class, () -> s.put(deal("A", "2.00")));
    assertTrue(twice.getMessage().contains("'A'"), twice.getMessage());
    assertThrows(InvalidValueException.class, () -> new SnapshotSeries(List.of(s)));
  }

  @Test
  void the_series_of_a_join_review_like_the_series_given_by_hand() {
    SnapshotDeals.InMemory before = SnapshotDeals.inMemory();
    SnapshotDeals.InMemory after = SnapshotDeals.inMemory();
    for (DealSeries s : Week.series()) {
      s.previous().ifPresent(before::put);
      s.latest().ifPresent(after::put);
    }
    PipelineReview joined = new PipelineReview(Week.options().build(), Week.DEF,
        BuiltInModel.DEAL_EFFECTIVE,
        BuiltInModel.STAGE_DEFAULT);
    new SnapshotSeries(List.of(before, after)).forEachWithoutHistory(joined::add);
    PipelineReview byHand = new PipelineReview(Week.options().build(), Week.DEF,
        BuiltInModel.DEAL_EFFECTIVE,
        BuiltInModel.STAGE_DEFAULT);
    // Week's deal B has a history, which a join without histories does not know: compare without it
    Week.series().forEach(s -> byHand.add(DealSeries.of(s.dealId(), s.states())));
    assertEquals(byHand.result(), joined.result());
  }
}
