package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IdFingerprintsTest {
  @Test
  void keeps_a_hundred_thousand_ids_through_many_growths() {
    IdFingerprints seen = new IdFingerprints();
    for (int i = 0; i < 100_000; i++) {
      assertEquals(-1L, seen.putIfAbsent("D" + i, i));
    }
    for (int i = 0; i < 100_000; i += 997) {
      assertEquals(i, seen.get("D" + i));
      assertEquals(i, seen.putIfAbsent("D" + i, 5));
    }
  }
}
