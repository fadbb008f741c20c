package dev.revops.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

class MoneyProperties {

  @Provide
  Arbitrary<List<BigDecimal>> weights() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(3)
        .list().ofMinSize(1).ofMaxSize(20)
        .filter(ws -> ws.stream().anyMatch(w -> w.signum() > 0));
  }

  @Property
  void allocation_sums_exactly_to_the_total_for_any_weights(@ForAll Money total, @ForAll("weights") List<BigDecimal> weights) {
    List<Money> parts = total.allocate(weights);
    assertEquals(weights.size(), parts.size());
    Money sum = Money.zero(total.getCurrency());
    for (Money p : parts) {
      sum = sum.plus(p);
    }
    assertEquals(total, sum);
  }

  @Property
  void every_allocated_part_is_within_one_minor_unit_of_its_exact_share(
      @ForAll Money total, @ForAll("weights") List<BigDecimal> weights) {
    List<Money> parts = total.allocate(weights);
    BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    for (int i = 0; i < parts.size(); i++) {
      BigDecimal exact = BigDecimal.valueOf(total.getAmountMinor()).multiply(weights.get(i))
          .divide(sum, 12, RoundingMode.HALF_EVEN);
      BigDecimal diff = BigDecimal.valueOf(parts.get(i).getAmountMinor()).subtract(exact).abs();
      assertTrue(diff.compareTo(BigDecimal.ONE) < 0, "part " + i + " " + parts.get(i) + " vs exact " + exact);
      if (weights.get(i).signum() == 0) {
        assertTrue(parts.get(i).isZero());
      }
    }
  }

  @Property
  void equal_weights_give_parts_that_differ_by_at_most_one_minor_unit(@ForAll Money total, @ForAll @IntRange(min = 1, max = 50) int n) {
    long[] ones = new long[n];
    java.util.Arrays.fill(ones, 1);
    List<Money> parts = total.allocate(ones);
    long max = parts.stream().mapToLong(Money::getAmountMinor).max().orElseThrow();
    long min = parts.stream().mapToLong(Money::getAmountMinor).min().orElseThrow();
    assertTrue(max - min <= 1);
  }

  @Property
  void addition_is_commutative_and_associative_and_zero_is_neutral(@ForAll("usd") Money a, @ForAll("usd") Money b,
      @ForAll("usd") Money c) {
    assertEquals(a.plus(b), b.plus(a));
    assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
    assertEquals(a, a.plus(Money.zero("USD")));
    assertEquals(a, a.plus(b).minus(b));
    assertEquals(Money.zero("USD"), a.plus(a.negated()));
  }

  @Provide
  Arbitrary<Money> usd() {
    return MoneyArbitraryProvider.moneyIn(Money.currency("USD"));
  }

  @Property
  void the_text_form_round_trips_through_parse(@ForAll Money m) {
    assertEquals(m, Money.parse(m.toString()));
  }

  @Property
  void multiplying_by_one_is_exact_and_by_a_ratio_rounds_within_half_a_minor_unit(@ForAll Money m,
      @ForAll @BigRange(min = "0", max = "1") @Scale(4) BigDecimal ratio) {
    assertEquals(m, m.multipliedBy(BigDecimal.ONE, RoundingMode.UNNECESSARY));
    BigDecimal exact = BigDecimal.valueOf(m.getAmountMinor()).multiply(ratio);
    BigDecimal got = BigDecimal.valueOf(m.multipliedBy(ratio, RoundingMode.HALF_EVEN).getAmountMinor());
    assertTrue(got.subtract(exact).abs().compareTo(new BigDecimal("0.5")) <= 0);
  }

  @Property
  void order_agrees_with_the_minor_amounts(@ForAll("usd") Money a, @ForAll("usd") Money b) {
    assertEquals(Long.signum(Long.compare(a.getAmountMinor(), b.getAmountMinor())), Integer.signum(a.compareTo(b)));
  }
}
