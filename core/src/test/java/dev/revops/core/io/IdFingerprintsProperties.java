package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class IdFingerprintsProperties {
  @Property(tries = 100)
  void remembers_the_first_row_of_every_id_like_a_map(
      @ForAll @Size(max = 20_000) List<@StringLength(min = 1, max = 6) String> ids) {
    IdFingerprints seen = new IdFingerprints();
    Map<String, Long> expected = new HashMap<>();
    for (int row = 0; row < ids.size(); row++) {
      String id = ids.get(row);
      assertEquals(expected.containsKey(id) ? expected.get(id) : -1L, seen.putIfAbsent(id, row));
      expected.putIfAbsent(id, (long) row);
    }
    expected.forEach((id, row) -> assertEquals(row, seen.get(id)));
    assertEquals(-1L, seen.get("an id never recorded, longer than any"));
  }
}
