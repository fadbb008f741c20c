package dev.revops.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.InvalidValueException;
import dev.revops.core.json.RevopsJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExchangeRateTableTest {
  final ExchangeRateTable rates = ExchangeRateTable.of(
      ExchangeRate.of("EUR", "USD", LocalDate.parse("2026-01-01"), "1.08"),
      ExchangeRate.of("EUR", "USD", LocalDate.parse("2026-07-01"), "1.12"),
      ExchangeRate.of("GBP", "USD", LocalDate.parse("2026-01-01"), "1.2650"));

  @Test
  void uses_the_rate_in_force_on_the_date() {
    assertEquals(Optional.of(new BigDecimal("1.08")), rates.rate(Money.currency("EUR"), Money.currency("USD"),
        LocalDate.parse("2026-06-30")));
    assertEquals(Money.parse("USD 112.00"), rates.convert(Money.parse("EUR 100.00"), Money.currency("USD"),
        LocalDate.parse("2026-08-15"), RoundingMode.HALF_EVEN));
    // 33.33 x 1.2650 = 42.162450 -> 42.16
    assertEquals(Money.parse("USD 42.16"), rates.convert(Money.parse("GBP 33.33"), Money.currency("USD"),
        LocalDate.parse("2026-08-15"), RoundingMode.HALF_EVEN));
    assertEquals(new BigDecimal("42.162450"), rates.convertExactly(Money.parse("GBP 33.33"), Money.currency("USD"),
        LocalDate.parse("2026-08-15")));
  }

  @Test
  void a_currency_needs_no_rate_into_itself_but_every_other_pair_does() {
    assertEquals(Optional.of(BigDecimal.ONE), rates.rate(Money.currency("JPY"), Money.currency("JPY"), LocalDate.MIN));
    assertEquals(Optional.empty(), rates.rate(Money.currency("USD"), Money.currency("EUR"), LocalDate.parse("2026-08-15")));
    assertEquals(Optional.empty(), rates.rate(Money.currency("EUR"), Money.currency("USD"), LocalDate.parse("2025-12-31")));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> rates.convert(Money.parse("USD 1.00"),
        Money.currency("EUR"), LocalDate.parse("2026-08-15"), RoundingMode.HALF_EVEN));
    assertEquals("currency 'USD' has no rate into EUR in the exchange rate table (on 2026-08-15)", e.getMessage());
  }

  @Test
  void rejects_non_positive_rates_and_two_rates_for_one_pair_and_date() {
    assertThrows(InvalidValueException.class, () -> ExchangeRate.of("EUR", "USD", LocalDate.parse("2026-01-01"), "0"));
    assertThrows(InvalidValueException.class, () -> ExchangeRate.of("EUR", "EUR", LocalDate.parse("2026-01-01"), "1"));
    assertThrows(InvalidValueException.class, () -> ExchangeRateTable.of(
        ExchangeRate.of("EUR", "USD", LocalDate.parse("2026-01-01"), "1.08"),
        ExchangeRate.of("EUR", "USD", LocalDate.parse("2026-01-01"), "1.09")));
  }

  @Test
  void reads_and_writes_json() throws Exception {
    ObjectMapper json = RevopsJson.mapper();
    String text = json.writeValueAsString(rates);
    assertEquals(rates, json.readValue(text, ExchangeRateTable.class));
    assertEquals(ExchangeRateTable.of(ExchangeRate.of("EUR", "USD", LocalDate.parse("2026-01-01"), "1.0825")),
        json.readValue("{\"rates\":[{\"from\":\"EUR\",\"to\":\"USD\",\"effectiveFrom\":\"2026-01-01\",\"rate\":1.0825}]}",
            ExchangeRateTable.class));
  }
}
