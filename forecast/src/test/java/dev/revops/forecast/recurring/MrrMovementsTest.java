package dev.revops.forecast.recurring;

import static dev.revops.forecast.recurring.Lines.histories;
import static dev.revops.forecast.recurring.Lines.line;
import static dev.revops.forecast.recurring.Lines.monthly;
import static dev.revops.forecast.recurring.Lines.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.money.ExchangeRate;
import dev.revops.core.money.ExchangeRateTable;
import dev.revops.core.money.Money;
import dev.revops.core.scope.Scope;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Movements on six customers over January to April 2026, every number worked out by hand below.
 *
 * <pre>
 * A  100 from 2025-12-01, 150 from 2026-02-15 (mid-month upgrade)  Feb expansion 50
 * B  200 from 2026-01-10                                            Jan new 200
 * C   80 from 2025-11-01 to 2026-03-01 (last day Feb 28)            Mar churn 80
 * D   60 from 2026-01-05 to 2026-01-20 (joins and leaves in Jan)    Jan in and out
 * E   50 from 2025-10-01 to 2026-01-01, 70 from 2026-03-10          Jan churn 50, Mar reactivation 70
 * F  300 from 2025-06-01, 120 from 2026-04-20 (mid-month downgrade) Apr contraction 180
 *
 *        opening  new  react  exp  contr  churn  closing
 * Jan      530    200     0     0     0     50     680
 * Feb      680      0     0    50     0      0     730
 * Mar      730      0    70     0     0     80     720
 * Apr      720      0     0     0   180      0     540   (read up to the as-of, 2026-05-01)
 * </pre>
 */
class MrrMovementsTest {
  static final List<CustomerHistory> SIX = histories(
      line("A1", "A", "USD 100.00", "2025-12-01", "2026-02-15"), line("A2", "A", "USD 150.00", "2026-02-15"),
      line("B1", "B", "USD 200.00", "2026-01-10"),
      line("C1", "C", "USD 80.00", "2025-11-01", "2026-03-01"),
      line("D1", "D", "USD 60.00", "2026-01-05", "2026-01-20"),
      line("E1", "E", "USD 50.00", "2025-10-01", "2026-01-01"), line("E2", "E", "USD 70.00", "2026-03-10"),
      line("F1", "F", "USD 300.00", "2025-06-01", "2026-04-20"), line("F2", "F", "USD 120.00", "2026-04-20"));

  static MovementsResult movements(RecurringOptions options, List<CustomerHistory> histories) {
    MrrMovements m = new MrrMovements(options);
    histories.forEach(m::add);
    return m.result();
  }

  @Test
  void each_month_of_the_six_customers_has_the_movements_worked_out_by_hand() {
    MovementsResult r = movements(monthly("2026-01-01", "2026-05-01"), SIX);
    assertEquals(4, r.totals().size());
    MovementRow jan = r.totals().get(0);
    assertEquals("2026-01", jan.period().label());
    assertEquals(usd("530.00"), jan.opening());
    assertEquals(usd("200.00"), jan.newBusiness());
    assertEquals(usd("50.00"), jan.churn());
    assertEquals(usd("680.00"), jan.closing());
    assertEquals(4, jan.customersAtOpen());
    assertEquals(4, jan.customersAtClose());
    assertEquals(1, jan.newCustomers());
    assertEquals(1, jan.churnedCustomers());
    assertEquals(3, jan.unchangedCustomers());
    assertEquals(1, jan.inAndOutCustomers(), "D joined and left in January");

    MovementRow feb = r.totals().get(1);
    assertEquals(usd("50.00"), feb.expansion(), "A's upgrade on the 15th counts in February");
    assertEquals(usd("730.00"), feb.closing());

    MovementRow mar = r.totals().get(2);
    assertEquals(usd("70.00"), mar.reactivation(), "E came back after two months away");
    assertEquals(usd("80.00"), mar.churn(), "C's service ended with February: its first day without is March 1");
    assertEquals(usd("720.00"), mar.closing());
    assertEquals(usd("-10.00"), mar.netChange());

    MovementRow apr = r.totals().get(3);
    assertEquals(usd("180.00"), apr.contraction());
    assertEquals(usd("540.00"), apr.closing());
    assertTrue(apr.complete(), "as of May 1, April is whole");
  }

