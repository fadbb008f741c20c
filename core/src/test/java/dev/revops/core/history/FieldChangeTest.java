package dev.revops.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.DealField;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.probability.Probability;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldChangeTest {
  static final Instant AT = Instant.parse("2026-09-02T10:00:00Z");

  static FieldChange change(String field, String from, String to) {
    return FieldChange.builder().dealId("D1").field(field).from(Optional.ofNullable(from)).to(Optional.ofNullable(to))
        .at(AT).actor("alice").build();
  }

  @Test
  void reads_values_by_the_kind_of_field() {
    assertEquals(Optional.of(Money.parse("EUR 40000.00")),
        change("amount", "40000.00", "48000.00").valueBefore(Optional.of(Money.currency("EUR"))));
    assertEquals(Optional.of(Money.parse("USD 48000.00")),
        change("amount", "40000.00", "USD 48000.00").valueAfter(Optional.empty()));
    assertEquals(Optional.of(LocalDate.parse("2026-10-31")),
        change("expectedCloseDate", "2026-09-30", "2026-10-31").valueAfter(Optional.empty()));
    assertEquals(Optional.of(Probability.parse("0.35")), change("probability", "0.6", "0.35").valueAfter(Optional.empty()));
    assertEquals(Optional.of(ForecastCategory.BEST_CASE),
        change("forecastCategory", "Pipeline", "Best Case").valueAfter(Optional.empty()));
    assertEquals(Optional.of(new BigDecimal("0.72")),
        change("projectedMarginRate", null, "0.72").valueAfter(Optional.empty()));
    assertEquals(Optional.empty(), change("owner", "bob", null).valueAfter(Optional.empty()));
    FieldChange attribute = change("attributes.region", "EMEA", "APAC");
    assertEquals(Optional.of("region"), attribute.attributeName());
    assertEquals(Optional.empty(), attribute.dealField());
    assertEquals(Optional.of(DealField.AMOUNT), change("amount", null, "1").dealField());
  }

  @Test
  void rejects_the_stage_and_dates_that_come_from_the_history() {
    for (String field : new String[] {"stage", "closedDate", "createdDate", "id"}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> change(field, "a", "b"));
      assertEquals("field", e.violations().get(0).field());
      assertTrue(e.getMessage().contains("stage history"), e.getMessage());
    }
  }

  @Test
  void rejects_unknown_fields_unchanged_values_and_values_of_the_wrong_kind_naming_them() {
    InvalidValueException unknown = assertThrows(InvalidValueException.class, () -> change("colour", "red", "blue"));
    assertTrue(unknown.getMessage().contains("field 'colour' must be a deal field"), unknown.getMessage());
    InvalidValueException same = assertThrows(InvalidValueException.class, () -> change("owner", "bob", "bob"));
    assertTrue(same.getMessage().contains("must differ from the value before"), same.getMessage());
    InvalidValueException date = assertThrows(InvalidValueException.class,
        () -> change("expectedCloseDate", "2026-09-30", "2026-13-01"));
    assertEquals("to", date.violations().get(0).field());
    assertEquals("2026-13-01", date.violations().get(0).value());
    assertTrue(date.getMessage().contains("must be a date"), date.getMessage());
    InvalidValueException probability = assertThrows(InvalidValueException.class,
        () -> change("probability", "1.5", "0.5"));
    assertEquals("from", probability.violations().get(0).field());
    assertTrue(probability.getMessage().contains("between 0 and 1"), probability.getMessage());
    InvalidValueException money = assertThrows(InvalidValueException.class, () -> change("amount", "1,000", "2000"));
    assertTrue(money.getMessage().contains("plain decimal"), money.getMessage());
    InvalidValueException category = assertThrows(InvalidValueException.class,
        () -> change("forecastCategory", "Pipeline", "Maybe"));
    assertEquals("Maybe", category.violations().get(0).value());
  }

  @Test
  void describes_itself_in_one_line() {
    assertEquals("D1 amount (none) -> 48000.00 at 2026-09-02T10:00:00Z", change("amount", null, "48000.00").toString());
  }
}
