package dev.revops.core.money;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link Money#roundKeepingSum}: exact parts rounded to whole minor units that add up to their rounded total. */
class MoneyRoundKeepingSumTest {

  static List<BigDecimal> parts(String... exact) {
    return java.util.Arrays.stream(exact).map(BigDecimal::new).toList();
  }

  @Test
  void three_equal_thirds_of_a_unit_too_many_give_the_spare_unit_to_the_first() {
    // 10.4 x 3 = 31.2, rounded 31; floors 10 + 10 + 10 = 30; one unit to the largest fraction, the first on a tie
    assertArrayEquals(new long[] {11, 10, 10}, Money.roundKeepingSum(parts("10.4", "10.4", "10.4")));
  }

  @Test
  void the_missing_units_go_to_the_largest_fractions() {
    // 1.2 + 2.7 + 3.6 = 7.5, rounded half-even 8; floors 1 + 2 + 3 = 6; the two units to .7 and .6
    assertArrayEquals(new long[] {1, 3, 4}, Money.roundKeepingSum(parts("1.2", "2.7", "3.6")));
  }

  @Test
  void the_total_is_rounded_half_even() {
    // 0.25 + 0.25 = 0.5, rounded half-even 0: nothing handed out
    assertArrayEquals(new long[] {0, 0}, Money.roundKeepingSum(parts("0.25", "0.25")));
    // 0.75 + 0.75 = 1.5, rounded half-even 2: both parts up
    assertArrayEquals(new long[] {1, 1}, Money.roundKeepingSum(parts("0.75", "0.75")));
  }

  @Test
  void negative_parts_are_rounded_down_first_then_up_by_their_fractions() {
    // -0.5 + -0.5 = -1; floors -1 + -1 = -2; one unit back to the first (fractions 0.5 and 0.5)
    assertArrayEquals(new long[] {0, -1}, Money.roundKeepingSum(parts("-0.5", "-0.5")));
    // -1.3 + 2.6 = 1.3, rounded 1; floors -2 + 2 = 0; the unit to the larger fraction, 0.7 of -1.3
    assertArrayEquals(new long[] {-1, 2}, Money.roundKeepingSum(parts("-1.3", "2.6")));
  }

  @Test
  void no_parts_give_no_parts() {
    assertEquals(0, Money.roundKeepingSum(List.of()).length);
  }

  @Provide
  Arbitrary<List<BigDecimal>> exactParts() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-1000000"), new BigDecimal("1000000")).ofScale(3)
        .list().ofMaxSize(12);
  }

  @Property(tries = 300)
  void the_parts_add_up_to_the_rounded_total_and_each_is_within_one_unit(@ForAll("exactParts") List<BigDecimal> exact) {
    long[] rounded = Money.roundKeepingSum(exact);
    BigDecimal total = exact.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(total.setScale(0, RoundingMode.HALF_EVEN).longValueExact(), java.util.Arrays.stream(rounded).sum());
    for (int i = 0; i < rounded.length; i++) {
      BigDecimal off = BigDecimal.valueOf(rounded[i]).subtract(exact.get(i)).abs();
      assertTrue(off.compareTo(BigDecimal.ONE) < 0, exact.get(i) + " rounded to " + rounded[i]);
    }
  }
}
