package dev.revops.core.spill;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.metric.Quantile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PrimitiveIterator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Values read back from a spill are the values sorted, whatever the spill size and the split. */
class IntSpillProperties {

  @Provide
  Arbitrary<List<Integer>> durations() {
    // many repeats (durations cluster on whole days) and the extremes
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 40)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, Integer.MAX_VALUE)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(0, Integer.MAX_VALUE, Integer.MIN_VALUE)))
        .list().ofMaxSize(400);
  }

  @Property(tries = 300)
  void the_radix_sort_orders_any_part_of_an_array_as_the_library_sort(@ForAll("durations") List<Integer> values,
      @ForAll @IntRange(min = 0, max = 5) int margin) {
    int[] a = new int[values.size() + 2 * margin];
    Arrays.fill(a, 7);
    for (int i = 0; i < values.size(); i++) {
      a[margin + i] = values.get(i);
    }
    int[] expected = a.clone();
    Arrays.sort(expected, margin, margin + values.size());
    IntSpill.radixSort(a, margin, margin + values.size());
    assertArrayEquals(expected, a);
  }

  @Property(tries = 20)
  void the_radix_sort_orders_large_arrays_of_any_ints(@ForAll @Size(min = 70_000, max = 70_000) List<Integer> values) {
    int[] a = values.stream().mapToInt(Integer::intValue).toArray();
    int[] expected = a.clone();
    Arrays.sort(expected);
    IntSpill.radixSort(a, 0, a.length);
    assertArrayEquals(expected, a);
  }

  @Property(tries = 300)
  void spilled_values_come_back_sorted_with_any_spill_size(@ForAll("durations") List<Integer> values,
      @ForAll @IntRange(min = 1, max = 70) int maxBuffered) {
    IntSpill spill = IntSpill.of(RunStore.inMemory(), maxBuffered);
    IntSpill.Values list = spill.newValues();
    values.forEach(list::add);
    assertArrayEquals(sorted(values), drain(list.sorted()));
    assertEquals(values.size(), list.size());
    // read twice (a result taken twice), then more added: still the sorted whole
    assertArrayEquals(sorted(values), drain(list.sorted()));
    list.add(7);
    List<Integer> more = new ArrayList<>(values);
    more.add(7);
    assertArrayEquals(sorted(more), drain(list.sorted()));
    if (values.size() > maxBuffered) {
      assertTrue(spill.runsWritten() > 0, "past its size a spill writes runs");
    }
  }

  @Property(tries = 200)
  void lists_sharing_a_spill_keep_their_own_values(@ForAll("durations") List<Integer> a,
      @ForAll("durations") List<Integer> b, @ForAll @IntRange(min = 1, max = 40) int maxBuffered) {
    IntSpill spill = IntSpill.of(RunStore.inMemory(), maxBuffered);
    IntSpill.Values x = spill.newValues();
    IntSpill.Values y = spill.newValues();
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      if (i < a.size()) {
        x.add(a.get(i));
      }
      if (i < b.size()) {
        y.add(b.get(i));
      }
    }
    assertArrayEquals(sorted(a), drain(x.sorted()));
    assertArrayEquals(sorted(b), drain(y.sorted()));
  }

  @Property(tries = 200)
  void adding_the_parts_of_any_split_equals_one_pass(@ForAll("durations") List<Integer> values,
      @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 400) Integer> cuts,
      @ForAll @IntRange(min = 1, max = 30) int maxBuffered) {
    int[] at = cuts.stream().mapToInt(c -> Math.min(c, values.size())).sorted().toArray();
    IntSpill whole = IntSpill.of(RunStore.inMemory(), maxBuffered);
    IntSpill.Values merged = whole.newValues();
    int from = 0;
    for (int i = 0; i <= at.length; i++) {
      int to = i < at.length ? at[i] : values.size();
      IntSpill part = i % 2 == 0 ? IntSpill.of(RunStore.inMemory(), maxBuffered) : IntSpill.inMemory();
      IntSpill.Values p = part.newValues();
      values.subList(from, to).forEach(p::add);
      merged.addAll(p);
      from = to;
    }
    assertArrayEquals(sorted(values), drain(merged.sorted()));
  }

  @Property(tries = 200)
  void quantiles_read_by_rank_from_a_spill_equal_those_of_the_sorted_array(
      @ForAll("durations") @Size(min = 1) List<Integer> values, @ForAll @IntRange(min = 1, max = 50) int maxBuffered,
      @ForAll @IntRange(min = 0, max = 100) int percent) {
    double p = percent / 100.0;
    int[] array = sorted(values);
    IntSpill.Values list = IntSpill.of(RunStore.inMemory(), maxBuffered).newValues();
    values.forEach(list::add);
    int[] streamed = drain(list.sorted());
    assertEquals(Quantile.type7(array, p), Quantile.type7(streamed.length, p, r -> streamed[(int) r]));
  }

  @Property(tries = 5)
  void more_runs_than_one_merge_takes_are_merged_level_by_level(
      @ForAll @IntRange(min = 1, max = 3) int maxBuffered) {
    List<Integer> values = new ArrayList<>();
    for (int i = 0; i < IntSpill.FAN_IN * IntSpill.FAN_IN + 17; i++) {
      values.add((i * 7919) % 1000);
    }
    IntSpill spill = IntSpill.of(RunStore.inMemory(), maxBuffered);
    IntSpill.Values list = spill.newValues();
    values.forEach(list::add);
    assertArrayEquals(sorted(values), drain(list.sorted()));
    assertTrue(spill.runsWritten() > values.size() / (maxBuffered + 1), "runs were written and merged");
  }

  @Property(tries = 3)
  void a_budget_of_one_value_keeps_few_runs_while_adding_and_reads_back_exactly(
      @ForAll @IntRange(min = 1, max = 2) int maxBuffered) {
    // FAN_IN^2 + 17 values on a budget of 1 or 2: about 4,100 (or 2,050) runs of level 0, merged as
    // they come; a list keeps fewer than FAN_IN runs on each of its (here 3) levels
    IntSpill spill = IntSpill.of(RunStore.inMemory(), maxBuffered);
    IntSpill.Values list = spill.newValues();
    List<Integer> values = new ArrayList<>();
    int most = 0;
    for (int i = 0; i < IntSpill.FAN_IN * IntSpill.FAN_IN + 17; i++) {
      int v = (i * 7919) % 1000;
      values.add(v);
      list.add(v);
      most = Math.max(most, list.runsKept());
    }
    assertTrue(most < 3 * IntSpill.FAN_IN, "at most " + most + " runs kept at once");
    assertArrayEquals(sorted(values), drain(list.sorted()));
    assertArrayEquals(sorted(values), drain(list.sorted()), "a second read gives the same");
    assertTrue(list.runsKept() < IntSpill.FAN_IN, "a read leaves at most one merge's worth of runs");
  }

  static int[] sorted(List<Integer> values) {
    int[] a = values.stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(a);
    return a;
  }

  static int[] drain(PrimitiveIterator.OfInt it) {
    List<Integer> out = new ArrayList<>();
    it.forEachRemaining((int v) -> out.add(v));
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}
