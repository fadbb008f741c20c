package dev.revops.forecast.acquisition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.metric.MetricValue;
import dev.revops.core.money.Money;
import dev.revops.core.touch.DealJourney;
import dev.revops.core.touch.Touch;
import dev.revops.forecast.attribution.AttributionModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hand-checked CAC, payback, LTV, LTV:CAC and magic number on small inputs. */
class AcquisitionCostTest {
  static final LocalDate AS_OF = LocalDate.parse("2026-04-01");
  static final Instant CLOSE = Instant.parse("2026-03-15T00:00:00Z");

  static DealJourney customer(String id, String segment, Optional<String> firstChannel) {
    List<Touch> touches = firstChannel.map(c -> List.of(
        touch("a", id, "2026-01-02T00:00:00Z", c), touch("b", id, "2026-02-02T00:00:00Z", "webinar")))
        .orElse(List.of());
    return DealJourney.won(id, segment, Money.parse("USD 5000.00"), Optional.empty(), Optional.empty(), CLOSE, touches);
  }

  static Touch touch(String id, String dealId, String at, String channel) {
    return Touch.builder().id(id).dealId(dealId).instant(Instant.parse(at)).channel(channel).campaign("x").kind("click")
        .build();
  }

  static Spend spend(String channel, String segment, String amount, boolean paid) {
    return Spend.builder().period("2026-Q1").channel(channel).segment(segment).amount(Money.parse(amount)).paid(paid)
        .build();
  }

  static String money(Optional<MetricValue> v) {
    return v.flatMap(MetricValue::money).map(Money::toString).orElse("absent");
  }

  @Test
  void cac_is_blended_paid_by_channel_and_by_segment_customers_counted_by_first_touch() {
    // Spend: paid-search 3000 (paid, smb), social 1000 (paid, mid), sales-team 2000 (not paid, smb): 6000, paid 4000.
    List<Spend> spend = List.of(spend("paid-search", "smb", "USD 3000.00", true),
        spend("social", "mid", "USD 1000.00", true), spend("sales-team", "smb", "USD 2000.00", false));
    // New customers: A and B first touched on paid-search, C on email, D untouched.
    List<DealJourney> customers = List.of(customer("A", "smb", Optional.of("paid-search")),
        customer("B", "mid", Optional.of("paid-search")), customer("C", "smb", Optional.of("email")),
        customer("D", "mid", Optional.empty()));
    CacReport r = AcquisitionCost.cac(spend, customers, CustomerCounting.firstTouch(), Currency.getInstance("USD"),
        AS_OF);
    assertEquals("USD 1500.00", money(r.blended()));           // 6000 / 4
    assertEquals("USD 2000.00", money(r.paid()));              // 4000 / 2 (A, B on a paid channel)
    assertEquals(1, r.byChannel().size());                     // social and sales-team have no customer
    assertEquals("USD 1500.00", r.byChannel().get(0).money().orElseThrow().toString()); // 3000 / 2
    assertEquals(Map.of("channel", "paid-search", "counting", "first-touch", "newCustomers", "2"),
        r.byChannel().get(0).dimensions());
    // mid: 1000 / 2 (B, D) = 500; smb: 5000 / 2 (A, C) = 2500.
    assertEquals("USD 500.00", r.bySegment().get(0).money().orElseThrow().toString());
    assertEquals("USD 2500.00", r.bySegment().get(1).money().orElseThrow().toString());
    assertEquals("blended-cac", r.blended().orElseThrow().metric().id());
  }

  @Test
  void cac_by_channel_can_count_customers_by_a_model_sharing_each_over_its_touches() {
    // Linear: A and B give 0.5 to paid-search and 0.5 to webinar each, C 0.5 to email and 0.5 to webinar.
    // paid-search: 3000 / 1 = 3000.00; paid channels (paid-search, social) hold 1 customer: 4000 / 1.
    List<Spend> spend = List.of(spend("paid-search", "smb", "USD 3000.00", true),
        spend("social", "mid", "USD 1000.00", true), spend("webinar", "smb", "USD 900.00", false));
    List<DealJourney> customers = List.of(customer("A", "smb", Optional.of("paid-search")),
        customer("B", "mid", Optional.of("paid-search")), customer("C", "smb", Optional.of("email")));
    CacReport r = AcquisitionCost.cac(spend, customers, CustomerCounting.byModel(AttributionModel.LINEAR),
        Currency.getInstance("USD"), AS_OF);
    assertEquals("USD 4000.00", money(r.paid()));
    assertEquals("USD 1633.33", money(r.blended()));            // 4900 / 3 = 1633.333..
    assertEquals("USD 3000.00", r.byChannel().get(0).money().orElseThrow().toString());
    assertEquals("1", r.byChannel().get(0).dimensions().get("newCustomers"));
    // webinar: 900 / 1.5 = 600.00
    assertEquals("USD 600.00", r.byChannel().get(1).money().orElseThrow().toString());
    assertEquals("1.5", r.byChannel().get(1).dimensions().get("newCustomers"));
    assertEquals("model:linear@1", r.byChannel().get(1).dimensions().get("counting"));
  }

