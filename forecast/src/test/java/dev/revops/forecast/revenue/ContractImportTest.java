package dev.revops.forecast.revenue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.io.ImportResult;
import dev.revops.core.io.JsonRecordImporter;
import dev.revops.core.io.Rejection;
import dev.revops.core.json.RevopsJson;
import java.io.IOException;
import java.io.StringReader;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractImportTest {
  static final String HEADER = "contract_id,customer,currency,booking_date,transaction_price,deal_id,billing,"
      + "billing_start,billing_count,line_id,description,ssp,quantity,service_start,service_end,end_inclusive,recognition\n";

  @Test
  void reads_contracts_one_row_per_obligation_and_rejects_each_bad_contract_whole() throws IOException {
    String csv = HEADER
        + "C-1,Acme,USD,2026-01-15,30000.00,D42,annual-advance,,1,L1,Platform,24000.00,1,2026-01-15,2027-01-14,,whole-days\n"
        + "C-1,Acme,USD,2026-01-15,30000.00,D42,annual-advance,,1,L2,Onboarding,8000.00,,2026-02-01,2026-02-01,true,"
        + "point-in-time\n"
        + "C-2,Beta,EUR,2026-02-01,1000.00,,up-front,,,L1,,1000.00,1,2026-02-01,2026-12-31,true,weekly\n"
        + "C-3,Gamma,USD,2026-03-01,500.00,,quarterly-arrears,,4,L1,,500.00,1,2026-03-01,2027-02-28,true,monthly-even\n"
        + "C-3,Gamma,USD,2026-03-01,600.00,,quarterly-arrears,,4,L2,,100.00,1,2026-03-01,2027-02-28,true,monthly-even\n";
    ImportResult<Contract> r = ContractCsv.readAll(new StringReader(csv), ZoneOffset.UTC);
    assertEquals(1, r.accepted().size());
    Contract c = r.accepted().get(0);
    assertEquals("C-1", c.id());
    assertEquals(List.of("L1", "L2"), c.obligations().stream().map(PerformanceObligation::id).toList());
    assertEquals(ServicePeriod.ofDates(Contracts.date("2026-01-15"), Contracts.date("2027-01-14"), true,
        ZoneOffset.UTC), c.obligations().get(0).service());
    assertEquals(BillingPlan.periodic(Contracts.date("2026-01-15"), BillingInterval.ANNUAL, 1, BillingTiming.IN_ADVANCE),
        c.billing());
    assertEquals(List.of(
            "row 4 (C-2): recognition 'weekly' must be point-in-time, exact-time, whole-days, monthly-even, "
                + "monthly-prorated, monthly-prorated-cumulative, monthly-prorata-temporis or monthly-equal",
            "row 5 (C-3): contract_id 'C-3' must have the same customer, currency, booking date, price, deal and "
                + "billing on every row",
            "row 6 (C-3): row belongs to the same contract as row 5, which could not be assembled"),
        r.rejected().stream().map(Rejection::toString).toList());
    assertEquals(5, r.report().rowsRead());
    assertEquals(2, r.report().rowsAccepted());
    assertEquals(1, r.report().recordsAccepted());
  }

  @Test
  void reads_a_monthly_price_and_the_month_conventions_by_their_names() throws IOException {
    // OCA's documented service: a month at 1000.00 from January 8 to March 15 is worth 2258.06
    String csv = HEADER.replace("recognition\n", "recognition,price_per\n")
        + "C-9,Acme,EUR,2023-01-16,2258.06,,up-front,,,L1,,1000.00,,2023-01-08,2023-03-15,,monthly-prorata-temporis,"
        + "month\n"
        + "C-9,Acme,EUR,2023-01-16,2258.06,,up-front,,,L2,,0,,2023-01-08,2023-03-15,,monthly-equal,unit\n"
        + "C-8,Acme,EUR,2023-01-16,100.00,,up-front,,,L1,,100.00,,2023-01-08,2023-03-15,,monthly-prorated,weekly\n";
    ImportResult<Contract> r = ContractCsv.readAll(new StringReader(csv), ZoneOffset.UTC);
    Contract c = r.accepted().get(0);
    PerformanceObligation monthly = c.obligations().get(0);
    assertEquals(java.util.Optional.of(ZoneOffset.UTC), monthly.pricedPerMonth());
    assertEquals(new java.math.BigDecimal("2258.06"), monthly.standaloneValue());
    assertEquals(RecognitionPattern.ratable(RatableConvention.MONTHLY_PRORATA_TEMPORIS), monthly.pattern());
    assertEquals(RecognitionPattern.ratable(RatableConvention.MONTHLY_EQUAL), c.obligations().get(1).pattern());
    assertEquals(java.util.Optional.empty(), c.obligations().get(1).pricedPerMonth());
    assertEquals(List.of("2023-01 774.19", "2023-02 1000.00", "2023-03 483.87"),
        Contracts.revenue(RevenueSchedule.of(c, Contracts.months())));
    assertEquals(List.of("row 4 (C-8): price_per 'weekly' must be unit or month"),
        r.rejected().stream().map(Rejection::toString).toList());
  }

  @Test
  void reads_contracts_from_a_json_array_element_by_element() throws IOException {
    Contract good = Contract.builder().id("J1").customer("Acme").currency(dev.revops.core.money.Money.currency("USD"))
        .bookingDate(Contracts.date("2026-01-01")).transactionPrice(Contracts.usd("100.00"))
        .addObligations(Contracts.line("L1", Contracts.usd("100.00"), Contracts.days("2026-01-01", "2026-01-31"),
            RecognitionPattern.pointInTime()))
        .billing(BillingPlan.upFront(Contracts.date("2026-01-01"))).build();
    String json = "[" + RevopsJson.mapper().writeValueAsString(good) + ","
        + RevopsJson.mapper().writeValueAsString(good).replace("\"J1\"", "\"J2\"").replace("USD 100.00", "EUR 100.00")
        + "]";
    ImportResult<Contract> r = JsonRecordImporter.of("contracts", "contract", Contract.class, Contract::id)
        .readAll(new StringReader(json));
    assertEquals(List.of(good), r.accepted());
    assertEquals(2L, r.rejected().get(0).row());
    assertEquals("must be in the contract's currency USD", r.rejected().get(0).problems().get(0).reason());
  }
}
