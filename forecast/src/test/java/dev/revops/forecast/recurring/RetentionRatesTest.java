package dev.revops.forecast.recurring;

import static dev.revops.forecast.recurring.Lines.histories;
import static dev.revops.forecast.recurring.Lines.line;
import static dev.revops.forecast.recurring.Lines.monthly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.json.RevopsJson;
import dev.revops.core.metric.MetricValue;
import dev.revops.core.metric.Provenance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published examples of each definition we follow, and hand-checked cases for every rule. */
class RetentionRatesTest {

  static RetentionResult rates(RecurringOptions options, List<CustomerHistory> histories,
      RetentionDefinition... definitions) {
    RetentionRates r = new RetentionRates(options, List.of(definitions));
    histories.forEach(r::add);
    return r.result();
  }

  static RateRow only(RetentionResult r, RetentionDefinition d, String period) {
    return r.rows(d.ref()).stream().filter(x -> x.period().label().equals(period) && x.group().isEmpty())
        .findFirst().orElseThrow();
  }

  static BigDecimal rate(String text) {
    return new BigDecimal(text);
  }

  /**
   * ChartMogul, "Metric: MRR Churn Rate", Standard (B2B) setting: "If you had $100 MRR at the beginning of the
   * month, and during the month you lost $10 to churn MRR, and $10 to contraction MRR, while one customer increased
   * their MRR by $10, your Gross MRR churn rate would be 20%: ($10 + $10) / $100" and the net rate "10%:
   * (($10 + $10) - ($10 + $0)) / $100". Customers: P 10 churns, Q 30 to 20, R 20 to 30, S 40 stays.
   */
  @Test
  void chartmogul_gross_and_net_mrr_churn_reproduce_the_published_example() {
    List<CustomerHistory> hs = histories(line("P1", "P", "USD 10.00", "2025-12-01", "2026-01-12"),
        line("Q1", "Q", "USD 30.00", "2025-12-01", "2026-01-20"), line("Q2", "Q", "USD 20.00", "2026-01-20"),
        line("R1", "R", "USD 20.00", "2025-12-01", "2026-01-08"), line("R2", "R", "USD 30.00", "2026-01-08"),
        line("S1", "S", "USD 40.00", "2025-12-01"));
    RetentionResult r = rates(monthly("2026-01-01", "2026-02-01"), hs, RetentionDefinitions.CHARTMOGUL_GROSS_MRR_CHURN,
        RetentionDefinitions.CHARTMOGUL_NET_MRR_CHURN);
    RateRow gross = only(r, RetentionDefinitions.CHARTMOGUL_GROSS_MRR_CHURN, "2026-01");
    assertEquals(new BigDecimal("20.00"), gross.numerator());
    assertEquals(new BigDecimal("100.00"), gross.denominator());
    assertEquals(rate("0.2000"), gross.rate().orElseThrow());
    assertEquals(rate("0.1000"), only(r, RetentionDefinitions.CHARTMOGUL_NET_MRR_CHURN, "2026-01").rate().orElseThrow());
  }

