package dev.revops.forecast.recurring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.aggregate.AccumulatorContract;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The invariants of the rates over any generated history: gross revenue retention never above
 * 100%, each rate its numerator over its denominator, and the accumulator contract.
 */
class RetentionProperties implements AccumulatorContract<CustomerHistory, RetentionResult, RetentionRates> {

  @Override
  public RetentionRates empty() {
    return new RetentionRates(MovementProperties.GROUPED, RetentionDefinitions.ALL);
  }

  @Provide
  Arbitrary<List<CustomerHistory>> records() {
    return RecurringArbitraryProvider.histories();
  }

  static RetentionResult run(List<CustomerHistory> histories) {
    RetentionRates r = new RetentionRates(MovementProperties.GROUPED, RetentionDefinitions.ALL);
    histories.forEach(r::add);
    return r.result();
  }

  @Property(tries = 200)
  void gross_revenue_retention_is_never_above_100_percent(@ForAll("records") List<CustomerHistory> histories) {
    for (RateRow row : run(histories).rows(RetentionDefinitions.GROSS_REVENUE_RETENTION.ref())) {
      assertTrue(row.numerator().compareTo(row.denominator()) <= 0, row.toString());
      row.rate().ifPresent(r -> assertTrue(r.compareTo(BigDecimal.ONE) <= 0, row.toString()));
      row.rate().ifPresent(r -> assertTrue(r.signum() >= 0, row.toString()));
    }
  }

  @Property(tries = 150)
  void rates_agree_with_the_movements_of_the_same_customers(@ForAll("records") List<CustomerHistory> histories) {
    MovementsResult m = MovementProperties.run(MovementProperties.GROUPED, histories);
    RetentionResult r = run(histories);
    for (MovementRow t : m.totals()) {
      RateRow gross = r.rows(RetentionDefinitions.CHARTMOGUL_GROSS_MRR_CHURN.ref()).stream()
          .filter(x -> x.period().equals(t.period()) && x.currency().equals(t.currency()) && x.group().isEmpty())
          .findFirst().orElseThrow();
      assertEquals(t.opening().getAmount(), gross.denominator());
      assertEquals(t.churn().plus(t.contraction()).getAmount(), gross.numerator());
      RateRow nrr = r.rows(RetentionDefinitions.NET_REVENUE_RETENTION_WITH_REACTIVATION.ref()).stream()
          .filter(x -> x.period().equals(t.period()) && x.currency().equals(t.currency()) && x.group().isEmpty())
          .findFirst().orElseThrow();
      assertEquals(t.closing().minus(t.newBusiness()).getAmount(), nrr.numerator(), "(closing - new) / opening");
      RateRow customers = r.rows(RetentionDefinitions.CHARTMOGUL_CUSTOMER_CHURN.ref()).stream()
          .filter(x -> x.period().equals(t.period()) && x.currency().equals(t.currency()) && x.group().isEmpty())
          .findFirst().orElseThrow();
      assertEquals(BigDecimal.valueOf(t.customersAtOpen()), customers.denominator());
    }
  }
}
