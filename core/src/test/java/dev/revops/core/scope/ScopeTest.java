package dev.revops.core.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.InvalidValueException;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.money.ExchangeRate;
import dev.revops.core.money.ExchangeRateTable;
import dev.revops.core.money.Money;
import dev.revops.core.period.FiscalCalendar;
import dev.revops.core.period.PeriodKind;
import dev.revops.core.period.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ScopeTest {

  @Test
  void a_date_in_a_zone_is_the_start_of_that_day_there() {
    Scope scope = Scope.builder().asOf(LocalDate.parse("2026-10-01"), ZoneId.of("Europe/Paris")).build();
    // Paris is UTC+2 in summer time on 1 October 2026.
    assertEquals(Instant.parse("2026-09-30T22:00:00Z"), scope.asOf());
    assertEquals(LocalDate.parse("2026-10-01"), scope.asOfDate());
    assertEquals(ZoneId.of("Europe/Paris"), scope.workingCalendar().zone());
  }

  @Test
  void the_defaults_are_months_of_the_calendar_year_in_utc_with_five_examples() {
    Scope scope = Scope.asOf(LocalDate.parse("2026-10-01"));
    assertEquals(Instant.parse("2026-10-01T00:00:00Z"), scope.asOf());
    assertEquals(ZoneOffset.UTC, scope.zone());
    assertEquals(PeriodKind.MONTH, scope.periodKind());
    assertEquals("2026-03", scope.periodOf(LocalDate.parse("2026-03-31")).label());
    assertEquals(5, scope.exampleLimit());
    assertTrue(scope.reportingCurrency().isEmpty());
  }

  @Test
  void periods_follow_the_fiscal_calendar_and_instants_fall_in_the_zone_s_day() {
    Scope scope = Scope.builder().asOf(LocalDate.parse("2026-10-01"), ZoneId.of("America/New_York"))
        .periodKind(PeriodKind.QUARTER).fiscalCalendar(FiscalCalendar.startingIn(Month.FEBRUARY)).build();
    assertEquals("FY2027-Q1", scope.periodOf(LocalDate.parse("2026-03-15")).label());
    // 2026-05-01T02:00Z is still 30 April in New York (UTC-4): the last day of FY2027-Q1.
    assertEquals("FY2027-Q1", scope.periodOf(Instant.parse("2026-05-01T02:00:00Z")).label());
    assertEquals("FY2027-Q2", scope.periodOf(Instant.parse("2026-05-01T04:00:00Z")).label());
  }

  @Test
  void a_working_calendar_in_another_zone_is_refused_naming_both_zones() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Scope.builder()
        .asOf(LocalDate.parse("2026-10-01"), ZoneId.of("Europe/Paris"))
        .workingCalendar(WorkingCalendar.builder().zone(ZoneId.of("Asia/Tokyo")).build()).build());
    assertTrue(e.getMessage().contains("Asia/Tokyo") && e.getMessage().contains("Europe/Paris"), e.getMessage());
  }

  @Test
  void rates_without_a_reporting_currency_and_example_limits_out_of_bounds_are_refused() {
    ExchangeRateTable rates = ExchangeRateTable.of(ExchangeRate.of("EUR", "USD", LocalDate.parse("2026-01-01"), "1.1"));
    assertThrows(InvalidValueException.class, () -> Scope.builder().asOf(Instant.EPOCH).exchangeRates(rates).build());
    assertThrows(InvalidValueException.class, () -> Scope.builder().asOf(Instant.EPOCH).exampleLimit(-1).build());
    assertThrows(InvalidValueException.class,
        () -> Scope.builder().asOf(Instant.EPOCH).exampleLimit(Scope.MAX_EXAMPLE_LIMIT + 1).build());
    assertThrows(InvalidValueException.class, () -> Scope.builder().asOf(Instant.EPOCH)
        .addBasedOn(DefinitionRef.of("b2b", 1), DefinitionRef.of("b2b", 1)).build());
  }

  @Test
  void a_scope_round_trips_through_json() throws Exception {
    ObjectMapper json = RevopsJson.mapper();
    Scope scope = Scope.builder().asOf(LocalDate.parse("2026-10-01"), ZoneId.of("Europe/Paris"))
        .periodKind(PeriodKind.QUARTER).reportingCurrency(Money.currency("USD"))
        .addBasedOn(DefinitionRef.of("b2b", 3)).exampleLimit(2).build();
    assertEquals(scope, json.readValue(json.writeValueAsString(scope), Scope.class));
  }
}
