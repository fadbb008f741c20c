package dev.revops.forecast.revenue;

import static dev.revops.forecast.revenue.Contracts.days;
import static dev.revops.forecast.revenue.Contracts.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.money.CurrencyMismatchException;
import dev.revops.core.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationTest {
  static List<PerformanceObligation> telco(String currency) {
    RecognitionPattern monthly = RecognitionPattern.ratable(RatableConvention.MONTHLY_EVEN);
    return List.of(line("phone", Money.parse(currency + " 20"), days("2026-01-01", "2026-01-31"), monthly),
        line("internet", Money.parse(currency + " 30"), days("2026-01-01", "2026-01-31"), monthly),
        line("television", Money.parse(currency + " 40"), days("2026-01-01", "2026-01-31"), monthly));
  }

  static List<String> amounts(Allocation a) {
    return a.lines().stream().map(l -> l.obligationId() + " " + l.amount().getAmount().toPlainString()).toList();
  }

  /**
   * KPMG, Revenue: IFRS 15 Handbook (2019), 4.2, "Allocating a discount: bundle discount allocated
   * to all performance obligations" (IFRS 15.82): phone 20, internet 30, television 40 a month, all
   * three for 80. KPMG shows 18, 27 and 35.
   */
  @Test
  void allocates_a_bundle_discount_by_relative_standalone_selling_price() {
    assertEquals(List.of("phone 18", "internet 27", "television 35"),
        amounts(Allocation.of(Money.parse("JPY 80"), telco("JPY"), ResidualPolicy.LARGEST_REMAINDER)));
    // in cents: 17.777..., 26.666..., 35.555...; the two pennies left go to the largest remainders
    assertEquals(List.of("phone 17.78", "internet 26.67", "television 35.55"),
        amounts(Allocation.of(Money.parse("USD 80.00"), telco("USD"), ResidualPolicy.LARGEST_REMAINDER)));
  }

  @Test
  void other_residual_policies_put_every_leftover_penny_in_one_line() {
    assertEquals(List.of("phone 17.77", "internet 26.66", "television 35.57"),
        amounts(Allocation.of(Money.parse("USD 80.00"), telco("USD"), ResidualPolicy.LARGEST_LINE)));
    assertEquals(List.of("phone 17.77", "internet 26.66", "television 35.57"),
        amounts(Allocation.of(Money.parse("USD 80.00"), telco("USD"), ResidualPolicy.LAST_LINE)));
    List<PerformanceObligation> biggestFirst = List.of(telco("USD").get(2), telco("USD").get(0), telco("USD").get(1));
    assertEquals(List.of("television 35.57", "phone 17.77", "internet 26.66"),
        amounts(Allocation.of(Money.parse("USD 80.00"), biggestFirst, ResidualPolicy.LARGEST_LINE)));
    assertEquals(List.of("television 35.55", "phone 17.77", "internet 26.68"),
        amounts(Allocation.of(Money.parse("USD 80.00"), biggestFirst, ResidualPolicy.LAST_LINE)));
  }

  @Test
  void refuses_prices_it_cannot_allocate() {
    assertThrows(CurrencyMismatchException.class,
        () -> Allocation.of(Money.parse("EUR 80.00"), telco("USD"), ResidualPolicy.LARGEST_REMAINDER));
    List<PerformanceObligation> free = List.of(line("gift", Money.parse("USD 0.00"), days("2026-01-01", "2026-01-31"),
        RecognitionPattern.pointInTime()));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Allocation.of(Money.parse("USD 10.00"), free, ResidualPolicy.LARGEST_REMAINDER));
    assertTrue(e.getMessage().contains("must be positive for at least one obligation"), e.getMessage());
  }
}