  @Test
  void monthly_revenue_per_customer_and_quarterly_recurring_revenue_come_from_bookings_converted_on_close() {
    // EUR 10,000.00 at 1.2 on 2026-03-15 is USD 12,000.00; with USD 24,000.00: 36,000 / 2 / 12 = 1,500.00.
    var scope = dev.revops.core.scope.Scope.builder().asOf(AS_OF, java.time.ZoneOffset.UTC)
        .reportingCurrency(Currency.getInstance("USD")).exchangeRates(dev.revops.core.money.ExchangeRateTable.of(
            dev.revops.core.money.ExchangeRate.of("EUR", "USD", LocalDate.parse("2026-01-01"), "1.2"))).build();
    DealJourney eur = DealJourney.won("E", "smb", Money.parse("EUR 10000.00"), Optional.empty(), Optional.empty(),
        CLOSE, List.of());
    DealJourney usd = DealJourney.won("U", "smb", Money.parse("USD 24000.00"), Optional.empty(), Optional.empty(),
        Instant.parse("2026-04-02T00:00:00Z"), List.of());
    assertEquals("USD 1500.00", AcquisitionCost.monthlyRevenuePerCustomer(List.of(eur, usd), scope).money()
        .orElseThrow().toString());
    // Q1 ends 2026-03-31: only E (12,000 / 4 = 3,000.00); Q2: both (36,000 / 4 = 9,000.00).
    assertEquals("USD 3000.00", AcquisitionCost.quarterlyRecurringRevenue(List.of(eur, usd),
        LocalDate.parse("2026-03-31"), scope).money().orElseThrow().toString());
    assertEquals("USD 9000.00", AcquisitionCost.quarterlyRecurringRevenue(List.of(eur, usd),
        LocalDate.parse("2026-06-30"), scope).money().orElseThrow().toString());
    // (9,000 - 3,000) x 4 / 12,000 of Q1 spend = 2.00
    assertEquals(new BigDecimal("2.00"), AcquisitionCost.magicNumber(Money.parse("USD 9000.00"),
        Money.parse("USD 3000.00"), Money.parse("USD 12000.00"), AS_OF).number().orElseThrow());
    var noRate = dev.revops.core.scope.Scope.builder().asOf(AS_OF, java.time.ZoneOffset.UTC)
        .reportingCurrency(Currency.getInstance("USD")).build();
    assertThrows(InvalidValueException.class, () -> AcquisitionCost.monthlyRevenuePerCustomer(List.of(eur), noRate));
  }

  @Test
  void spend_round_trips_through_json() throws Exception {
    var mapper = dev.revops.core.json.RevopsJson.mapper();
    Spend s = Spend.builder().period("2026-01").channel("paid_search").campaign("brand").segment("SMB")
        .amount(Money.parse("USD 1000.00")).paid(true).build();
    assertEquals(s, mapper.readValue(mapper.writeValueAsString(s), Spend.class));
  }

  @Test
  void cac_rounds_half_even_and_is_absent_without_customers() {
    assertEquals("USD 333.33", money(AcquisitionCost.cac(AcquisitionMetrics.BLENDED_CAC, Money.parse("USD 1000.00"),
        BigDecimal.valueOf(3), AS_OF, Map.of())));
    assertEquals("absent", money(AcquisitionCost.cac(AcquisitionMetrics.BLENDED_CAC, Money.parse("USD 1000.00"),
        BigDecimal.ZERO, AS_OF, Map.of())));
  }

  @Test
  void payback_is_cac_over_monthly_gross_profit_per_customer() {
    // 1200 / (100 x 0.8) = 15 months.
    MetricValue v = AcquisitionCost.paybackMonths(Money.parse("USD 1200.00"), Money.parse("USD 100.00"),
        new BigDecimal("0.8"), AS_OF);
    assertEquals(new BigDecimal("15.00"), v.number().orElseThrow());
    assertEquals("cac-payback-months", v.metric().id());
  }

  @Test
  void ltv_is_arpa_times_margin_over_churn_and_ltv_to_cac_divides_by_cac() {
    // 100 x 0.8 / 0.02 = 4000; 4000 / 1200 = 3.333.. -> 3.33.
    MetricValue ltv = AcquisitionCost.ltv(Money.parse("USD 100.00"), new BigDecimal("0.8"), new BigDecimal("0.02"),
        AS_OF);
    assertEquals("USD 4000.00", ltv.money().orElseThrow().toString());
    assertEquals(new BigDecimal("3.33"), AcquisitionCost.ltvToCac(ltv.money().orElseThrow(),
        Money.parse("USD 1200.00"), AS_OF).number().orElseThrow());
    // 99.99 x 0.75 / 0.03 = 2499.75 exactly.
    assertEquals("USD 2499.75", AcquisitionCost.ltv(Money.parse("USD 99.99"), new BigDecimal("0.75"),
        new BigDecimal("0.03"), AS_OF).money().orElseThrow().toString());
  }

