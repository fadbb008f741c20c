package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
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
    assertEquals(0, seen.textBytes(), "every D<n> id packs into its key");
  }

  @Test
  void packs_short_ids_exactly_and_leaves_longer_ones_to_the_arena() {
    // bijective base 10: "0" is 1, "9" is 10, "00" is 11; base 64 over 0-9 A-Z a-z - _, tagged by bit 62
    assertEquals(1, IdFingerprints.pack("0"));
    assertEquals(10, IdFingerprints.pack("9"));
    assertEquals(11, IdFingerprints.pack("00"));
    assertEquals((1L << 62) | 11, IdFingerprints.pack("A"));     // 'A' is the 11th symbol
    assertEquals((1L << 62) | (1 * 64 + 64), IdFingerprints.pack("0_"));
    assertNotEquals(IdFingerprints.pack("10"), IdFingerprints.pack("0A"));
    assertNotEquals(0, IdFingerprints.pack("999999999999999999"));   // 18 digits pack
    assertEquals(0, IdFingerprints.pack("9999999999999999999"));     // 19 do not
    assertNotEquals(0, IdFingerprints.pack("D000000042"));           // 10 symbols pack
    assertEquals(0, IdFingerprints.pack("0061a00000XyZaBQAV"));      // a Salesforce id does not
    assertEquals(0, IdFingerprints.pack("D 1"));                     // nor a space
    assertEquals(0, IdFingerprints.pack(""));
  }

  @Test
  void two_different_ids_whose_hashes_collide_are_both_new() {
    // every long id hashes to 42: the same slot and the same 23-bit fragment, told apart by their bytes
    IdFingerprints seen = new IdFingerprints(Long.MAX_VALUE, Long.MAX_VALUE, bytes -> 42L);
    assertEquals(-1L, seen.putIfAbsent("0061a00000XyZaBQAV", 2));
    assertEquals(-1L, seen.putIfAbsent("0061a00000XyZaBQAW", 3));
    assertEquals(2L, seen.putIfAbsent("0061a00000XyZaBQAV", 9));
    assertEquals(3L, seen.get("0061a00000XyZaBQAW"));
    assertEquals(-1L, seen.get("0061a00000XyZaBQAX"));
    assertEquals(2 * 19, seen.textBytes(), "18 bytes and a length byte each");
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      many.add("collides-with-every-other-" + i);
    }
    for (int i = 0; i < many.size(); i++) {
      assertEquals(-1L, seen.putIfAbsent(many.get(i), 10 + i), many.get(i));
    }
    for (int i = 0; i < many.size(); i++) {
      assertEquals(10 + i, seen.get(many.get(i)), "after growing, " + many.get(i));
    }
  }

  @Test
  void keeps_ids_of_any_characters_and_lengths() {
    IdFingerprints seen = new IdFingerprints();
    List<String> ids = List.of("é", "e\u0301", "Ωmega-1", "x".repeat(200), "x".repeat(201), "\uD83D\uDE00", "0", "00");
    for (int i = 0; i < ids.size(); i++) {
      assertEquals(-1L, seen.putIfAbsent(ids.get(i), i), ids.get(i));
    }
    for (int i = 0; i < ids.size(); i++) {
      assertEquals(i, seen.get(ids.get(i)));
    }
    // UTF-8 bytes and a length (two bytes from 128 on): é 1+2, e + combining accent 1+3, Ωmega-1 1+8,
    // 200 x 2+200, 201 x 2+201, the emoji 1+4; "0" and "00" pack
    assertEquals(3 + 4 + 9 + 202 + 203 + 5, seen.textBytes());
  }

  @Test
  void past_its_limits_a_new_id_is_refused_and_a_known_one_still_found() {
    IdFingerprints seen = new IdFingerprints(2, 30);
    assertEquals(-1L, seen.putIfAbsent("A1", 1));
    assertEquals(-1L, seen.putIfAbsent("a-rather-long-id-of-28-chars", 2)); // 29 bytes of arena
    assertEquals(IdFingerprints.FULL, seen.putIfAbsent("A3", 3));         // three ids are one too many
    assertEquals(1L, seen.putIfAbsent("A1", 4));
    IdFingerprints text = new IdFingerprints(10, 30);
    assertEquals(-1L, text.putIfAbsent("a-rather-long-id-of-28-chars", 1));
    assertEquals(IdFingerprints.FULL, text.putIfAbsent("another-long-id", 2)); // 16 more bytes exceed 30
    assertEquals(-1L, text.putIfAbsent("short", 3));                          // a packed id needs none
  }
}
