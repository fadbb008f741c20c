package dev.revops.forecast.recurring;

import static dev.revops.forecast.recurring.Lines.at;
import static dev.revops.forecast.recurring.Lines.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.money.Money;
import dev.revops.forecast.revenue.BillingPlan;
import dev.revops.forecast.revenue.Contract;
import dev.revops.forecast.revenue.ContractModification;
import dev.revops.forecast.revenue.Milestone;
import dev.revops.forecast.revenue.PerformanceObligation;
import dev.revops.forecast.revenue.RatableConvention;
import dev.revops.forecast.revenue.RecognitionPattern;
import dev.revops.forecast.revenue.ServicePeriod;
import dev.revops.forecast.revenue.Treatment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A year's subscription booked with an onboarding: USD 13,000.00 for SSPs 12,000 (SUB, 2026-01-15 to 2027-01-14)
 * and 1,000 (ONB, delivered at once); the subscription's allocation is 13,000 x 12,000 / 13,000 = 12,000.00, over
 * 12 months: USD 1,000.00 a month. Each change below is worked out by hand.
 */
class ContractMrrTest {
  static final ServicePeriod YEAR = ServicePeriod.ofDates(LocalDate.parse("2026-01-15"), LocalDate.parse("2027-01-14"),
      true, ZoneOffset.UTC);

  static PerformanceObligation sub() {
    return PerformanceObligation.builder().id("SUB").description("Platform").standaloneSellingPrice(usd("12000.00"))
        .service(YEAR).pattern(RecognitionPattern.ratable(RatableConvention.WHOLE_DAYS)).build();
  }

  static PerformanceObligation onboarding() {
    return PerformanceObligation.builder().id("ONB").standaloneSellingPrice(usd("1000.00"))
        .service(ServicePeriod.ofDates(LocalDate.parse("2026-01-20"), LocalDate.parse("2026-01-20"), true,
            ZoneOffset.UTC)).pattern(RecognitionPattern.pointInTime()).build();
  }

  static Contract.Builder k1() {
    return Contract.builder().id("K1").customer("Acme").currency(Money.currency("USD"))
        .bookingDate(LocalDate.parse("2026-01-10")).transactionPrice(usd("13000.00")).addObligations(sub(), onboarding())
        .billing(BillingPlan.upFront(LocalDate.parse("2026-01-10"))).dealId("D-1");
  }

  static ContractModification.Builder change(String id, String date, ContractModification.Kind kind) {
    return ContractModification.builder().id(id).effective(at(date)).kind(kind).treatment(Treatment.PROSPECTIVE);
  }

  @Test
  void a_recurring_obligation_is_its_allocation_over_its_term_months_and_a_one_time_one_is_counted_apart() {
    ContractLines c = ContractMrr.lines(k1().build(), ZoneOffset.UTC, Map.of("segment", "Enterprise"));
    assertEquals(1, c.lines().size());
    MrrLine l = c.lines().get(0);
    assertEquals(usd("1000.00"), l.monthly());
    assertEquals(at("2026-01-15"), l.start());
    assertEquals(at("2027-01-15"), l.end().orElseThrow());
    assertEquals("Platform", l.product().orElseThrow());
    assertEquals("Enterprise", l.attributes().get("segment"));
    assertEquals("one-time obligation (point in time)", c.excluded().get(0).reason());
    assertEquals(List.of("K1/ONB"), c.excluded().get(0).examples());
    RenewalTerm t = c.term().orElseThrow();
    assertEquals(usd("12000.00"), t.arrAtEnd());
    assertEquals(usd("12000.00"), t.arrAtStart());
    assertEquals("D-1", t.dealId().orElseThrow());
  }

  @Test
  void an_added_seat_pack_mid_term_adds_its_price_over_the_months_left() {
    // 3,000.00 for 2026-07-15 to 2027-01-14: 6 months, 500.00 a month; 1,500.00 at the end, ARR 18,000.00.
    PerformanceObligation seats = PerformanceObligation.builder().id("SEATS").standaloneSellingPrice(usd("3000.00"))
        .service(ServicePeriod.ofDates(LocalDate.parse("2026-07-15"), LocalDate.parse("2027-01-14"), true,
            ZoneOffset.UTC)).pattern(RecognitionPattern.ratable(RatableConvention.WHOLE_DAYS)).build();
    ContractLines c = ContractMrr.lines(k1().addModifications(change("UP", "2026-07-15",
        ContractModification.Kind.ADD_OBLIGATION).added(seats).priceChange(usd("3000.00")).build()).build(),
        ZoneOffset.UTC, Map.of());
    assertEquals(List.of(usd("1000.00"), usd("500.00")), c.lines().stream().map(MrrLine::monthly).toList());
    assertEquals(usd("18000.00"), c.term().orElseThrow().arrAtEnd());
    assertEquals(usd("12000.00"), c.term().orElseThrow().arrAtStart());
  }

