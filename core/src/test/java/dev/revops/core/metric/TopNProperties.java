package dev.revops.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class TopNProperties {

  @Property
  void lists_the_sorted_prefix_of_all_items(@ForAll @Size(max = 200) List<@IntRange(max = 50) Integer> items,
      @ForAll @IntRange(max = 20) int capacity) {
    TopN<Integer> top = new TopN<>(capacity, Integer::compare);
    items.forEach(top::add);
    assertEquals(items.stream().sorted().limit(capacity).toList(), top.result());
  }

  @Property
  void any_split_merged_in_any_order_equals_one_pass(@ForAll @Size(max = 200) List<Integer> items,
      @ForAll @IntRange(max = 200) int cut1, @ForAll @IntRange(max = 200) int cut2,
      @ForAll @IntRange(max = 10) int capacity) {
    int a = Math.min(cut1, items.size());
    int b = Math.min(Math.max(a, cut2), items.size());
    List<Integer> whole = top(items, capacity).result();
    TopN<Integer> first = top(items.subList(0, a), capacity);
    TopN<Integer> second = top(items.subList(a, b), capacity);
    TopN<Integer> third = top(items.subList(b, items.size()), capacity);
    assertEquals(whole, top(List.of(), capacity).merge(third).merge(first).merge(second).result());
    assertEquals(whole, first.merge(second.merge(third)).result());
  }

  static TopN<Integer> top(List<Integer> items, int capacity) {
    TopN<Integer> t = new TopN<>(capacity, Integer::compare);
    items.forEach(t::add);
    return t;
  }
}
