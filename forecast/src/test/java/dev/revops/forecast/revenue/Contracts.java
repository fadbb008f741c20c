package dev.revops.forecast.revenue;

import dev.revops.core.money.ExchangeRate;
import dev.revops.core.money.ExchangeRateTable;
import dev.revops.core.money.Money;
import dev.revops.core.scope.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Short-hand for hand-checked contracts. */
final class Contracts {
  private Contracts() {}

  static Money usd(String amount) {
    return Money.parse("USD " + amount);
  }

  static LocalDate date(String d) {
    return LocalDate.parse(d);
  }

  static Instant at(String instant) {
    return Instant.parse(instant);
  }

  static ServicePeriod days(String first, String last) {
    return ServicePeriod.ofDates(date(first), date(last), true, ZoneOffset.UTC);
  }

  static PerformanceObligation line(String id, Money ssp, ServicePeriod service, RecognitionPattern pattern) {
    return PerformanceObligation.builder().id(id).standaloneSellingPrice(ssp).quantity(BigDecimal.ONE)
        .service(service).pattern(pattern).build();
  }

  /** A contract billed up front on its booking date. */
  static Contract.Builder contract(String id, Money price, String booked, PerformanceObligation... lines) {
    return contract(id, price, booked, BillingPlan.upFront(date(booked)), lines);
  }

  static Contract.Builder contract(String id, Money price, String booked, BillingPlan billing,
      PerformanceObligation... lines) {
    return Contract.builder().id(id).customer("Acme").currency(price.getCurrency()).bookingDate(date(booked))
        .transactionPrice(price).addAllObligations(List.of(lines)).billing(billing);
  }

  /** The scope of the tests: as of 1 October 2026 in UTC, calendar months, no functional currency. */
  static Scope.Builder scope() {
    return Scope.builder().asOf(date("2026-10-01"), ZoneOffset.UTC);
  }

  /** Calendar months in UTC, no functional currency. */
  static RevenueOptions months() {
    return RevenueOptions.of(scope().build());
  }

  /** Months kept in USD, at EUR 1 = USD 1.10 in January and 1.20 from February 2026. */
  static RevenueOptions inDollars() {
    ExchangeRateTable rates = ExchangeRateTable.of(
        ExchangeRate.builder().from(Money.currency("EUR")).to(Money.currency("USD")).effectiveFrom(date("2026-01-01"))
            .rate(new BigDecimal("1.10")).build(),
        ExchangeRate.builder().from(Money.currency("EUR")).to(Money.currency("USD")).effectiveFrom(date("2026-02-01"))
            .rate(new BigDecimal("1.20")).build());
    return RevenueOptions.of(scope().reportingCurrency(Money.currency("USD")).exchangeRates(rates).build());
  }

  /** EUR 1,000 booked 1 January 2026 for January to April, 250 a month, billed up front. */
  static Contract.Builder euros() {
    return contract("EU", Money.parse("EUR 1000.00"), "2026-01-01", line("S", Money.parse("EUR 1000.00"),
        days("2026-01-01", "2026-04-30"), RecognitionPattern.ratable(RatableConvention.MONTHLY_EVEN)));
  }

  /** The books closed before {@code date} over {@code books}, with these schedules (computed against them). */
  static ClosedBooks close(ClosedBooks books, String date, RevenueOptions options, List<ContractSchedule> schedules) {
    Closing c = books.closing(date(date), "closed by a test", options);
    schedules.forEach(c::add);
    return c.result();
  }

  /** The revenue of each period of a schedule, as "label amount" strings, zero periods left out. */
  static List<String> revenue(ContractSchedule s) {
    return s.periods().stream().filter(p -> !p.recognized().isZero())
        .map(p -> p.period().label() + " " + p.recognized().getAmount().toPlainString()).toList();
  }
}
