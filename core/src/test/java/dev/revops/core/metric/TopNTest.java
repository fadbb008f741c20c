package dev.revops.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopNTest {
  static final Comparator<String> LONGEST_FIRST = Comparator.comparingInt(String::length).reversed()
      .thenComparing(Comparator.naturalOrder());

  @Test
  void keeps_the_first_items_in_order() {
    TopN<String> top = new TopN<>(3, LONGEST_FIRST);
    List.of("b", "dddd", "aa", "ccc", "ee", "f").forEach(top::add);
    assertEquals(List.of("dddd", "ccc", "aa"), top.result());
  }

  @Test
  void keeps_fewer_when_fewer_came_and_none_at_capacity_zero() {
    TopN<String> top = new TopN<>(5, LONGEST_FIRST);
    top.add("x");
    assertEquals(List.of("x"), top.result());
    TopN<String> none = new TopN<>(0, LONGEST_FIRST);
    none.add("x");
    assertEquals(List.of(), none.result());
    assertThrows(IllegalArgumentException.class, () -> new TopN<>(-1, LONGEST_FIRST));
  }

  @Test
  void merging_keeps_the_first_of_both() {
    TopN<String> a = new TopN<>(2, LONGEST_FIRST);
    TopN<String> b = new TopN<>(2, LONGEST_FIRST);
    List.of("a", "bbb").forEach(a::add);
    List.of("cc", "dddd").forEach(b::add);
    assertEquals(List.of("dddd", "bbb"), a.merge(b).result());
  }
}
