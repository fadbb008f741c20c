package dev.revops.core.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.history.DealHistory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DealHistoryJoinProperties {

  @Provide
  Arbitrary<List<String>> ids() {
    return Arbitraries.strings().withCharRange('a', 'f').ofMinLength(1).ofMaxLength(2).list().ofMaxSize(25);
  }

  /** Every record of both sides, by identity, with how often it came out. */
  static Map<Object, Integer> outputs(List<DealWithHistory> joined) {
    Map<Object, Integer> seen = new IdentityHashMap<>();
    for (DealWithHistory r : joined) {
      r.deal().ifPresent(d -> seen.merge(d, 1, Integer::sum));
      r.history().ifPresent(h -> seen.merge(h, 1, Integer::sum));
    }
    return seen;
  }

  static List<DealWithHistory> join(List<Deal> deals, List<DealHistory> histories) {
    List<DealWithHistory> out = new ArrayList<>();
    DealHistoryJoin.of(deals.iterator(), histories.iterator()).forEachRemaining(out::add);
    return out;
  }

  @Property(tries = 300)
  void every_deal_and_every_history_comes_out_exactly_once_whatever_the_order(@ForAll("ids") List<String> dealIds,
      @ForAll("ids") List<String> historyIds) {
    List<Deal> deals = dealIds.stream().map(DealHistoryJoinTest::deal).toList();
    List<DealHistory> histories = historyIds.stream().map(DealHistoryJoinTest::history).toList();
    Map<Object, Integer> seen = outputs(join(deals, histories));
    assertEquals(deals.size() + histories.size(), seen.size());
    deals.forEach(d -> assertEquals(1, seen.get(d), d.id()));
    histories.forEach(h -> assertEquals(1, seen.get(h), h.dealId()));
  }

  @Property(tries = 300)
  void sorted_inputs_with_unique_ids_pair_exactly_the_ids_both_have(@ForAll("ids") List<String> dealIds,
      @ForAll("ids") List<String> historyIds) {
    Set<String> dealSet = new TreeSet<>(dealIds);
    Set<String> historySet = new TreeSet<>(historyIds);
    List<DealWithHistory> joined = join(dealSet.stream().map(DealHistoryJoinTest::deal).toList(),
        historySet.stream().map(DealHistoryJoinTest::history).toList());
    Set<String> all = new TreeSet<>(dealSet);
    all.addAll(historySet);
    assertEquals(new ArrayList<>(all), joined.stream().map(DealWithHistory::id).toList());   // in id order, once each
    for (DealWithHistory r : joined) {
      assertEquals(dealSet.contains(r.id()), r.deal().isPresent(), r.id());
      assertEquals(historySet.contains(r.id()), r.history().isPresent(), r.id());
    }
  }

  @Property(tries = 200)
  void sorted_inputs_are_never_counted_out_of_order(@ForAll("ids") List<String> dealIds,
      @ForAll("ids") List<String> historyIds) {
    List<Deal> deals = dealIds.stream().sorted().map(DealHistoryJoinTest::deal).toList();
    List<DealHistory> histories = historyIds.stream().sorted(Comparator.naturalOrder())
        .map(DealHistoryJoinTest::history).toList();
    DealHistoryJoin join = DealHistoryJoin.of(deals.iterator(), histories.iterator());
    List<DealWithHistory> out = new ArrayList<>();
    join.forEachRemaining(out::add);
    assertEquals(0, join.outOfOrder());
    for (int i = 1; i < out.size(); i++) {
      assertTrue(out.get(i - 1).id().compareTo(out.get(i).id()) <= 0, "id order");
    }
  }
}
