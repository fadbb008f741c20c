package dev.revops.forecast.revenue;

import static dev.revops.forecast.revenue.Contracts.at;
import static dev.revops.forecast.revenue.Contracts.contract;
import static dev.revops.forecast.revenue.Contracts.days;
import static dev.revops.forecast.revenue.Contracts.line;
import static dev.revops.forecast.revenue.Contracts.revenue;
import static dev.revops.forecast.revenue.Contracts.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every ratable convention against the examples its source publishes, figure for figure, and
 * against examples worked by hand.
 */
class RatableConventionTest {
  static final RevenueOptions MONTHS = Contracts.months();

  // ---- Stripe

  /**
   * Stripe, Revenue Recognition settings examples, "Amortization granularity": a 120 USD service
   * from June 15, 12:00:00 PM UTC to October 13, 12:00:00 PM UTC. Published with 2022
   * (docs.stripe.com/revenue-recognition/revenue-controls/examples), 2024 and 2026
   * (docs.stripe.com/revenue-recognition/revenue-settings/examples) as the year: the figures are the
   * same each time.
   */
  static ContractSchedule stripe(int year, RatableConvention convention) {
    PerformanceObligation service = line("S", usd("120.00"), ServicePeriod.of(at(year + "-06-15T12:00:00Z"),
        at(year + "-10-13T12:00:00Z")), RecognitionPattern.ratable(convention));
    return RevenueSchedule.of(contract("STRIPE", usd("120.00"), year + "-06-15", service).build(), MONTHS);
  }

  static List<String> months(int year, String... amounts) {
    String[] labels = {"06", "07", "08", "09", "10"};
    return java.util.stream.IntStream.range(0, amounts.length).mapToObj(i -> year + "-" + labels[i] + " " + amounts[i])
        .toList();
  }

  @ParameterizedTest
  @ValueSource(ints = {2022, 2024, 2026})
  void amortizes_by_exact_time_as_stripe_does_by_millisecond(int year) {
    assertEquals(months(year, "15.50", "31.00", "31.00", "30.00", "12.50"),
        revenue(stripe(year, RatableConvention.EXACT_TIME)));
  }

  @ParameterizedTest
  @ValueSource(ints = {2022, 2024, 2026})
  void amortizes_by_whole_days_as_stripe_does_by_day(int year) {
    assertEquals(months(year, "16.00", "31.00", "31.00", "30.00", "12.00"),
        revenue(stripe(year, RatableConvention.WHOLE_DAYS)));
  }

  @ParameterizedTest
  @ValueSource(ints = {2022, 2024, 2026})
  void amortizes_by_month_evenly_as_stripe_does(int year) {
    assertEquals(months(year, "30.00", "30.00", "30.00", "30.00"), revenue(stripe(year, RatableConvention.MONTHLY_EVEN)));
  }

  @ParameterizedTest
  @ValueSource(ints = {2022, 2024, 2026})
  void prorates_the_first_and_last_month_and_puts_the_whole_months_leftover_cent_last_as_stripe_does(int year) {
    // 15.5 of 120 days and 12.5 of 120 days; 92.00 left for three whole months: 30.66 each
    // (truncated), the last whole month taking the 0.02 left over
    assertEquals(months(year, "15.50", "30.66", "30.66", "30.68", "12.50"),
        revenue(stripe(year, RatableConvention.MONTHLY_PRORATED)));
  }

  @Test
  void the_cumulative_variant_puts_each_cent_where_the_running_total_crosses_it() {
    // 15.50 + 30.6667 = 46.17 (30.67), 76.83 (30.66), 107.50 (30.67): not Stripe's placement
    assertEquals(months(2022, "15.50", "30.67", "30.66", "30.67", "12.50"),
        revenue(stripe(2022, RatableConvention.MONTHLY_PRORATED_CUMULATIVE)));
  }