  /** 100 customers paying USD 10.00 since December, ids C000 to C099. */
  static List<MrrLine> hundredAtStart() {
    List<MrrLine> lines = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      lines.add(line(String.format("L%03d", i), String.format("C%03d", i), "USD 10.00", "2025-12-01"));
    }
    return lines;
  }

  static MrrLine endedOn(MrrLine l, String end) {
    return MrrLine.builder().id(l.id()).customer(l.customer()).monthly(l.monthly()).start(l.start())
        .end(Lines.at(end)).build();
  }

  /**
   * ChartMogul, "Metric: Customer Churn rate", B2B formula: "You have 100 customers at the beginning of the month.
   * Unfortunately, 11 customers canceled their subscriptions during the month. One customer created an account in
   * the same month that they canceled, so they can be excluded from the calculation. 10 / 100 = 0.1".
   */
  @Test
  void chartmogul_customer_churn_reproduces_the_published_b2b_example() {
    List<MrrLine> lines = hundredAtStart();
    for (int i = 0; i < 10; i++) {
      lines.set(i, endedOn(lines.get(i), "2026-01-15"));
    }
    lines.add(line("N1", "N", "USD 10.00", "2026-01-05", "2026-01-25"));
    RetentionResult r = rates(monthly("2026-01-01", "2026-02-01"), histories(lines.toArray(MrrLine[]::new)),
        RetentionDefinitions.CHARTMOGUL_CUSTOMER_CHURN);
    RateRow jan = only(r, RetentionDefinitions.CHARTMOGUL_CUSTOMER_CHURN, "2026-01");
    assertEquals(new BigDecimal("10"), jan.numerator());
    assertEquals(new BigDecimal("100"), jan.denominator());
    assertEquals(rate("0.1000"), jan.rate().orElseThrow());
    assertEquals("joined and churned in the period", jan.excluded().get(0).reason());
    assertEquals(List.of("N"), jan.excluded().get(0).examples());
  }

  /**
   * ChartMogul, "Churn rate formulas", Standard (B2B): churned customers "excluding any customers who both joined &
   * churned in the period or churned & reactivated in a period", example "100 customers at the beginning of the
   * month, and during the month 12 customers churned, one of whom reactivated, and one of whom joined during the
   * period": by the formula, (12 - 1 - 1) / 100 = 10%. Version 1 (the metric article, which excludes only those who
   * joined) counts the one who came back: 11 / 100. Same data, two versions, two numbers.
   */
  @Test
  void chartmogul_customer_churn_version_2_also_leaves_out_a_customer_who_churned_and_came_back() {
    List<MrrLine> lines = hundredAtStart();
    for (int i = 0; i < 11; i++) {
      lines.set(i, endedOn(lines.get(i), "2026-01-10"));
    }
    lines.add(line("L000b", "C000", "USD 10.00", "2026-01-20"));
    lines.add(line("N1", "N", "USD 10.00", "2026-01-05", "2026-01-25"));
    RetentionResult r = rates(monthly("2026-01-01", "2026-02-01"), histories(lines.toArray(MrrLine[]::new)),
        RetentionDefinitions.CHARTMOGUL_CUSTOMER_CHURN, RetentionDefinitions.CHARTMOGUL_CUSTOMER_CHURN_V2);
    RateRow v2 = only(r, RetentionDefinitions.CHARTMOGUL_CUSTOMER_CHURN_V2, "2026-01");
    assertEquals(rate("0.1000"), v2.rate().orElseThrow());
    assertEquals(2, v2.excluded().size());
    RateRow v1 = only(r, RetentionDefinitions.CHARTMOGUL_CUSTOMER_CHURN, "2026-01");
    assertEquals(rate("0.1100"), v1.rate().orElseThrow());
  }

  /**
   * The same April, two definitions, two numbers. Ten customers pay at April's start; K churns on the 10th; J
   * joins on the 3rd and churns on the 20th. April has 30 days, so Stripe's 30-day window ending at April's close is
   * exactly April: the difference is the rule, not the window.
   *
   * <ul>
   *   <li>ChartMogul customer churn (B2B): J joined and churned in the period and is excluded: 1 / 10 = 10.00%.</li>
   *   <li>Stripe subscriber churn: "if a new subscriber both activates and churns during that 30 day period, we
   *       will include that churned subscriber in both the numerator and denominator": 2 / (10 + 1) = 18.18%.</li>
   * </ul>
   */
  @Test
  void chartmogul_and_stripe_churn_differ_on_the_same_april_because_of_a_customer_who_joined_and_left() {
    List<MrrLine> lines = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      lines.add(line("L" + i, "C" + i, "USD 10.00", "2026-01-01"));
    }
    lines.add(line("K1", "K", "USD 10.00", "2026-01-01", "2026-04-10"));
    lines.add(line("J1", "J", "USD 10.00", "2026-04-03", "2026-04-20"));
    RetentionResult r = rates(monthly("2026-04-01", "2026-05-01"), histories(lines.toArray(MrrLine[]::new)),
        RetentionDefinitions.CHARTMOGUL_CUSTOMER_CHURN, RetentionDefinitions.STRIPE_SUBSCRIBER_CHURN);
    RateRow chartmogul = only(r, RetentionDefinitions.CHARTMOGUL_CUSTOMER_CHURN, "2026-04");
    RateRow stripe = only(r, RetentionDefinitions.STRIPE_SUBSCRIBER_CHURN, "2026-04");
    assertEquals(rate("0.1000"), chartmogul.rate().orElseThrow());
    assertEquals(rate("0.1818"), stripe.rate().orElseThrow());
    assertEquals(new BigDecimal("2"), stripe.numerator());
    assertEquals(new BigDecimal("11"), stripe.denominator());
    assertEquals(chartmogul.from(), stripe.from(), "the 30-day window is April");
    assertNotEquals(chartmogul.rate(), stripe.rate());
    List<MetricValue> values = r.metricValues();
    assertEquals("chartmogul-customer-churn", values.get(0).metric().id());
    assertEquals("stripe-subscriber-churn", values.get(1).metric().id());
    assertTrue(values.get(1).metric().description().contains("support.stripe.com"));
    // each definition's provenance cites it: ChartMogul counts the ten at the opening and leaves J out; Stripe
    // counts the ten and J, the new subscriber, and leaves no one out
    assertEquals(List.of("chartmogul-customer-churn@1", "stripe-subscriber-churn@1"),
        r.provenances().stream().map(p -> p.definition().toString()).toList());
    Provenance cm = r.provenance(RetentionDefinitions.CHARTMOGUL_CUSTOMER_CHURN.ref()).orElseThrow();
    assertEquals(10, cm.counted());
    assertEquals("joined and churned in the period: 1", cm.excluded().get(0).toString());
    Provenance st = r.provenance(RetentionDefinitions.STRIPE_SUBSCRIBER_CHURN.ref()).orElseThrow();
    assertEquals(11, st.counted());
    assertTrue(st.excluded().isEmpty());
  }

  @Test
  void stripe_counts_a_window_that_is_not_the_month_and_a_returning_subscriber_churning_again_as_a_second_churn() {
    // March has 31 days; the window ending at its close starts on March 2. H leaves on March 1 (outside), comes back
    // on the 5th and leaves again on the 25th (one churn inside, and H is neither active on March 2 nor new).
    // M has two subscriptions and cancels one on the 10th: not a churn. Subscribers at March 2: M and W; none new.
    List<CustomerHistory> hs = histories(line("H1", "H", "USD 10.00", "2026-01-01", "2026-03-01"),
        line("H2", "H", "USD 10.00", "2026-03-05", "2026-03-25"),
        line("M1", "M", "USD 10.00", "2026-01-01"), line("M2", "M", "USD 5.00", "2026-01-01", "2026-03-10"),
        line("W1", "W", "USD 10.00", "2026-01-01"));
    RetentionResult r = rates(monthly("2026-03-01", "2026-04-01"), hs, RetentionDefinitions.STRIPE_SUBSCRIBER_CHURN);
    RateRow mar = only(r, RetentionDefinitions.STRIPE_SUBSCRIBER_CHURN, "2026-03");
    assertEquals(Lines.at("2026-03-02"), mar.from());
    assertEquals(new BigDecimal("1"), mar.numerator());
    assertEquals(new BigDecimal("2"), mar.denominator());
    assertEquals(rate("0.5000"), mar.rate().orElseThrow());
    assertEquals("came back and churned again in the window (a churn, not in the denominator)",
        mar.excluded().get(0).reason());
  }

  /**
   * The six customers of {@link MrrMovementsTest} in March: opening 730, churn 80 (C), reactivation 70 (E).
   * <pre>
   * gross revenue retention       (730 - 80) / 730       = 0.890410 -> 0.8904
   * net revenue retention         (730 - 80) / 730       = 0.8904  (E's return left out)
   * net revenue retention w/ react (730 - 80 + 70) / 730 = 0.986301 -> 0.9863
   * ChartMogul net MRR churn      (80 - 70) / 730        = 0.013698 -> 0.0137
   * </pre>
   */
  @Test
  void net_revenue_retention_with_and_without_reactivation_differ_by_the_former_customers_who_came_back() {
    RetentionResult r = rates(monthly("2026-03-01", "2026-04-01"), MrrMovementsTest.SIX,
        RetentionDefinitions.GROSS_REVENUE_RETENTION, RetentionDefinitions.NET_REVENUE_RETENTION,
        RetentionDefinitions.NET_REVENUE_RETENTION_WITH_REACTIVATION, RetentionDefinitions.CHARTMOGUL_NET_MRR_CHURN);
    assertEquals(rate("0.8904"), only(r, RetentionDefinitions.GROSS_REVENUE_RETENTION, "2026-03").rate().orElseThrow());
    RateRow without = only(r, RetentionDefinitions.NET_REVENUE_RETENTION, "2026-03");
    assertEquals(rate("0.8904"), without.rate().orElseThrow());
    assertEquals("reactivated in the period (left out by this definition)", without.excluded().get(0).reason());
    assertEquals(List.of("E"), without.excluded().get(0).examples());
    RateRow with = only(r, RetentionDefinitions.NET_REVENUE_RETENTION_WITH_REACTIVATION, "2026-03");
    assertEquals(rate("0.9863"), with.rate().orElseThrow());
    assertEquals(new BigDecimal("720.00"), with.numerator());
    assertEquals(rate("0.0137"), only(r, RetentionDefinitions.CHARTMOGUL_NET_MRR_CHURN, "2026-03").rate().orElseThrow());
  }

  /**
   * Gross revenue retention counts each customer at most at its opening MRR: in February A expands from 100 to
   * 150 and nobody loses anything, so GRR is exactly 100% while NRR is (680 + 50) / 680 = 1.073529 -> 1.0735.
   */
  @Test
  void gross_revenue_retention_stays_at_100_percent_when_expansion_is_all_that_happens() {
    RetentionResult r = rates(monthly("2026-02-01", "2026-03-01"), MrrMovementsTest.SIX,
        RetentionDefinitions.GROSS_REVENUE_RETENTION, RetentionDefinitions.NET_REVENUE_RETENTION);
    assertEquals(rate("1.0000"), only(r, RetentionDefinitions.GROSS_REVENUE_RETENTION, "2026-02").rate().orElseThrow());
    assertEquals(rate("1.0735"), only(r, RetentionDefinitions.NET_REVENUE_RETENTION, "2026-02").rate().orElseThrow());
  }

  @Test
  void a_period_without_customers_at_its_opening_has_no_rate() {
    List<CustomerHistory> hs = histories(line("B1", "B", "USD 200.00", "2026-01-10"));
    RetentionResult r = rates(monthly("2026-01-01", "2026-02-01"), hs, RetentionDefinitions.GROSS_REVENUE_RETENTION);
    RateRow jan = only(r, RetentionDefinitions.GROSS_REVENUE_RETENTION, "2026-01");
    assertTrue(jan.rate().isEmpty());
    assertEquals("new in the period (not in the opening MRR)", jan.excluded().get(0).reason());
    assertTrue(r.metricValues().isEmpty());
  }

  @Test
  void every_built_in_definition_reads_back_from_json_and_bad_ones_are_refused() throws Exception {
    var mapper = RevopsJson.mapper();
    for (RetentionDefinition d : RetentionDefinitions.ALL) {
      assertEquals(d, mapper.readValue(mapper.writeValueAsString(d), RetentionDefinition.class));
    }
    assertThrows(IllegalArgumentException.class, () -> RetentionDefinition.builder().id("x").version(1).name("x")
        .description("x").kind(RetentionKind.SUBSCRIBER_CHURN_ROLLING).build());
    assertThrows(IllegalArgumentException.class, () -> RetentionDefinition.builder().id("x").version(1).name("x")
        .description("x").kind(RetentionKind.GROSS_MRR_CHURN).excludeJoinedAndChurned(true).build());
    assertThrows(IllegalArgumentException.class, () -> new RetentionRates(monthly("2026-01-01", "2026-02-01"),
        List.of(RetentionDefinitions.GROSS_REVENUE_RETENTION, RetentionDefinitions.GROSS_REVENUE_RETENTION)));
  }
}
