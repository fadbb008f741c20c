package dev.revops.forecast.velocity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one Kaplan-Meier walk, step by step, on the example of its documentation. */
class SurvivalSummaryTest {
  @Test
  void walks_the_curve_of_the_documented_example_by_hand() {
    // Eight durations: events at 3, 6, 7, 10, 12; censored at 5, 8, 12.
    // 3: 1 of 8 at risk ends, S = 7/8. 5: one censored, 6 left. 6: 1 of 6, S = 7/8 x 5/6 = 35/48.
    // 7: 1 of 5, S = 35/48 x 4/5 = 7/12. 8: one censored, 3 left. 10: 1 of 3, S = 7/12 x 2/3 = 7/18.
    // 12: the event counts before the censored one, 1 of 2, S = 7/36.
    List<Long> times = new ArrayList<>();
    List<Double> survival = new ArrayList<>();
    SurvivalSummary.walk(new int[] {3, 6, 7, 10, 12}, new int[] {5, 8, 12}, (t, s) -> {
      times.add(t);
      survival.add(s);
    });
    assertEquals(List.of(3L, 6L, 7L, 10L, 12L), times);
    double[] expected = {7.0 / 8, 35.0 / 48, 7.0 / 12, 7.0 / 18, 7.0 / 36};
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], survival.get(i), 1e-12, "at " + times.get(i));
    }
  }

  @Test
  void a_walk_without_events_has_no_step() {
    List<Long> times = new ArrayList<>();
    SurvivalSummary.walk(new int[0], new int[] {1, 2}, (t, s) -> times.add(t));
    assertEquals(List.of(), times);
  }
}