  @Test
  void recognizes_a_monthly_subscription_by_day_as_stripes_subscription_example_does() {
    // Stripe, Revenue Recognition subscription examples, "Monthly subscription": 31 USD from
    // January 15, 2019 to February 14, 2019, per day: 17 days in January, 14 in February
    PerformanceObligation month = line("M", usd("31.00"), days("2019-01-15", "2019-02-14"),
        RecognitionPattern.ratable(RatableConvention.WHOLE_DAYS));
    ContractSchedule s = RevenueSchedule.of(contract("SUB", usd("31.00"), "2019-01-15", month).build(), MONTHS);
    assertEquals(List.of("2019-01 17.00", "2019-02 14.00"), revenue(s));
    assertEquals(usd("14.00"), s.periods().get(0).deferred());
  }

  @Test
  void recognizes_an_annual_subscription_by_day_as_stripes_subscription_example_does() {
    // "Annual subscription": 365 USD from January 1, 2019 to December 31, 2019; after March:
    // 31.00, 28.00, 31.00 and 334.00 deferred after January
    PerformanceObligation year = line("Y", usd("365.00"), days("2019-01-01", "2019-12-31"),
        RecognitionPattern.ratable(RatableConvention.WHOLE_DAYS));
    ContractSchedule s = RevenueSchedule.of(contract("ANN", usd("365.00"), "2019-01-01", year).build(), MONTHS);
    assertEquals(List.of("2019-01 31.00", "2019-02 28.00", "2019-03 31.00"), revenue(s).subList(0, 3));
    assertEquals(usd("334.00"), s.periods().get(0).deferred());
  }

  // ---- OCA account_move_cutoff

  static Money eur(String amount) {
    return Money.parse("EUR " + amount);
  }

  static ContractSchedule oca(String amount, String first, String last, String booked, RatableConvention convention) {
    PerformanceObligation l = line("L", eur(amount), days(first, last), RecognitionPattern.ratable(convention));
    return RevenueSchedule.of(contract("OCA", eur(amount), booked, l).build(), MONTHS);
  }

  @Test
  void splits_by_calendar_days_as_ocas_documented_example_does() {
    // OCA/account-closing, account_move_cutoff, readme/CONFIGURE.rst, "Cut-off Method": a service
    // from January 8 to March 15 invoiced January 16, line amount 2258.06 (a month at 1000)
    assertEquals(List.of("2023-01 774.19", "2023-02 1000.00", "2023-03 483.87"),
        revenue(oca("2258.06", "2023-01-08", "2023-03-15", "2023-01-16", RatableConvention.MONTHLY_PRORATA_TEMPORIS)));
    assertEquals(List.of("2023-01 752.68", "2023-02 752.69", "2023-03 752.69"),
        revenue(oca("2258.06", "2023-01-08", "2023-03-15", "2023-01-16", RatableConvention.MONTHLY_EQUAL)));
  }

  @Test
  void prices_the_documented_service_at_a_month_prorated_by_calendar_days() {
    // the same example's line amount: 24/31 x 1000 + 1000 + 15/31 x 1000 = 2258.06
    PerformanceObligation monthly = PerformanceObligation.builder().id("L").standaloneSellingPrice(eur("1000.00"))
        .pricedPerMonth(ZoneOffset.UTC).service(days("2023-01-08", "2023-03-15"))
        .pattern(RecognitionPattern.ratable(RatableConvention.MONTHLY_PRORATA_TEMPORIS)).build();
    assertEquals(new BigDecimal("2258.06"), monthly.standaloneValue());
  }