  @Test
  void a_price_change_is_spread_over_the_rest_of_the_term() {
    // From 2026-07-15, six months of 1,000.00 are left (6,000.00); + 600.00 gives 6,600.00 over 6: 1,100.00.
    ContractLines c = ContractMrr.lines(k1().addModifications(change("PC", "2026-07-15",
        ContractModification.Kind.PRICE_CHANGE).priceChange(usd("600.00")).build()).build(), ZoneOffset.UTC, Map.of());
    assertEquals(List.of(usd("1000.00"), usd("1100.00")), c.lines().stream().map(MrrLine::monthly).toList());
    assertEquals(at("2026-07-15"), c.lines().get(0).end().orElseThrow());
    assertEquals(at("2026-07-15"), c.lines().get(1).start());
  }

  @Test
  void an_extension_spreads_what_is_left_plus_its_price_to_the_new_end() {
    // From 2026-07-15: 6,000.00 left + 6,000.00 for six more months, over 12 months to 2027-07-15: 1,000.00.
    ContractLines c = ContractMrr.lines(k1().addModifications(change("EXT", "2026-07-15",
        ContractModification.Kind.TERM_CHANGE).obligationId("SUB").serviceEnd(at("2027-07-15"))
        .priceChange(usd("6000.00")).build()).build(), ZoneOffset.UTC, Map.of());
    assertEquals(List.of(usd("1000.00"), usd("1000.00")), c.lines().stream().map(MrrLine::monthly).toList());
    assertEquals(at("2027-07-15"), c.term().orElseThrow().end());
  }

  @Test
  void a_cancellation_ends_the_term_there_and_marks_it_cancelled() {
    ContractLines c = ContractMrr.lines(k1().addModifications(change("X", "2026-04-01",
        ContractModification.Kind.CANCELLATION).build()).build(), ZoneOffset.UTC, Map.of());
    assertEquals(at("2026-04-01"), c.lines().get(0).end().orElseThrow());
    assertTrue(c.term().orElseThrow().cancelled());
  }

  @Test
  void milestones_are_one_time_and_a_contract_with_nothing_recurring_has_no_term() {
    PerformanceObligation impl = PerformanceObligation.builder().id("IMPL").standaloneSellingPrice(usd("5000.00"))
        .service(YEAR).pattern(RecognitionPattern.milestones(List.of(Milestone.of("go-live", at("2026-03-01"),
            BigDecimal.ONE)))).build();
    ContractLines c = ContractMrr.lines(Contract.builder().id("K2").customer("Acme").currency(Money.currency("USD"))
        .bookingDate(LocalDate.parse("2026-01-10")).transactionPrice(usd("5000.00")).addObligations(impl)
        .billing(BillingPlan.upFront(LocalDate.parse("2026-01-10"))).build(), ZoneOffset.UTC, Map.of());
    assertTrue(c.lines().isEmpty());
    assertTrue(c.term().isEmpty());
    assertEquals("one-time obligation (milestones): 1", c.excluded().get(0).toString());
  }

  @Test
  void term_months_are_whole_months_and_the_rest_as_a_share_of_its_month() {
    // compared by value: the share of a month is exact to 34 digits, not rounded to a fixed scale
    assertEquals(0, new BigDecimal("12").compareTo(ContractMrrRule.months(LocalDate.parse("2026-01-15"),
        LocalDate.parse("2027-01-15"))));
    assertEquals(0, new BigDecimal("1.5").compareTo(ContractMrrRule.months(LocalDate.parse("2026-01-01"),
        LocalDate.parse("2026-02-15"))), "Feb 1 to Mar 1 has 28 days: 1 + 14/28");
    assertEquals(0, BigDecimal.ONE.compareTo(ContractMrrRule.months(LocalDate.parse("2026-01-31"),
        LocalDate.parse("2026-02-28"))), "Jan 31 plus a month is Feb 28");
    // 10 days of a 31-day month: 10/31 = 0.3225806451612903225806451612903226 (34 significant digits)
    assertEquals(new BigDecimal("0.3225806451612903225806451612903226"),
        ContractMrrRule.months(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-11")));
  }
}
