package dev.revops.forecast.calls;

import dev.revops.core.roster.CreditDate;
import static dev.revops.core.pipeline.ForecastCategory.CLOSED;
import static dev.revops.core.pipeline.ForecastCategory.COMMIT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.money.Money;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.money.ExchangeRate;
import dev.revops.core.money.ExchangeRateTable;
import dev.revops.core.period.PeriodKind;
import dev.revops.core.scope.Scope;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HierarchyRollupTest {
  static final Currency USD = Money.currency("USD");

  static Money usd(String amount) {
    return Money.parse("USD " + amount);
  }

  @Test
  void a_three_level_hierarchy_with_a_mid_year_move_credits_each_deal_on_its_close_date() {
    HierarchyResult r = new HierarchyRollup(CallDeals.options(CreditDate.CLOSE_DATE)).addAll(CallDeals.deals()).result();
    // Q2: D1 (ana won 100, 10 May) while ana was under bo: ana 100, bo 100, west 100; cy and east nothing.
    assertEquals(usd("100.00"), r.total("2026-Q2", "ana", CLOSED, USD));
    assertEquals(usd("100.00"), r.total("2026-Q2", "bo", CLOSED, USD));
    assertEquals(usd("0.00"), r.own("2026-Q2", "bo", CLOSED, USD));
    assertEquals(usd("100.00"), r.total("2026-Q2", "west", CLOSED, USD));
    assertEquals(usd("0.00"), r.total("2026-Q2", "east", CLOSED, USD));
    // Q3 commit (won + open commit): D2 ana 200 now under cy; D3 al won 50; D4 bo's own 20.
    // ana 200; cy 200; east 200; al 50; bo own 20, total 20 + 50 = 70; west 70.
    assertEquals(usd("200.00"), r.total("2026-Q3", "ana", COMMIT, USD));
    assertEquals(usd("200.00"), r.total("2026-Q3", "cy", COMMIT, USD));
    assertEquals(usd("200.00"), r.total("2026-Q3", "east", COMMIT, USD));
    assertEquals(usd("20.00"), r.own("2026-Q3", "bo", COMMIT, USD));
    assertEquals(usd("70.00"), r.total("2026-Q3", "bo", COMMIT, USD));
    assertEquals(usd("70.00"), r.total("2026-Q3", "west", COMMIT, USD));
    assertEquals(usd("50.00"), r.total("2026-Q3", "west", CLOSED, USD));
    // ana's rows: under bo in Q2, under cy in Q3.
    assertEquals(List.of(Optional.of("bo"), Optional.of("cy")), r.rows().stream().filter(x -> x.person().equals("ana"))
        .map(HierarchyRow::reportsTo).toList());
    // 4 deals counted; D5 lost, D6 without owner excluded, with their reasons.
    assertEquals(4, r.provenance().counted());
    assertEquals(List.of("lost", "no-owner"), r.provenance().excluded().stream().map(Exclusion::reason).sorted().toList());
  }

  @Test
  void credited_as_of_the_as_of_date_every_deal_of_ana_counts_for_her_team_of_today() {
    HierarchyResult r = new HierarchyRollup(CallDeals.options(CreditDate.AS_OF)).addAll(CallDeals.deals()).result();
    // On 2026-10-01 ana is under cy: her May win counts for cy and east, not bo and west.
    assertEquals(usd("100.00"), r.total("2026-Q2", "cy", CLOSED, USD));
    assertEquals(usd("100.00"), r.total("2026-Q2", "east", CLOSED, USD));
    assertEquals(usd("0.00"), r.total("2026-Q2", "bo", CLOSED, USD));
    assertEquals(usd("0.00"), r.total("2026-Q2", "west", CLOSED, USD));
  }

  @Test
  void an_owner_without_a_roster_entry_on_the_credit_day_is_excluded_and_named() {
    HierarchyResult r = new HierarchyRollup(CallDeals.options(CreditDate.CLOSE_DATE))
        .addAll(List.of(CallDeals.won("D9", "zed", "USD 10.00", "2026-08-01"))).result();
    assertEquals(0, r.provenance().counted());
    assertEquals("owner-not-in-roster", r.provenance().excluded().get(0).reason());
    assertEquals(List.of("D9"), r.provenance().excluded().get(0).examples());
  }

  @Test
  void with_a_reporting_currency_each_amount_is_converted_at_the_rate_of_its_close_date() {
    Scope scope = Scope.builder().asOf(CallDeals.AS_OF, ZoneOffset.UTC).periodKind(PeriodKind.QUARTER)
        .reportingCurrency(USD).exchangeRates(ExchangeRateTable.of(
            ExchangeRate.of("EUR", "USD", LocalDate.parse("2026-01-01"), "1.10"),
            ExchangeRate.of("EUR", "USD", LocalDate.parse("2026-08-01"), "1.20"))).build();
    CallOptions options = CallOptions.builder().scope(scope).roster(CallDeals.ROSTER).build();
    HierarchyResult r = new HierarchyRollup(options).addAll(List.of(
        CallDeals.won("E1", "al", "EUR 100.00", "2026-07-15"),     // 100 x 1.10 = 110.00
        CallDeals.won("E2", "al", "EUR 10.01", "2026-08-15"),      // 10.01 x 1.20 = 12.012 -> 12.01
        CallDeals.won("E3", "al", "GBP 50.00", "2026-08-15"))).result();  // no GBP rate: excluded
    assertEquals(usd("122.01"), r.total("2026-Q3", "west", CLOSED, USD));
    assertEquals("no-rate", r.provenance().excluded().get(0).reason());
  }
}