  @Test
  void magic_number_annualises_the_quarter_s_revenue_change_over_last_quarter_s_spend() {
    // (130000 - 100000) x 4 / 120000 = 1.00; (110000 - 100000) x 4 / 120000 = 0.333.. -> 0.33.
    assertEquals(new BigDecimal("1.00"), AcquisitionCost.magicNumber(Money.parse("USD 130000.00"),
        Money.parse("USD 100000.00"), Money.parse("USD 120000.00"), AS_OF).number().orElseThrow());
    assertEquals(new BigDecimal("0.33"), AcquisitionCost.magicNumber(Money.parse("USD 110000.00"),
        Money.parse("USD 100000.00"), Money.parse("USD 120000.00"), AS_OF).number().orElseThrow());
    assertTrue(AcquisitionCost.magicNumber(Money.parse("USD 90000.00"), Money.parse("USD 100000.00"),
        Money.parse("USD 120000.00"), AS_OF).number().orElseThrow().signum() < 0);
  }

  @Test
  void bad_inputs_are_refused_naming_the_field() {
    assertThrows(InvalidValueException.class, () -> AcquisitionCost.ltv(Money.parse("USD 1.00"), BigDecimal.ONE,
        BigDecimal.ZERO, AS_OF));
    assertThrows(InvalidValueException.class, () -> AcquisitionCost.paybackMonths(Money.parse("USD 1.00"),
        Money.parse("EUR 1.00"), BigDecimal.ONE, AS_OF));
    assertThrows(InvalidValueException.class, () -> spend("x", "z", "USD -1.00", true));
  }

  private static Spend monthly(String month, String amount) {
    return Spend.builder().period(month).channel("paid_search").segment("SMB").amount(Money.parse(amount)).paid(true)
        .build();
  }

  private static DealJourney wonOn(String id, String amount, String day) {
    return DealJourney.won(id, "smb", Money.parse(amount), Optional.empty(), Optional.empty(),
        Instant.parse(day + "T12:00:00Z"), List.of());
  }

  @Test
  void the_magic_number_takes_the_quarter_of_the_last_spend_month_and_each_quarter_up_to_its_last_day() {
    var scope = dev.revops.core.scope.Scope.builder().asOf(LocalDate.parse("2026-10-01"), java.time.ZoneOffset.UTC)
        .reportingCurrency(Currency.getInstance("USD")).build();
    // Spend in Q2 (2026-05, 2026-06) and Q3 (2026-08): the quarter is Q3, the previous quarter's spend
    // 5,000.00 + 7,000.00 = 12,000.00.
    List<Spend> spend = List.of(monthly("2026-05", "USD 5000.00"), monthly("2026-08", "USD 4000.00"),
        monthly("2026-06", "USD 7000.00"));
    // Won up to 2026-06-30: A (12,000) -> Q2 revenue 3,000.00. B on 2026-07-01 is Q3's, not Q2's.
    // Up to 2026-09-30: A, B (12,000) and C (12,000) -> 9,000.00. D on 2026-10-01 is in neither.
    List<DealJourney> won = List.of(wonOn("A", "USD 12000.00", "2026-04-10"), wonOn("B", "USD 12000.00", "2026-07-01"),
        wonOn("C", "USD 12000.00", "2026-09-30"), wonOn("D", "USD 12000.00", "2026-10-01"));
    MagicNumber m = AcquisitionCost.magicNumber(spend, won, scope).orElseThrow();
    assertEquals("2026-Q3", m.quarter());
    assertEquals("USD 3000.00", m.revenuePreviousQuarter().money().orElseThrow().toString());
    assertEquals("2026-06-30", m.revenuePreviousQuarter().dimensions().get("quarterEnd"));
    assertEquals(1, m.revenuePreviousQuarter().counted());
    assertEquals("USD 9000.00", m.revenueThisQuarter().money().orElseThrow().toString());
    assertEquals(3, m.revenueThisQuarter().counted());
    assertEquals("USD 12000.00", m.spendPreviousQuarter().toString());
    // (9,000 - 3,000) x 4 / 12,000 = 2.00
    assertEquals(new BigDecimal("2.00"), m.value().orElseThrow().number().orElseThrow());
  }

  @Test
  void without_spend_there_is_no_magic_number_and_without_spend_the_quarter_before_no_value() {
    var scope = dev.revops.core.scope.Scope.builder().asOf(LocalDate.parse("2026-10-01"), java.time.ZoneOffset.UTC)
        .reportingCurrency(Currency.getInstance("USD")).build();
    assertTrue(AcquisitionCost.magicNumber(List.of(), List.of(), scope).isEmpty());
    MagicNumber m = AcquisitionCost.magicNumber(List.of(monthly("2026-08", "USD 4000.00")),
        List.of(wonOn("A", "USD 12000.00", "2026-08-10")), scope).orElseThrow();
    assertEquals("USD 0.00", m.spendPreviousQuarter().toString());
    assertTrue(m.value().isEmpty());
    assertThrows(dev.revops.core.money.CurrencyMismatchException.class, () -> AcquisitionCost.magicNumber(
        List.of(monthly("2026-05", "EUR 10.00"), monthly("2026-08", "USD 10.00")), List.of(), scope));
  }
}
