package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

  @Property(tries = 100)
  void is_exact_even_when_every_long_id_collides(
      @ForAll @Size(max = 2_000) List<@StringLength(min = 1, max = 24) String> ids) {
    IdFingerprints seen = new IdFingerprints(Long.MAX_VALUE, Long.MAX_VALUE, bytes -> bytes.length % 3);
    Map<String, Long> expected = new HashMap<>();
    for (int row = 0; row < ids.size(); row++) {
      String id = ids.get(row);
      assertEquals(expected.containsKey(id) ? expected.get(id) : -1L, seen.putIfAbsent(id, row), id);
      expected.putIfAbsent(id, (long) row);
    }
    expected.forEach((id, row) -> assertEquals(row, seen.get(id)));
  }

  @Provide
  Arbitrary<String> shortIds() {
    return Arbitraries.oneOf(Arbitraries.strings().numeric().ofMaxLength(19),
        Arbitraries.strings().withChars("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_")
            .ofMaxLength(11),
        Arbitraries.strings().withChars("09AZaz-_. ").ofMaxLength(11));
  }

  @Property(tries = 3_000)
  void packs_two_ids_to_one_key_only_when_they_are_equal(@ForAll("shortIds") String a, @ForAll("shortIds") String b) {
    long ka = IdFingerprints.pack(a);
    if (!a.equals(b) && ka != 0) {
      assertNotEquals(ka, IdFingerprints.pack(b), a + " and " + b);
    }
    assertTrue(ka >= 0, "a packed key never has the arena's bit");
  }
}
