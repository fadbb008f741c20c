package dev.revops.core.probability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class ProbabilityTest {

  @Test
  void reads_percentages_exactly() {
    assertEquals(Probability.parse("0.35"), Probability.ofPercent(35));
    assertEquals(Probability.parse("0.125"), Probability.ofPercent(new BigDecimal("12.5")));
    assertEquals(new BigDecimal("35"), Probability.parse("0.35").toPercent());
    assertEquals("0.35", Probability.ofPercent(35).toString());
  }

  @Test
  void equal_values_are_equal_whatever_their_scale() {
    assertEquals(Probability.parse("0.5"), Probability.parse("0.500"));
    assertEquals(Probability.parse("0.5").hashCode(), Probability.parse("0.500").hashCode());
    assertEquals(Probability.ONE, Probability.parse("1.0"));
    assertEquals("1", Probability.parse("1.00").toString());
    assertEquals("0", Probability.parse("0.000").toString());
  }

  @Test
  void rejects_values_outside_zero_to_one_naming_the_value() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Probability.parse("1.01"));
    assertEquals("probability '1.01' must be between 0 and 1 inclusive", e.getMessage());
    assertThrows(InvalidValueException.class, () -> Probability.parse("-0.1"));
    assertThrows(InvalidValueException.class, () -> Probability.ofPercent(101));
    assertThrows(InvalidValueException.class, () -> Probability.parse("abc"));
  }

  @Test
  void complement_and_product_are_exact() {
    assertEquals(Probability.parse("0.65"), Probability.parse("0.35").complement());
    assertEquals(Probability.parse("0.06"), Probability.parse("0.2").times(Probability.parse("0.3")));
    assertTrue(Probability.ZERO.isZero());
    assertTrue(Probability.ONE.isOne());
  }

  @Test
  void a_ratio_of_counts_rounds_with_the_given_mode() {
    assertEquals(Probability.parse("0.6315"), Probability.ofRatio(4238, 6711, 4, RoundingMode.HALF_EVEN));
    assertEquals(Probability.parse("0.6667"), Probability.ofRatio(2, 3, 4, RoundingMode.HALF_EVEN));
    assertThrows(InvalidValueException.class, () -> Probability.ofRatio(4, 3, 4, RoundingMode.HALF_EVEN));
    assertThrows(InvalidValueException.class, () -> Probability.ofRatio(0, 0, 4, RoundingMode.HALF_EVEN));
  }
}
