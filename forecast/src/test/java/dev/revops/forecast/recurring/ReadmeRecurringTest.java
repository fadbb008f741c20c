package dev.revops.forecast.recurring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.money.Money;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.revenue.Contract;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's example of recurring revenue, run as written. */
class ReadmeRecurringTest {
  @Test
  void the_readme_example_runs_as_written() throws Exception {
    Reader subscriptionsCsv = new StringReader("id,Customer ID,Currency,Interval,Amount,Start Date (UTC),"
        + "segment (metadata)\nsub_1,cus_1,usd,year,1200.00,2026-02-10 09:00,SMB\n");
    Contract contract = ContractMrrTest.k1().build();

    CustomerHistories gather = new CustomerHistories();                       // MRR lines, gathered per customer
    SubscriptionCsv.readAll(subscriptionsCsv).accepted().forEach(gather::add); // a Stripe-shaped export
    ContractMrr.lines(contract, ZoneOffset.UTC, Map.of("segment", "Enterprise")).lines().forEach(gather::add);
    List<CustomerHistory> customers = gather.result().histories();

    RecurringOptions options = RecurringOptions.builder()
        .scope(Scope.asOf(LocalDate.parse("2026-10-01")))                      // months, UTC, per currency
        .from(LocalDate.parse("2026-01-01")).addGroupBy("segment").build();
    MrrMovements movements = new MrrMovements(options);
    RetentionRates rates = new RetentionRates(options, RetentionDefinitions.ALL);
    Cohorts cohorts = new Cohorts(options);
    customers.forEach(c -> { movements.add(c); rates.add(c); cohorts.add(c); });
    movements.result().totals();     // per period and currency: opening, new, reactivation, expansion, contraction, churn, closing
    rates.result().metricValues();   // every rate, each citing its definition

    // January: Acme's contract (USD 1,000.00 a month from 2026-01-15) is new; February: cus_1 (1,200 a year) too.
    assertEquals(Money.parse("USD 1000.00"), movements.result().totals().get(0).newBusiness());
    assertEquals(Money.parse("USD 100.00"), movements.result().totals().get(1).newBusiness());
    assertEquals(Money.parse("USD 1100.00"), movements.result().totals().get(8).closing());
    assertEquals(2, cohorts.result().rows().size());
  }
}
