package dev.revops.core.spill;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.PrimitiveIterator;
import org.junit.jupiter.api.Test;

class IntSpillTest {

  /** A store that records the runs it is given, to see when a spill writes. */
  private static final class Recording implements RunStore {
    final RunStore inner = RunStore.inMemory();
    final List<int[]> written = new ArrayList<>();

    @Override
    public Run write(int[] sorted, int from, int to) {
      written.add(java.util.Arrays.copyOfRange(sorted, from, to));
      return inner.write(sorted, from, to);
    }
  }

  @Test
  void past_its_size_a_spill_writes_every_list_as_a_sorted_run_and_reads_them_back_merged() {
    Recording store = new Recording();
    IntSpill spill = IntSpill.of(store, 3);
    IntSpill.Values a = spill.newValues();
    IntSpill.Values b = spill.newValues();
    a.add(9);
    b.add(5);
    a.add(1);
    assertEquals(0, store.written.size(), "3 values buffered: no run yet");
    b.add(2);   // the fourth value: both lists spill, each as one sorted run
    assertEquals(2, store.written.size());
    assertArrayEquals(new int[] {1, 9}, store.written.get(0));
    assertArrayEquals(new int[] {2, 5}, store.written.get(1));
    a.add(4);   // buffered again
    assertArrayEquals(new int[] {1, 4, 9}, IntSpillProperties.drain(a.sorted()));
    assertArrayEquals(new int[] {2, 5}, IntSpillProperties.drain(b.sorted()));
    assertEquals(3, a.size());
    assertEquals(2, spill.runsWritten());
  }

  @Test
  void an_in_memory_spill_never_writes() {
    IntSpill spill = IntSpill.inMemory();
    IntSpill.Values a = spill.newValues();
    for (int i = 100_000; i > 0; i--) {
      a.add(i);
    }
    PrimitiveIterator.OfInt it = a.sorted();
    assertEquals(1, it.nextInt());
    assertEquals(2, it.nextInt());
    assertEquals(0, spill.runsWritten());
  }

  @Test
  void a_spill_size_below_one_and_a_list_adding_itself_are_refused() {
    assertThrows(IllegalArgumentException.class, () -> IntSpill.of(RunStore.inMemory(), 0));
    assertThrows(NullPointerException.class, () -> IntSpill.of(null, 5));
    IntSpill.Values a = IntSpill.inMemory().newValues();
    assertThrows(IllegalArgumentException.class, () -> a.addAll(a));
  }
}
