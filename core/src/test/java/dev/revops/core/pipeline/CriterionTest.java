package dev.revops.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CriterionTest {

  /** A subject with hand-set fields. */
  static final class Fields implements CriterionSubject {
    final Map<DealField, Object> values = new HashMap<>();
    final Map<String, String> attributes = new HashMap<>();

    Fields with(DealField f, Object v) {
      values.put(f, v);
      return this;
    }

    Fields attr(String k, String v) {
      attributes.put(k, v);
      return this;
    }

    @Override
    public Optional<Object> fieldValue(DealField field) {
      return Optional.ofNullable(values.get(field));
    }

    @Override
    public Optional<String> attribute(String name) {
      return Optional.ofNullable(attributes.get(name));
    }
  }

  @Test
  void an_amount_above_zero_is_met_by_a_positive_amount_in_any_currency() {
    Criterion c = Criterion.of("amount", CriterionOperator.GREATER_THAN, "0");
    assertEquals(Optional.empty(), c.unmetBy(new Fields().with(DealField.AMOUNT, Money.parse("EUR 0.01"))));
    assertEquals(Optional.of("amount > 0 is not met: amount is USD 0.00"),
        c.unmetBy(new Fields().with(DealField.AMOUNT, Money.parse("USD 0.00"))));
    assertEquals(Optional.of("amount > 0 is not met: amount is not set"), c.unmetBy(new Fields()));
  }

  @Test
  void an_amount_with_a_currency_is_only_met_in_that_currency() {
    Criterion c = Criterion.of("amount", CriterionOperator.AT_LEAST, "USD 1000");
    assertEquals(Optional.empty(), c.unmetBy(new Fields().with(DealField.AMOUNT, Money.parse("USD 1000.00"))));
    assertTrue(c.unmetBy(new Fields().with(DealField.AMOUNT, Money.parse("USD 999.99"))).isPresent());
    assertEquals(Optional.of("amount >= USD 1000 is not met: amount is EUR 5000.00, which cannot be compared with USD 1000"),
        c.unmetBy(new Fields().with(DealField.AMOUNT, Money.parse("EUR 5000.00"))));
  }

  @Test
  void presence_dates_decimals_and_categories_compare_by_kind() {
    assertTrue(Criterion.present("expectedCloseDate").unmetBy(new Fields()).isPresent());
    assertTrue(Criterion.present("expectedCloseDate")
        .unmetBy(new Fields().with(DealField.EXPECTED_CLOSE_DATE, LocalDate.of(2026, 1, 1))).isEmpty());
    Criterion before = Criterion.of("createdDate", CriterionOperator.LESS_THAN, "2026-01-01");
    assertTrue(before.unmetBy(new Fields().with(DealField.CREATED_DATE, LocalDate.of(2025, 12, 31))).isEmpty());
    assertTrue(before.unmetBy(new Fields().with(DealField.CREATED_DATE, LocalDate.of(2026, 1, 1))).isPresent());
    Criterion likely = Criterion.of("probability", CriterionOperator.AT_LEAST, "0.5");
    assertTrue(likely.unmetBy(new Fields().with(DealField.PROBABILITY, new BigDecimal("0.50"))).isEmpty());
    Criterion commit = Criterion.of("forecastCategory", CriterionOperator.EQUALS, "Commit");
    assertTrue(commit.unmetBy(new Fields().with(DealField.FORECAST_CATEGORY, ForecastCategory.COMMIT)).isEmpty());
    assertTrue(commit.unmetBy(new Fields().with(DealField.FORECAST_CATEGORY, ForecastCategory.BEST_CASE)).isPresent());
  }

  @Test
  void one_of_and_attributes_compare_text_numbers_and_dates() {
    Criterion seg = Criterion.oneOf("segment", "SMB", "Mid-Market");
    assertTrue(seg.unmetBy(new Fields().with(DealField.SEGMENT, "SMB")).isEmpty());
    assertEquals(Optional.of("segment in [SMB, Mid-Market] is not met: segment is Enterprise"),
        seg.unmetBy(new Fields().with(DealField.SEGMENT, "Enterprise")));
    Criterion seats = Criterion.of("attributes.seats", CriterionOperator.AT_LEAST, "10");
    assertTrue(seats.unmetBy(new Fields().attr("seats", "12")).isEmpty());
    assertTrue(seats.unmetBy(new Fields().attr("seats", "9")).isPresent());
    assertEquals(Optional.of("attributes.seats >= 10 is not met: attributes.seats is many, which cannot be compared with 10"),
        seats.unmetBy(new Fields().attr("seats", "many")));
    assertTrue(Criterion.of("attributes.tier", CriterionOperator.EQUALS, "gold")
        .unmetBy(new Fields().attr("tier", "gold")).isEmpty());
  }

  @Test
  void a_label_replaces_the_generated_text() {
    Criterion c = Criterion.builder().field("attributes.budget").operator(CriterionOperator.PRESENT)
        .label("Budget confirmed").build();
    assertEquals(Optional.of("Budget confirmed is not met: attributes.budget is not set"), c.unmetBy(new Fields()));
    assertEquals("amount > 0", Criterion.of("amount", CriterionOperator.GREATER_THAN, "0").toString());
  }

  @Test
  void rejects_criteria_that_cannot_apply_to_their_field() {
    assertThrows(InvalidValueException.class, () -> Criterion.of("colour", CriterionOperator.EQUALS, "red"));
    assertThrows(InvalidValueException.class, () -> Criterion.of("name", CriterionOperator.GREATER_THAN, "a"));
    assertThrows(InvalidValueException.class, () -> Criterion.of("amount", CriterionOperator.GREATER_THAN, "lots"));
    assertThrows(InvalidValueException.class, () -> Criterion.of("createdDate", CriterionOperator.AT_LEAST, "01/02/2026"));
    assertThrows(InvalidValueException.class, () -> Criterion.of("forecastCategory", CriterionOperator.EQUALS, "Maybe"));
    assertThrows(InvalidValueException.class, () -> Criterion.of("attributes.x", CriterionOperator.AT_LEAST, "abc"));
    assertThrows(InvalidValueException.class, () -> Criterion.oneOf("amount", "1"));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Criterion.builder().field("amount").operator(CriterionOperator.PRESENT).value("0").build());
    assertEquals("value", e.violations().get(0).field());
  }
}