  @Test
  void the_period_the_as_of_falls_in_is_read_up_to_the_as_of_and_marked_incomplete() {
    // As of 2026-04-10: F's downgrade on the 20th is not known yet; April closes at 720.
    MovementsResult r = movements(monthly("2026-03-01", "2026-04-10"), SIX);
    MovementRow apr = r.totals().get(1);
    assertFalse(apr.complete());
    assertEquals(usd("720.00"), apr.closing());
    assertEquals(usd("0.00"), apr.contraction());
    assertTrue(r.totals().get(0).complete());
  }

  @Test
  void grouping_by_an_attribute_puts_each_customer_in_its_group_and_the_groups_add_up_to_the_total() {
    List<CustomerHistory> hs = histories(
        MrrLine.builder().id("X1").customer("X").monthly(usd("100.00")).start(Lines.at("2026-01-05"))
            .putAttributes("segment", "SMB").build(),
        MrrLine.builder().id("Y1").customer("Y").monthly(usd("400.00")).start(Lines.at("2025-12-01"))
            .end(Lines.at("2026-01-15")).putAttributes("segment", "Enterprise").build(),
        line("Z1", "Z", "USD 50.00", "2025-12-01"));
    MovementsResult r = movements(monthly("2026-01-01", "2026-02-01", "segment"), hs);
    assertEquals(3, r.rows().size());
    MovementRow none = r.rows().get(0);
    assertEquals("(none)", none.group().get("segment"), "Z has no segment");
    MovementRow enterprise = r.rows().get(1);
    assertEquals("Enterprise", enterprise.group().get("segment"));
    assertEquals(usd("400.00"), enterprise.churn());
    MovementRow smb = r.rows().get(2);
    assertEquals(usd("100.00"), smb.newBusiness());
    MovementRow total = r.totals().get(0);
    assertEquals(usd("450.00"), total.opening());
    assertEquals(usd("150.00"), total.closing());
  }

  @Test
  void grouping_by_product_classifies_each_product_apart_so_a_switch_is_churn_in_one_and_new_in_the_other() {
    // G moves from Silver (30) to Gold (50) on 2026-01-10: for the customer, expansion 20; per product, Silver
    // churns 30 and Gold is new 50 (G never had Gold before).
    List<CustomerHistory> hs = histories(
        MrrLine.builder().id("G1").customer("G").monthly(usd("30.00")).start(Lines.at("2025-11-01"))
            .end(Lines.at("2026-01-10")).product("Silver").build(),
        MrrLine.builder().id("G2").customer("G").monthly(usd("50.00")).start(Lines.at("2026-01-10"))
            .product("Gold").build());
    MovementsResult byCustomer = movements(monthly("2026-01-01", "2026-02-01"), hs);
    assertEquals(usd("20.00"), byCustomer.totals().get(0).expansion());
    MovementsResult byProduct = movements(monthly("2026-01-01", "2026-02-01", "product"), hs);
    MovementRow gold = byProduct.rows().get(0);
    MovementRow silver = byProduct.rows().get(1);
    assertEquals("Gold", gold.group().get("product"));
    assertEquals(usd("50.00"), gold.newBusiness());
    assertEquals(usd("30.00"), silver.churn());
    assertEquals(usd("20.00"), byProduct.totals().get(0).netChange());
  }

  @Test
  void customers_in_two_currencies_are_never_added_together_without_a_reporting_currency() {
    List<CustomerHistory> hs = histories(line("U1", "U", "USD 100.00", "2026-01-05"),
        MrrLine.builder().id("V1").customer("V").monthly(Money.parse("EUR 80.00")).start(Lines.at("2025-12-01"))
            .build());
    MovementsResult r = movements(monthly("2026-01-01", "2026-02-01"), hs);
    assertEquals(2, r.totals().size());
    assertEquals(Money.parse("EUR 80.00"), r.totals().get(0).closing());
    assertEquals(usd("100.00"), r.totals().get(1).closing());
  }

