package dev.revops.forecast.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.revops.core.InvalidValueException;
import dev.revops.core.dimension.Dimension;
import dev.revops.core.money.Money;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.forecast.pipeline.RangeSettings;
import dev.revops.forecast.pipeline.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ForecastReconciliationTest {
  static final Target Q4 = Target.builder().period("2026-Q4").amount(Money.parse("USD 50000.00")).build();
  static final Target BY_OWNER = Target.builder().period("2026-Q4").putGroup("owner", "ann")
      .amount(Money.parse("USD 1.00")).build();

  static ForecastReconciliationResult reconcile() {
    ForecastReconciliation r = new ForecastReconciliation(Week.options().build(), BuiltInModel.DEAL_EFFECTIVE,
        List.of(Q4, BY_OWNER), RangeSettings.defaults());
    Week.series().forEach(r::add);
    return r.result();
  }

  static Money usd(String amount) {
    return Money.parse("USD " + amount);
  }

  static ReconciliationRow q4() {
    return reconcile().rows().stream().filter(r -> r.period().label().equals("2026-Q4")).findFirst().orElseThrow();
  }

  @Test
  void gives_each_forecast_figure_in_both_states() {
    ForecastFigures before = q4().previous();
    assertEquals(usd("0.00"), before.closedWon());
    assertEquals(usd("4000.00"), before.commitForecast());       // D in Negotiation (Commit)
    assertEquals(usd("33000.00"), before.bestCaseForecast());    // + A, B, C, H in Best Case
    assertEquals(usd("34000.00"), before.openPipeline());        // + G in Pipeline
    assertEquals(usd("19100.00"), before.weighted());
    ForecastFigures now = q4().latest();
    assertEquals(usd("11000.00"), now.closedWon());              // C and F won
    assertEquals(usd("23000.00"), now.commitForecast());         // + A now in Negotiation
    assertEquals(usd("29000.00"), now.bestCaseForecast());       // + H
    assertEquals(usd("20000.00"), now.openPipeline());           // A, E, H
    assertEquals(usd("13000.00"), now.weighted());
    assertEquals(Optional.of(usd("24000.00")), now.rangeExpected()); // closed won + weighted
  }

  @Test
  void compares_each_state_with_the_target() {
    ForecastFigures before = q4().previous();
    assertEquals(Optional.of(usd("50000.00")), before.gap());
    assertEquals(Optional.of(new BigDecimal("0.6800")), before.coverage());        // 34,000 / 50,000
    assertEquals(Optional.of(new BigDecimal("1.4706")), before.neededWinRate());   // 50,000 / 34,000
    ForecastFigures now = q4().latest();
    assertEquals(Optional.of(usd("39000.00")), now.gap());
    assertEquals(Optional.of(new BigDecimal("0.5128")), now.coverage());           // 20,000 / 39,000
    assertEquals(Optional.of(new BigDecimal("1.9500")), now.neededWinRate());
  }

  @Test
  void names_the_deals_that_moved_the_forecast_largest_first() {
    ReconciliationRow q4 = q4();
    assertEquals(8, q4.dealsMoved());
    assertEquals(List.of("A", "C", "B", "D", "F", "E", "H", "G"),
        q4.movers().stream().map(ForecastMove::dealId).toList());
    ForecastMove a = q4.movers().get(0);
    assertEquals(usd("12000.00"), a.commitForecast());
    assertEquals(usd("2000.00"), a.bestCaseForecast());
    assertEquals(usd("3600.00"), a.weighted());
    assertEquals("stage proposal -> negotiation; category Best Case -> Commit; amount USD 10000.00 -> USD 12000.00",
        a.reason());
    ForecastMove c = q4.movers().get(1);
    assertEquals(usd("8000.00"), c.closedWon());
    assertEquals(usd("-4800.00"), c.weighted());
    assertEquals("won on 2026-11-06", c.reason());
    Money commit = q4.movers().stream().map(ForecastMove::commitForecast).reduce(usd("0"), Money::plus);
    assertEquals(usd("19000.00"), commit);   // 23,000 - 4,000
  }

  @Test
  void lists_targets_split_by_dimensions_it_does_not_group_by() {
    assertEquals(List.of(BY_OWNER), reconcile().targetsNotCompared());
  }

  @Test
  void refuses_two_targets_for_the_same_period_group_and_currency_naming_them() {
    Target again = Target.builder().period("2026-Q4").amount(Money.parse("USD 40000.00")).build();
    InvalidValueException total = assertThrows(InvalidValueException.class, () -> new ForecastReconciliation(
        Week.options().build(), BuiltInModel.DEAL_EFFECTIVE, List.of(Q4, again), RangeSettings.defaults()));
    assertEquals("targets '2026-Q4 (total) USD' must give each period, group and currency one target (this one is "
        + "given twice)", total.violations().get(0).field() + " '" + total.violations().get(0).value() + "' "
        + total.violations().get(0).rule());
    ReviewOptions byOwner = Week.options().addGroupBy(Dimension.OWNER).build();
    Target annAgain = Target.builder().period("2026-Q4").putGroup("owner", "ann").amount(Money.parse("USD 2.00"))
        .build();
    InvalidValueException grouped = assertThrows(InvalidValueException.class, () -> new ForecastReconciliation(
        byOwner, BuiltInModel.DEAL_EFFECTIVE, List.of(BY_OWNER, annAgain), RangeSettings.defaults()));
    assertEquals("2026-Q4 {owner=ann} USD", grouped.violations().get(0).value());
  }

  @Test
  void keeps_targets_of_other_periods_or_currencies_and_lists_repeated_ones_it_does_not_compare() {
    Target q1 = Target.builder().period("2027-Q1").amount(Money.parse("USD 40000.00")).build();
    Target euros = Target.builder().period("2026-Q4").amount(Money.parse("EUR 40000.00")).build();
    ForecastReconciliation r = new ForecastReconciliation(Week.options().build(), BuiltInModel.DEAL_EFFECTIVE,
        List.of(Q4, q1, euros, BY_OWNER, BY_OWNER), RangeSettings.defaults());
    assertEquals(List.of(BY_OWNER, BY_OWNER), r.result().targetsNotCompared());
  }

  @Test
  void gives_each_change_of_a_row_latest_minus_previous() {
    java.util.Map<String, Money> c = q4().changes();
    assertEquals(List.of("closedWon", "commitForecast", "mostLikelyForecast", "bestCaseForecast", "openPipeline",
        "weighted", "rangeExpected", "rangeP10", "rangeP50", "rangeP90", "target", "gap"), List.copyOf(c.keySet()));
    assertEquals(usd("11000.00"), c.get("closedWon"));          // 0 -> 11,000
    assertEquals(usd("19000.00"), c.get("commitForecast"));     // 4,000 -> 23,000
    assertEquals(usd("-4000.00"), c.get("bestCaseForecast"));   // 33,000 -> 29,000
    assertEquals(usd("-14000.00"), c.get("openPipeline"));      // 34,000 -> 20,000
    assertEquals(usd("-6100.00"), c.get("weighted"));           // 19,100 -> 13,000
    assertEquals(usd("4900.00"), c.get("rangeExpected"));       // 0 + 19,100 -> 11,000 + 13,000
    assertEquals(usd("0.00"), c.get("target"));
    assertEquals(usd("-11000.00"), c.get("gap"));               // 50,000 -> 39,000
  }

  @Test
  void a_group_row_has_no_range_and_a_row_without_target_no_target_change() {
    ForecastReconciliation r = new ForecastReconciliation(Week.options().addGroupBy(Dimension.OWNER).build(),
        BuiltInModel.DEAL_EFFECTIVE, List.of(), RangeSettings.defaults());
    Week.series().forEach(r::add);
    ReconciliationRow ann = r.result().rows().stream().filter(x -> x.period().label().equals("2026-Q4")
        && !x.group().isEmpty()).findFirst().orElseThrow();
    assertEquals(List.of("closedWon", "commitForecast", "mostLikelyForecast", "bestCaseForecast", "openPipeline",
        "weighted"), List.copyOf(ann.changes().keySet()));
  }
}
