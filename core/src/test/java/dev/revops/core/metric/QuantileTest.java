package dev.revops.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QuantileTest {

  @Test
  void interpolates_linearly_at_rank_n_minus_one_times_p() {
    assertEquals(2.5, Quantile.type7(new int[] {1, 2, 3, 4}, 0.5), 0.0);        // rank 1.5
    assertEquals(28.0, Quantile.type7(new int[] {10, 20, 30}, 0.9), 1e-12);     // rank 1.8: 20 + 0.8 x 10
    assertEquals(3.25, Quantile.type7(new int[] {1, 2, 3, 4}, 0.75), 0.0);      // rank 2.25
    assertEquals(7.0, Quantile.type7(new int[] {7}, 0.9), 0.0);
    assertEquals(1.0, Quantile.type7(new int[] {1, 9}, 0.0), 0.0);
    assertEquals(9.0, Quantile.type7(new int[] {1, 9}, 1.0), 0.0);
  }

  @Test
  void no_value_or_a_share_outside_zero_to_one_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> Quantile.type7(new int[0], 0.5));
    assertThrows(IllegalArgumentException.class, () -> Quantile.type7(new int[] {1}, 1.5));
    assertThrows(IllegalArgumentException.class, () -> Quantile.type7(new int[] {1}, Double.NaN));
  }

  @Test
  void a_quantile_read_by_rank_reads_only_the_two_ranks_around_it() {
    int[] sorted = {10, 20, 30};
    java.util.List<Long> read = new java.util.ArrayList<>();
    // rank (3 - 1) x 0.9 = 1.8: the values at ranks 1 and 2, 20 + 0.8 x 10
    assertEquals(28.0, Quantile.type7(3, 0.9, r -> {
      read.add(r);
      return sorted[(int) r];
    }), 1e-12);
    assertEquals(java.util.List.of(1L, 2L), read);
    assertEquals(1L, Quantile.lowerRank(3, 0.9));
    assertEquals(2L, Quantile.lowerRank(3, 1.0));   // the last rank, read twice
    assertThrows(IllegalArgumentException.class, () -> Quantile.lowerRank(0, 0.5));
  }
}
