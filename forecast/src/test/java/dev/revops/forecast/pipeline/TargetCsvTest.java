package dev.revops.forecast.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.io.ImportResult;
import dev.revops.core.io.Rejection;
import dev.revops.core.money.Money;
import dev.revops.core.period.FiscalCalendar;
import dev.revops.core.period.PeriodKind;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetCsvTest {
  static ImportResult<Target> csv(String text) throws IOException {
    return TargetCsv.importer(FiscalCalendar.calendarYear(), PeriodKind.QUARTER, Optional.of(Money.currency("USD")))
        .readAll(new StringReader(text));
  }

  @Test
  void a_target_repeating_a_period_dimensions_and_currency_is_rejected_naming_the_first_row() throws IOException {
    ImportResult<Target> r = csv("period,owner,amount,currency\n"
        + "2026-Q4,alice,1000,USD\n"
        + "2026-Q4,bob,500,USD\n"
        + "2026-Q4,alice,1200,\n"       // the default currency: the same key as row 2
        + "2026-Q4,alice,900,EUR\n"     // another currency: another target
        + "2026-Q3,alice,800,USD\n");
    assertEquals(List.of("USD 1000.00", "USD 500.00", "EUR 900.00", "USD 800.00"),
        r.accepted().stream().map(t -> t.amount().toString()).toList());
    assertEquals(List.of("row 4: period '2026-Q4' repeats an earlier row's period, dimensions and currency "
        + "(first at row 2)"), r.rejected().stream().map(Rejection::toString).toList());
  }

  @Test
  void a_currency_is_three_upper_case_letters() throws IOException {
    ImportResult<Target> r = csv("period,amount,currency\n2026-Q4,1000,usd\n");
    assertEquals("currency 'usd' is not an ISO 4217 currency code (three upper-case letters, like USD)",
        r.rejected().get(0).problems().get(0).toString());
  }

  @Test
  void targets_in_json_reject_a_repeat_too() throws IOException {
    ImportResult<Target> r = TargetCsv.jsonImporter().readAll(new StringReader(
        "[{\"period\":\"2026-Q4\",\"group\":{\"owner\":\"alice\"},\"amount\":\"USD 1000.00\"},\n"
            + "{\"period\":\"2026-Q4\",\"group\":{\"owner\":\"alice\"},\"amount\":\"USD 1200.00\"}]"));
    assertEquals(1, r.accepted().size());
    assertEquals(2L, r.rejected().get(0).row());
    assertEquals("repeats the target id of an earlier row", r.rejected().get(0).problems().get(0).reason());
  }
}