  /**
   * OCA's own tests of the two methods (account_move_cutoff/tests/test_account_move_line.py,
   * test_get_amounts_per_periods_monthly_prorata and _equals), lines of an invoice dated
   * 2023-01-15 (tests/common.py); a service before the invoice's month falls in it, as ours falls
   * at booking.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "A|4800.00|2023-01-07|2023-03-31|2023-01 1379.32,2023-02 1710.34,2023-03 1710.34|2023-01 1600.00,2023-02 1600.00,2023-03 1600.00",
      "B|120.00|2023-01-01|2023-03-31|2023-01 40.00,2023-02 40.00,2023-03 40.00|2023-01 40.00,2023-02 40.00,2023-03 40.00",
      "C|60.00|2023-02-01|2023-03-31|2023-02 30.00,2023-03 30.00|2023-02 30.00,2023-03 30.00",
      "D|260.00|2023-01-01|2023-02-28|2023-01 130.00,2023-02 130.00|2023-01 130.00,2023-02 130.00",
      "E|113.50|2022-10-01|2022-10-15|2023-01 113.50|2023-01 113.50",
      "F|777.00|2022-12-01|2023-02-28|2023-01 518.00,2023-02 259.00|2023-01 518.00,2023-02 259.00",
      "G|255.00|2023-05-01|2023-05-31|2023-05 255.00|2023-05 255.00",
      "I|2000.00|2023-01-17|2023-03-15|2023-01 491.81,2023-02 1016.39,2023-03 491.80|2023-01 666.66,2023-02 666.67,2023-03 666.67"})
  void splits_ocas_test_lines_as_oca_does(String line, String amount, String first, String last, String prorata,
      String equal) {
    assertEquals(List.of(prorata.split(",")),
        revenue(oca(amount, first, last, "2023-01-15", RatableConvention.MONTHLY_PRORATA_TEMPORIS)), "case " + line);
    assertEquals(List.of(equal.split(",")),
        revenue(oca(amount, first, last, "2023-01-15", RatableConvention.MONTHLY_EQUAL)), "case " + line);
  }

  @Test
  void an_amount_under_half_a_cent_a_month_leaves_the_first_month_negative_as_ocas_arithmetic_does() {
    // 0.03 over six months, equal: 0.005 a month rounds half up to 0.01; the first month takes
    // 0.03 - 5 x 0.01 = -0.02, as account_move_cutoff's _round_amounts does
    assertEquals(List.of("2023-01 -0.02", "2023-02 0.01", "2023-03 0.01", "2023-04 0.01", "2023-05 0.01",
        "2023-06 0.01"), revenue(oca("0.03", "2023-01-01", "2023-06-30", "2023-01-01", RatableConvention.MONTHLY_EQUAL)));
  }

  // ---- worked by hand

  static ContractSchedule monthly(String price, String first, String last, RatableConvention convention) {
    PerformanceObligation l = PerformanceObligation.builder().id("L").standaloneSellingPrice(eur(price))
        .pricedPerMonth(ZoneOffset.UTC).service(days(first, last)).pattern(RecognitionPattern.ratable(convention))
        .build();
    Money value = Money.of(eur(price).getCurrency(), l.standaloneValue());
    return RevenueSchedule.of(contract("M", value, first, l).build(), MONTHS);
  }

  @Test
  void a_service_from_the_15th_of_january_to_the_14th_of_april_at_a_monthly_price() {
    // 17/31 + 1 + 1 + 14/30 = 2804/930 months x 100.00 = 301.51; prorata: February and March
    // 301.51 x 930/2804 = 100.0015 -> 100.00, April 301.51 x 434/2804 = 46.6673 -> 46.67,
    // January the rest 54.84; equal: 301.51 / 4 = 75.3775 -> 75.38, January the rest 75.37
    assertEquals(List.of("2026-01 54.84", "2026-02 100.00", "2026-03 100.00", "2026-04 46.67"),
        revenue(monthly("100.00", "2026-01-15", "2026-04-14", RatableConvention.MONTHLY_PRORATA_TEMPORIS)));
    assertEquals(List.of("2026-01 75.37", "2026-02 75.38", "2026-03 75.38", "2026-04 75.38"),
        revenue(monthly("100.00", "2026-01-15", "2026-04-14", RatableConvention.MONTHLY_EQUAL)));
  }

  @Test
  void the_same_service_under_stripes_placement_and_its_cumulative_variant() {
    // 90 days: January 17/90 x 1000 = 188.89, April 14/90 x 1000 = 155.56; 655.55 left for two
    // whole months: 327.77 each, the last taking 0.01; cumulatively: 516.67 by February's end
    PerformanceObligation l = line("L", usd("1000.00"), days("2026-01-15", "2026-04-14"),
        RecognitionPattern.ratable(RatableConvention.MONTHLY_PRORATED));
    assertEquals(List.of("2026-01 188.89", "2026-02 327.77", "2026-03 327.78", "2026-04 155.56"),
        revenue(RevenueSchedule.of(contract("S", usd("1000.00"), "2026-01-15", l).build(), MONTHS)));
    PerformanceObligation c = line("L", usd("1000.00"), days("2026-01-15", "2026-04-14"),
        RecognitionPattern.ratable(RatableConvention.MONTHLY_PRORATED_CUMULATIVE));
    assertEquals(List.of("2026-01 188.89", "2026-02 327.78", "2026-03 327.77", "2026-04 155.56"),
        revenue(RevenueSchedule.of(contract("S", usd("1000.00"), "2026-01-15", c).build(), MONTHS)));
  }

  @Test
  void february_of_a_leap_year_counts_its_29_days() {
    // 2024: 15/29 + 1 + 14/30 months x 290.00 = 575.33; March 575.33 x 435/863 = 289.998 -> 290.00,
    // April 575.33 x 203/863 = 135.33, February the rest 150.00
    assertEquals(List.of("2024-02 150.00", "2024-03 290.00", "2024-04 135.33"),
        revenue(monthly("290.00", "2024-02-15", "2024-04-14", RatableConvention.MONTHLY_PRORATA_TEMPORIS)));
    assertEquals(List.of("2024-02 191.77", "2024-03 191.78", "2024-04 191.78"),
        revenue(monthly("290.00", "2024-02-15", "2024-04-14", RatableConvention.MONTHLY_EQUAL)));
    // 2023: 14/28 + 1 + 14/30 months x 290.00 = 570.33; February 145.00
    assertEquals(List.of("2023-02 145.00", "2023-03 290.00", "2023-04 135.33"),
        revenue(monthly("290.00", "2023-02-15", "2023-04-14", RatableConvention.MONTHLY_PRORATA_TEMPORIS)));
  }

  @Test
  void a_one_month_service_starting_mid_month() {
    // 16/31 + 15/30 = 63/62 months x 100.00 = 101.61; prorata: April 101.61 x 31/63 = 49.9986 ->
    // 50.00, March 51.61; equal: 101.61 / 2 = 50.805 -> 50.81 (half up), March 50.80
    assertEquals(List.of("2026-03 51.61", "2026-04 50.00"),
        revenue(monthly("100.00", "2026-03-16", "2026-04-15", RatableConvention.MONTHLY_PRORATA_TEMPORIS)));
    assertEquals(List.of("2026-03 50.80", "2026-04 50.81"),
        revenue(monthly("100.00", "2026-03-16", "2026-04-15", RatableConvention.MONTHLY_EQUAL)));
    // Stripe, 100.00 over the 31 days: March 16/31 -> 51.61; no whole month, April the rest 48.39
    PerformanceObligation l = line("L", usd("100.00"), days("2026-03-16", "2026-04-15"),
        RecognitionPattern.ratable(RatableConvention.MONTHLY_PRORATED));
    assertEquals(List.of("2026-03 51.61", "2026-04 48.39"),
        revenue(RevenueSchedule.of(contract("S", usd("100.00"), "2026-03-16", l).build(), MONTHS)));
  }

  @Test
  void within_a_month_stripes_month_accrues_by_time_and_ocas_by_whole_days() {
    // 300.00 for 2026-04-01 to 2026-06-30: 100.00 a month under both; a term change on April 16
    // recognizes by then half of April by time (15 of 30 days) and 15 whole days under OCA's
    ContractModification stop = ContractModification.builder().id("X").effective(at("2026-04-16T00:00:00Z"))
        .kind(ContractModification.Kind.CANCELLATION).treatment(Treatment.PROSPECTIVE).build();
    for (RatableConvention c : List.of(RatableConvention.MONTHLY_PRORATED, RatableConvention.MONTHLY_PRORATA_TEMPORIS,
        RatableConvention.MONTHLY_EQUAL)) {
      PerformanceObligation l = line("L", usd("300.00"), days("2026-04-01", "2026-06-30"), RecognitionPattern.ratable(c));
      ContractSchedule s = RevenueSchedule.of(contract("W", usd("300.00"), "2026-04-01", l).addModifications(stop)
          .build(), MONTHS);
      assertEquals(List.of("2026-04 50.00"), revenue(s), c.name());
    }
  }
}
