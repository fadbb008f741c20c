package dev.revops.forecast.velocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.revops.core.InvalidValueException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KaplanMeierTest {
  // durations 3,5,6,7,8,10,12,12 with events 1,0,1,1,0,1,1,0
  final KaplanMeier km = KaplanMeier.estimate(new long[] {3, 5, 6, 7, 8, 10, 12, 12},
      new boolean[] {true, false, true, true, false, true, true, false});

  @Test
  void estimates_the_textbook_example() {
    assertEquals(1.0, km.survivalAt(2), 1e-12);
    assertEquals(7.0 / 8, km.survivalAt(3), 1e-12);     // 8 at risk, 1 event
    assertEquals(7.0 / 8, km.survivalAt(5), 1e-12);     // a censored time does not step
    assertEquals(35.0 / 48, km.survivalAt(6), 1e-12);   // 6 at risk, 1 event: 7/8 x 5/6
    assertEquals(7.0 / 12, km.survivalAt(7), 1e-12);    // x 4/5
    assertEquals(7.0 / 18, km.survivalAt(10), 1e-12);   // 3 at risk: x 2/3
    assertEquals(7.0 / 36, km.survivalAt(12), 1e-12);   // 2 at risk, 1 event (the other censored): x 1/2
    assertEquals(Optional.of(10L), km.median());
    assertEquals(Optional.of(12L), km.percentile(0.75));
    assertEquals(Optional.empty(), km.percentile(0.9));  // the curve stops at 7/36 > 0.1
    assertEquals(8, km.observed());
    assertEquals(5, km.events());
  }

  @Test
  void with_every_duration_ended_it_is_the_empirical_distribution() {
    KaplanMeier all = KaplanMeier.estimate(new long[] {4, 1, 3, 2}, new boolean[] {true, true, true, true});
    assertEquals(0.5, all.survivalAt(2), 1e-12);
    assertEquals(Optional.of(2L), all.median());
    assertEquals(0.0, all.survivalAt(4), 1e-12);
  }

  @Test
  void rejects_mismatched_or_negative_input() {
    assertThrows(InvalidValueException.class, () -> KaplanMeier.estimate(new long[] {1}, new boolean[0]));
    assertThrows(InvalidValueException.class, () -> KaplanMeier.estimate(new long[] {-1}, new boolean[] {true}));
  }
}
