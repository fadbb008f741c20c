package dev.revops.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void parses_and_prints_the_text_form_at_the_currency_scale() {
    assertEquals("USD 1234.50", Money.parse("USD 1234.5").toString());
    assertEquals("JPY 500", Money.parse("JPY 500").toString());
    assertEquals("BHD 1.250", Money.parse("BHD 1.25").toString());
    assertEquals("EUR -3.10", Money.parse("EUR -3.1").toString());
    assertEquals(123450L, Money.parse("USD 1234.50").getAmountMinor());
    assertEquals(new BigDecimal("1234.50"), Money.parse("USD 1234.50").getAmount());
  }

  @Test
  void rejects_text_that_is_not_a_code_a_space_and_a_plain_amount() {
    for (String bad : List.of("USD1234.50", "USD  12", "usd 12", "USD 1,234.50", "USD 1e3", "USD +5", "USD 12.",
        "USD .5", "XYZ 1", "USD")) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.parse(bad), bad);
      assertFalse(e.violations().isEmpty());
    }
  }

  @Test
  void rejects_more_decimals_than_the_currency_has_naming_the_amount_and_the_rule() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.parse("USD 1.005"));
    assertEquals("amount '1.005' has more decimal places than USD allows (2)", e.getMessage());
    assertThrows(InvalidValueException.class, () -> Money.parse("JPY 1.5"));
  }

  @Test
  void rejects_a_pseudo_currency_without_minor_unit() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.zero("XAU"));
    assertEquals("currency", e.violations().get(0).field());
  }

  @Test
  void rounds_only_when_asked_with_a_rounding_mode() {
    assertEquals(Money.parse("USD 1.00"), Money.of(Money.currency("USD"), new BigDecimal("1.005"), RoundingMode.HALF_EVEN));
    assertEquals(Money.parse("USD 1.01"), Money.of(Money.currency("USD"), new BigDecimal("1.005"), RoundingMode.HALF_UP));
  }

  @Test
  void adds_subtracts_and_negates_exactly() {
    Money a = Money.parse("USD 10.05");
    Money b = Money.parse("USD 0.10");
    assertEquals(Money.parse("USD 10.15"), a.plus(b));
    assertEquals(Money.parse("USD 9.95"), a.minus(b));
    assertEquals(Money.parse("USD -10.05"), a.negated());
    assertEquals(a, a.negated().abs());
    assertEquals(Money.parse("USD 30.15"), a.multipliedBy(3));
  }

  @Test
  void mixing_currencies_is_an_error_naming_both() {
    CurrencyMismatchException e = assertThrows(CurrencyMismatchException.class,
        () -> Money.parse("USD 1.00").plus(Money.parse("EUR 1.00")));
    assertEquals("USD", e.expected().getCurrencyCode());
    assertEquals("EUR", e.actual().getCurrencyCode());
    assertTrue(e.getMessage().contains("'EUR' must match USD"), e.getMessage());
    assertThrows(CurrencyMismatchException.class, () -> Money.parse("USD 1.00").compareTo(Money.parse("EUR 1.00")));
  }

  @Test
  void multiplies_by_a_ratio_rounding_once_half_even() {
    // 1000.05 x 0.5 = 500.025 -> 500.02 (the even cent); 1000.15 x 0.5 = 500.075 -> 500.08
    assertEquals(Money.parse("USD 500.02"), Money.parse("USD 1000.05").multipliedBy(new BigDecimal("0.5"), RoundingMode.HALF_EVEN));
    assertEquals(Money.parse("USD 500.08"), Money.parse("USD 1000.15").multipliedBy(new BigDecimal("0.5"), RoundingMode.HALF_EVEN));
    assertEquals(Money.parse("USD 333.00"), Money.parse("USD 1000.00").multipliedBy(new BigDecimal("0.333"), RoundingMode.HALF_EVEN));
    assertThrows(ArithmeticException.class,
        () -> Money.parse("USD 1.01").multipliedBy(new BigDecimal("0.5"), RoundingMode.UNNECESSARY));
  }

  @Test
  void divides_by_a_whole_number_with_a_rounding_mode() {
    assertEquals(Money.parse("USD 3.33"), Money.parse("USD 10.00").dividedBy(3, RoundingMode.HALF_EVEN));
    assertEquals(Money.parse("USD 3.34"), Money.parse("USD 10.00").dividedBy(3, RoundingMode.CEILING));
    assertThrows(ArithmeticException.class, () -> Money.parse("USD 10.00").dividedBy(0, RoundingMode.HALF_EVEN));
  }

  @Test
  void allocates_thirds_with_the_extra_cent_to_the_first_part() {
    assertEquals(List.of(Money.parse("USD 33.34"), Money.parse("USD 33.33"), Money.parse("USD 33.33")),
        Money.parse("USD 100.00").allocate(1, 1, 1));
  }

  @Test
  void allocates_to_the_largest_remainders_first() {
    // 10.00 by 1:2:3:4 -> exact 1.00, 2.00, 3.00, 4.00
    assertEquals(List.of(Money.parse("USD 1.00"), Money.parse("USD 2.00"), Money.parse("USD 3.00"), Money.parse("USD 4.00")),
        Money.parse("USD 10.00").allocate(1, 2, 3, 4));
    // 0.05 by 3:7 -> exact 0.015, 0.035 -> floors 0.01, 0.03, remainders .5 .5 -> tie to the first
    assertEquals(List.of(Money.parse("USD 0.02"), Money.parse("USD 0.03")), Money.parse("USD 0.05").allocate(3, 7));
    // 1.00 by 0.2, 0.3, 0.5 (decimal weights) -> 0.20, 0.30, 0.50
    assertEquals(List.of(Money.parse("USD 0.20"), Money.parse("USD 0.30"), Money.parse("USD 0.50")),
        Money.parse("USD 1.00").allocate(List.of(new BigDecimal("0.2"), new BigDecimal("0.3"), new BigDecimal("0.5"))));
  }

  @Test
  void allocates_negative_amounts_by_magnitude_and_gives_zero_weights_nothing() {
    // exact shares 33.333.., 0, 66.666..: floors 33.33, 0, 66.66; the spare cent goes to the larger
    // remainder (0.666 of a cent), so the 2/3 part gets it
    assertEquals(List.of(Money.parse("USD -33.33"), Money.parse("USD 0.00"), Money.parse("USD -66.67")),
        Money.parse("USD -100.00").allocate(1, 0, 2));
  }

  @Test
  void rejects_negative_or_all_zero_weights() {
    assertThrows(InvalidValueException.class, () -> Money.parse("USD 1.00").allocate(1, -1));
    assertThrows(InvalidValueException.class, () -> Money.parse("USD 1.00").allocate(0, 0));
  }

  @Test
  void compares_within_one_currency() {
    assertTrue(Money.parse("USD 2.00").isGreaterThan(Money.parse("USD 1.99")));
    assertTrue(Money.parse("USD -2.00").isLessThan(Money.zero("USD")));
    assertTrue(Money.zero("USD").isZero());
    assertEquals(1, Money.parse("USD 0.01").signum());
  }

  @Test
  void overflow_is_an_arithmetic_error_not_a_wrong_number() {
    Money max = Money.ofMinor("USD", Long.MAX_VALUE);
    assertThrows(ArithmeticException.class, () -> max.plus(Money.parse("USD 0.01")));
    assertThrows(InvalidValueException.class, () -> Money.of("USD", new BigDecimal("1e30")));
  }
}