  @Test
  void with_a_reporting_currency_both_ends_of_a_period_use_its_last_day_rate_and_the_rate_change_is_a_restatement() {
    // V pays EUR 100.00 throughout. January ends at 1.10 (USD 110.00), February at 1.20 (USD 120.00): no movement
    // in either month, February's opening is restated from 110 to 120.
    ExchangeRateTable rates = ExchangeRateTable.of(
        ExchangeRate.of("EUR", "USD", LocalDate.parse("2026-01-01"), "1.10"),
        ExchangeRate.of("EUR", "USD", LocalDate.parse("2026-02-01"), "1.20"));
    RecurringOptions options = RecurringOptions.builder()
        .scope(Scope.builder().asOf(LocalDate.parse("2026-03-01"), ZoneOffset.UTC)
            .reportingCurrency(Money.currency("USD")).exchangeRates(rates).build())
        .from(LocalDate.parse("2026-01-01")).build();
    List<CustomerHistory> hs = histories(MrrLine.builder().id("V1").customer("V").monthly(Money.parse("EUR 100.00"))
        .start(Lines.at("2025-12-01")).build());
    MovementsResult r = movements(options, hs);
    MovementRow jan = r.totals().get(0);
    MovementRow feb = r.totals().get(1);
    assertEquals(usd("110.00"), jan.closing());
    assertEquals(usd("120.00"), feb.opening());
    assertEquals(usd("0.00"), feb.netChange());
    assertEquals(usd("10.00"), feb.restatement().orElseThrow());
    assertEquals(1, feb.unchangedCustomers());
    assertEquals(List.of(RecurringOptions.PERIOD_END_RATE), r.provenance().basedOn(), "the named conversion rule");
    assertTrue(r.metricValues().get(0).basedOn().contains(RecurringOptions.PERIOD_END_RATE));
  }

  @Test
  void a_customer_without_a_rate_to_the_reporting_currency_is_left_out_of_that_period_and_said_so() {
    RecurringOptions options = RecurringOptions.builder()
        .scope(Scope.builder().asOf(LocalDate.parse("2026-02-01"), ZoneOffset.UTC)
            .reportingCurrency(Money.currency("USD")).build())
        .from(LocalDate.parse("2026-01-01")).build();
    List<CustomerHistory> hs = histories(MrrLine.builder().id("V1").customer("V").monthly(Money.parse("EUR 100.00"))
        .start(Lines.at("2025-12-01")).build(), line("U1", "U", "USD 10.00", "2025-12-01"));
    MovementsResult r = movements(options, hs);
    assertEquals(usd("10.00"), r.totals().get(0).closing());
    assertEquals("no exchange rate to the reporting currency", r.provenance().excluded().get(0).reason());
    assertEquals(List.of("V EUR to USD on 2026-01-31"), r.provenance().excluded().get(0).examples());
  }

  @Test
  void a_customer_returning_after_the_rules_time_away_is_new_again() {
    // E left on 2026-01-01 and came back on 2026-03-10: two months away (to the start of March).
    MovementRules twoMonths = MovementRules.builder().id("mrr-movements-2m").version(1).newAfterMonthsAway(2).build();
    MovementRules threeMonths = MovementRules.builder().id("mrr-movements-3m").version(1).newAfterMonthsAway(3).build();
    List<CustomerHistory> e = histories(line("E1", "E", "USD 50.00", "2025-10-01", "2026-01-01"),
        line("E2", "E", "USD 70.00", "2026-03-10"));
    RecurringOptions base = monthly("2026-03-01", "2026-04-01");
    MovementRow two = movements(withRules(base, twoMonths), e).totals().get(0);
    MovementRow three = movements(withRules(base, threeMonths), e).totals().get(0);
    assertEquals(usd("70.00"), two.newBusiness(), "away since Jan 1, at least two months before Mar 1");
    assertEquals(usd("70.00"), three.reactivation(), "not three months away");
    assertEquals(usd("70.00"), movements(base, e).totals().get(0).reactivation(), "standard rules: always");
  }

  static RecurringOptions withRules(RecurringOptions base, MovementRules rules) {
    return RecurringOptions.builder().scope(base.scope()).from(base.from()).addAllGroupBy(base.groupBy()).rules(rules)
        .build();
  }

  @Test
  void a_customer_given_twice_is_refused() {
    MrrMovements m = new MrrMovements(monthly("2026-01-01", "2026-02-01"));
    m.add(SIX.get(0));
    assertThrows(IllegalArgumentException.class, () -> m.add(SIX.get(0)));
    MrrMovements other = new MrrMovements(monthly("2026-01-01", "2026-02-01"));
    other.add(SIX.get(0));
    assertThrows(IllegalArgumentException.class, () -> m.merge(other));
  }

  @Test
  void metric_values_cite_the_movement_metrics_and_the_movement_rules() {
    MovementsResult r = movements(monthly("2026-03-01", "2026-04-01"), SIX);
    var mrr = r.metricValues().get(0);
    assertEquals("mrr", mrr.metric().id());
    assertEquals(usd("720.00"), mrr.money().orElseThrow());
    assertEquals("2026-03", mrr.dimensions().get("period"));
    assertEquals("mrr-movements", mrr.basedOn().get(0).id());
  }
}
