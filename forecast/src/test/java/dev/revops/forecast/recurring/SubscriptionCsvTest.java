package dev.revops.forecast.recurring;

import static dev.revops.forecast.recurring.Lines.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.io.ImportFormatException;
import dev.revops.core.io.ImportResult;
import dev.revops.core.io.Rejection;
import dev.revops.core.money.Money;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SubscriptionCsvTest {
  static final String HEADER = "id,Customer ID,Customer Email,Product,Quantity,Currency,Interval,Interval Count,Amount,"
      + "Status,Created (UTC),Start Date (UTC),Trial End (UTC),Current Period Start (UTC),Current Period End (UTC),"
      + "Canceled At (UTC),Cancel At Period End,Ended At (UTC),segment (metadata)\n";

  static ImportResult<MrrLine> read(String rows) throws Exception {
    return SubscriptionCsv.readAll(new StringReader(HEADER + rows));
  }

  static List<CustomerHistory> histories(ImportResult<MrrLine> r) {
    CustomerHistories gather = new CustomerHistories();
    r.accepted().forEach(gather::add);
    return gather.result().histories();
  }

  /**
   * Stripe, "Billing metric definitions", MRR: "100 subscribers are on Plan A (100 USD per month) and 50 subscribers
   * are on Plan B (600 USD per year). MRR = (100 x 100 USD) + (50 x (800 USD/12)) = 12,500 USD". The page writes 800
   * in the formula but 600 in the plan, and 12,500 is what 600 gives: 10,000 + 50 x 50 = 12,500.
   */
  @Test
  void stripe_mrr_example_of_monthly_and_yearly_plans_gives_12500() throws Exception {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      rows.append("sub_a").append(i).append(",cus_a").append(i)
          .append(",,Plan A,1,usd,month,1,100.00,active,2026-01-01 00:00,2026-01-01 00:00,,,,,false,,\n");
    }
    for (int i = 0; i < 50; i++) {
      rows.append("sub_b").append(i).append(",cus_b").append(i)
          .append(",,Plan B,1,usd,year,1,600.00,active,2026-01-01 00:00,2026-01-01 00:00,,,,,false,,\n");
    }
    ImportResult<MrrLine> r = read(rows.toString());
    assertEquals(150, r.report().rowsAccepted());
    MrrMovements m = new MrrMovements(Lines.monthly("2026-01-01", "2026-02-01"));
    histories(r).forEach(m::add);
    assertEquals(usd("12500.00"), m.result().totals().get(0).closing());
  }

  /**
   * ChartMogul, "MRR movements" (Syncalytics, plans Silver $30 / $300 and Gold $50 / $500): four Gold yearly plans,
   * billed $2,000, are New Business of $166.67 ($2,000 / 12); two Silver monthly plans a few days later ($60) are
   * Expansion; cancelling them mid-cycle is Contraction of $60; cancelling the Gold plan is Churn "at the end of the
   * current billing period"; re-subscribing to three Gold monthly plans is Reactivation (3 x $50 = $150).
   */
  @Test
  void chartmogul_syncalytics_example_is_new_expansion_contraction_churn_and_reactivation() throws Exception {
    ImportResult<MrrLine> r = read(
        "sub_1,cus_syn,,Gold,4,usd,year,1,500.00,canceled,2026-01-01 00:00,2026-01-01 00:00,,2026-01-01 00:00,"
            + "2027-01-01 00:00,2026-12-01 10:00,true,,\n"
            + "sub_2,cus_syn,,Silver,2,usd,month,1,30.00,canceled,2026-01-05 00:00,2026-01-05 00:00,,,,"
            + "2026-01-19 00:00,false,,\n"
            + "sub_3,cus_syn,,Gold,3,usd,month,1,50.00,active,2027-03-01 00:00,2027-03-01 00:00,,,,,false,,\n");
    assertEquals(3, r.report().rowsAccepted(), r.rejected().toString());
    List<MrrActivity> a = histories(r).get(0).activities();
    assertEquals(List.of(MovementKind.NEW, MovementKind.EXPANSION, MovementKind.CONTRACTION, MovementKind.CHURN,
        MovementKind.REACTIVATION), a.stream().map(MrrActivity::kind).toList());
    assertEquals(List.of(usd("166.67"), usd("60.00"), usd("60.00"), usd("166.67"), usd("150.00")),
        a.stream().map(MrrActivity::amount).toList());
    assertEquals(Instant.parse("2027-01-01T00:00:00Z"), a.get(3).at(), "churn at the end of the paid year");
  }

  @Test
  void intervals_are_normalised_to_a_month_and_rounded_half_even_once() {
    assertEquals(usd("43.33"), SubscriptionCsv.monthly(usd("10.00"), "week", 1), "10 x 52 / 12 = 43.333");
    assertEquals(usd("30.42"), SubscriptionCsv.monthly(usd("1.00"), "day", 1), "365 / 12 = 30.4166");
    assertEquals(usd("100.00"), SubscriptionCsv.monthly(usd("300.00"), "month", 3));
    assertEquals(usd("41.67"), SubscriptionCsv.monthly(usd("1000.00"), "year", 2), "1000 / 24 = 41.666");
    assertEquals(Money.parse("JPY 833"), SubscriptionCsv.monthly(Money.parse("JPY 10000"), "year", 1),
        "10000 / 12 = 833.33 in a currency without decimals");
  }

  @Test
  void a_trial_is_not_revenue_metadata_columns_are_attributes_and_minute_dates_are_read() throws Exception {
    ImportResult<MrrLine> r = read(
        "sub_t,cus_t,t@example.com,Pro,1,EUR,month,1,49.00,active,2026-02-01 08:30,2026-02-01 08:30,"
            + "2026-02-15 08:30,,,,,,Mid-Market\n");
    MrrLine l = r.accepted().get(0);
    assertEquals(Instant.parse("2026-02-15T08:30:00Z"), l.start());
    assertEquals(Money.parse("EUR 49.00"), l.monthly());
    assertEquals("Mid-Market", l.attributes().get("segment"));
    assertEquals("Pro", l.product().orElseThrow());
  }

  @Test
  void every_row_is_accepted_or_rejected_once_with_the_reason() throws Exception {
    String rows = String.join("\n",
        "ok,cus_1,,A,1,usd,month,1,10.00,active,2026-01-01,,,,,,,,",
        "free,cus_2,,A,1,usd,month,1,0.00,active,2026-01-01,,,,,,,,",
        "incomplete,cus_3,,A,1,usd,month,1,10.00,incomplete,2026-01-01,,,,,,,,",
        "fortnight,cus_4,,A,1,usd,fortnight,1,10.00,active,2026-01-01,,,,,,,,",
        "mills,cus_5,,A,1,usd,month,1,10.005,active,2026-01-01,,,,,,,,",
        "trial,cus_6,,A,1,usd,month,1,10.00,trialing,2026-01-01,,,,,,,,",
        "canceled,cus_7,,A,1,usd,month,1,10.00,canceled,2026-01-01,,,,,,,,",
        "money,cus_8,,A,1,xyz,month,1,10.00,active,2026-01-01,,,,,,,,",
        "half,cus_9,,A,1.5,usd,month,1,10.00,active,2026-01-01,,,,,,,,",
        "intrial,cus_10,,A,1,usd,month,1,10.00,canceled,2026-01-01,,2026-01-15,,,,,2026-01-10,",
        "nodate,cus_11,,A,1,usd,month,1,10.00,active,,,,,,,,,",
        "lenient,cus_12,,A,1,usd,month,1,\"1,000.00\",active,2026-01-01,,,,,,,,",
        "unpaid,cus_13,,A,1,usd,month,1,10.00,unpaid,2026-01-01,,,2026-03-01,2026-04-01,,,,",
        ",cus_14,,A,1,usd,month,1,10.00,active,2026-01-01,,,,,,,,") + "\n";
    ImportResult<MrrLine> r = read(rows);
    assertEquals(14, r.report().rowsRead());
    assertEquals(r.report().rowsRead(), r.report().rowsAccepted() + r.report().rowsRejected());
    assertEquals(List.of("ok", "unpaid"), r.accepted().stream().map(MrrLine::id).toList());
    assertEquals(Instant.parse("2026-03-01T00:00:00Z"), r.accepted().get(1).end().orElseThrow());
    String reasons = r.rejected().stream().map(Rejection::toString).collect(Collectors.joining("\n"));
    assertTrue(reasons.contains("free subscription"), reasons);
    assertTrue(reasons.contains("no recurring revenue"), reasons);
    assertTrue(reasons.contains("day, week, month or year"), reasons);
    assertTrue(reasons.contains("more decimals"), reasons);
    assertTrue(reasons.contains("trialing"), reasons);
    assertTrue(reasons.contains("canceled subscription"), reasons);
    assertTrue(reasons.contains("ISO 4217"), reasons);
    assertTrue(reasons.contains("whole number"), reasons);
    assertTrue(reasons.contains("before it was paid"), reasons);
    assertTrue(reasons.contains("plain decimal"), reasons);
  }

  @Test
  void a_header_without_a_required_column_is_refused_as_a_whole() {
    assertThrows(ImportFormatException.class, () -> SubscriptionCsv.readAll(new StringReader(
        "id,Customer ID,Currency,Interval\nsub_1,cus_1,usd,month\n")));
    assertThrows(ImportFormatException.class, () -> SubscriptionCsv.readAll(new StringReader(
        "id,Currency,Amount,Interval\nsub_1,usd,1.00,month\n")));
  }
}
