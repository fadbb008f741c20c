package dev.revops.core.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.revops.core.history.DealHistory;
import dev.revops.core.history.StageChange;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class DealHistoryJoinTest {
  static final PipelineDefinition DEF = TestPipelines.standard();

  static DealHistory history(String id) {
    return DealHistory.of(List.of(StageChange.builder().dealId(id).to(DEF.stage("prospecting"))
        .at(Instant.parse("2026-01-05T10:00:00Z")).actor("alice").build()));
  }

  static Deal deal(String id) {
    return Deal.builder().id(id).name("Acme " + id).owner("alice").account("Acme").source("Partner")
        .createdDate(LocalDate.parse("2026-09-01")).amount(Money.parse("USD 48000.00"))
        .putAttributes("country", "FR").stage(DEF.stage("proposal")).build();
  }

  static List<String> shapes(Iterator<DealWithHistory> join) {
    List<String> out = new ArrayList<>();
    join.forEachRemaining(r -> out.add(r.id() + (r.deal().isPresent() ? "D" : "") + (r.history().isPresent() ? "H" : "")));
    return out;
  }

  static List<Deal> deals(String... ids) {
    return List.of(ids).stream().map(DealHistoryJoinTest::deal).toList();
  }

  static List<DealHistory> histories(String... ids) {
    return List.of(ids).stream().map(DealHistoryJoinTest::history).toList();
  }

  @Test
  void sorted_inputs_pair_matching_ids_and_hand_out_the_others_alone_in_id_order() {
    DealHistoryJoin join = DealHistoryJoin.of(deals("D1", "D2", "D4", "D6").iterator(),
        histories("D2", "D3", "D4", "D5", "D7").iterator());
    assertEquals(List.of("D1D", "D2DH", "D3H", "D4DH", "D5H", "D6D", "D7H"), shapes(join));
    assertEquals(0, join.outOfOrder());
  }

  @Test
  void the_deal_comes_out_whole_as_read() {
    Deal d = deal("D1");
    DealWithHistory both = DealHistoryJoin.of(List.of(d).iterator(), histories("D1").iterator()).next();
    assertSame(d, both.deal().orElseThrow());
    assertEquals("FR", both.deal().get().attributes().get("country"));   // a field no join kept before
  }

  @Test
  void empty_sides_give_the_other_side_alone() {
    assertEquals(List.of("D1D", "D2D"), shapes(DealHistoryJoin.of(deals("D1", "D2").iterator(),
        List.<DealHistory>of().iterator())));
    assertEquals(List.of("D1H"), shapes(DealHistoryJoin.of(List.<Deal>of().iterator(), histories("D1").iterator())));
    DealHistoryJoin none = DealHistoryJoin.of(List.<Deal>of().iterator(), List.<DealHistory>of().iterator());
    assertFalse(none.hasNext());
    assertThrows(NoSuchElementException.class, none::next);
  }

  @Test
  void a_repeated_id_pairs_once_and_comes_out_again_alone() {
    assertEquals(List.of("D1DH", "D1D", "D2H"), shapes(DealHistoryJoin.of(deals("D1", "D1").iterator(),
        histories("D1", "D2").iterator())));
  }

  @Test
  void histories_out_of_order_lose_their_pairing_but_nothing_else_and_are_counted() {
    // D3 comes first among the histories: D1 and D2 go out alone, as do their histories after D3's pair
    DealHistoryJoin join = DealHistoryJoin.of(deals("D1", "D2", "D3").iterator(),
        histories("D3", "D1", "D2").iterator());
    assertEquals(List.of("D1D", "D2D", "D3DH", "D1H", "D2H"), shapes(join));
    assertEquals(2, join.outOfOrder());   // the histories of D1 and D2, read after D3 went out
  }

  @Test
  void a_history_read_far_ahead_waits_for_the_deals_to_catch_up() {
    // one history, D9; the deals before it go out alone as they come, without reading further ahead
    DealHistoryJoin join = DealHistoryJoin.of(deals("D1", "D2", "D9").iterator(), histories("D9").iterator());
    assertEquals(List.of("D1D", "D2D", "D9DH"), shapes(join));
    assertEquals(0, join.outOfOrder());
  }
}
