package dev.revops.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.aggregate.AccumulatorContract;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The accumulator contract for top-N lists (capacity 4), and what a list keeps. */
class TopNProperties implements AccumulatorContract<Integer, List<Integer>, TopN<Integer>> {

  @Override
  public TopN<Integer> empty() {
    return new TopN<>(4, Integer::compare);
  }

  @Provide
  Arbitrary<List<Integer>> records() {
    return Arbitraries.integers().between(-50, 50).list().ofMaxSize(80);
  }

  @Property
  void lists_the_sorted_prefix_of_all_items(@ForAll @Size(max = 200) List<@IntRange(max = 50) Integer> items,
      @ForAll @IntRange(max = 20) int capacity) {
    TopN<Integer> top = new TopN<>(capacity, Integer::compare);
    items.forEach(top::add);
    assertEquals(items.stream().sorted().limit(capacity).toList(), top.result());
  }

  @Property
  void lists_of_other_capacities_are_refused_on_merge(@ForAll @IntRange(max = 20) int capacity) {
    TopN<Integer> other = new TopN<>(capacity + 1, Integer::compare);
    assertEquals("cannot merge this list with one built with different capacity: " + capacity + " and "
        + (capacity + 1), org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> new TopN<Integer>(capacity, Integer::compare).merge(other)).getMessage());
  }
}
