package dev.revops.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.revops.core.history.FieldChange;
import dev.revops.core.money.Money;
import dev.revops.core.probability.Probability;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Numbers read from text are bounded before they are parsed or used in arithmetic. */
class NumberBoundsTest {
  static final String HUGE = "1" + "0".repeat(10_000);

  @Test
  void money_rejects_an_amount_of_ten_thousand_digits_before_parsing_it() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.parse("USD " + HUGE));
    assertEquals("must have an amount of at most 100 characters", e.violations().get(0).rule());
    assertEquals(Money.parse("USD 12.50"), Money.parse("USD 12.50"));
  }

  @Test
  void a_probability_has_no_exponent_and_at_most_a_hundred_characters() {
    assertThrows(InvalidValueException.class, () -> Probability.parse("1e-999999999"));
    assertThrows(InvalidValueException.class, () -> Probability.parse("0." + "5".repeat(200)));
    assertEquals(Probability.of(new java.math.BigDecimal("0.35")), Probability.parse("0.35"));
  }

  @Test
  void a_field_change_value_of_ten_thousand_digits_is_rejected() {
    assertThrows(InvalidValueException.class, () -> FieldChange.builder().dealId("D1").field("projectedMarginRate")
        .from(Optional.empty()).to(Optional.of("0." + "1".repeat(10_000))).at(Instant.parse("2026-01-01T00:00:00Z"))
        .build());
  }
}
