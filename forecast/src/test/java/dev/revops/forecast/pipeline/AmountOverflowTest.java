package dev.revops.forecast.pipeline;

import dev.revops.core.dimension.Dimension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.revops.core.deal.Deal;
import dev.revops.core.money.AmountOverflowException;
import dev.revops.core.period.PeriodKind;
import dev.revops.forecast.conversion.BuiltInModel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sums beyond a long of minor units: USD 50,000,000,000,000,000.00 is 5e18 cents, within a long
 * (at most 9,223,372,036,854,775,807 cents); two of them are 1e19 cents, beyond it. The error names
 * the aggregate, the figure, the group and the currency; nothing wraps around.
 */
class AmountOverflowTest {
  static final String HALF = "USD 50000000000000000.00";
  static final PipelineOptions OPTIONS = PipelineTestScopes.options();
  static final PipelineOptions BY_OWNER = PipelineTestScopes.options(Dimension.OWNER);

  static List<Deal> twoHalves(String secondOwner) {
    return List.of(Deals.open("D1", "ann", HALF, "negotiation", "2026-11-15"),
        Deals.open("D2", secondOwner, HALF, "negotiation", "2026-12-01"));
  }

  @Test
  void a_roll_up_names_the_period_group_category_and_currency_of_the_sum_that_overflows() {
    ForecastRollup rollup = new ForecastRollup(BY_OWNER);
    rollup.add(twoHalves("ann").get(0));
    AmountOverflowException e = assertThrows(AmountOverflowException.class, () -> rollup.add(twoHalves("ann").get(1)));
    assertEquals("forecast roll-up: commit of 2026-Q4, owner=ann in USD is beyond the largest amount an aggregate "
        + "holds (USD 92233720368547758.07 either way); split the input in smaller groups", e.getMessage());
    assertEquals("2026-Q4, owner=ann", e.group());
    assertEquals("USD", e.currency());
  }

  @Test
  void groups_that_fit_with_a_total_that_does_not_name_the_total() {
    ForecastRollup rollup = new ForecastRollup(BY_OWNER);
    twoHalves("bob").forEach(rollup::add);
    AmountOverflowException e = assertThrows(AmountOverflowException.class, rollup::result);
    assertEquals("2026-Q4", e.group());
  }

  @Test
  void merging_two_roll_ups_whose_sum_overflows_names_it_too() {
    ForecastRollup a = new ForecastRollup(BY_OWNER);
    ForecastRollup b = new ForecastRollup(BY_OWNER);
    a.add(twoHalves("ann").get(0));
    b.add(twoHalves("ann").get(1));
    assertEquals("2026-Q4, owner=ann", assertThrows(AmountOverflowException.class, () -> a.merge(b)).group());
  }

  @Test
  void the_weighted_pipeline_sums_exactly_and_names_the_total_that_does_not_fit() {
    WeightedPipeline w = new WeightedPipeline(OPTIONS, BuiltInModel.STAGE_DEFAULT);
    twoHalves("ann").forEach(w::add);
    AmountOverflowException e = assertThrows(AmountOverflowException.class, w::result);
    // the open amount, 1e19 cents, is first; the weighted amount, 0.8 x 1e19 = 8e18 cents, would fit
    assertEquals("weighted pipeline: the open amount of all open deals in USD is beyond the largest amount an "
        + "aggregate holds (USD 92233720368547758.07 either way); split the input in smaller groups", e.getMessage());
  }

  @Test
  void the_weighted_pipeline_of_deals_that_fit_is_exact_near_the_limit() {
    WeightedPipeline w = new WeightedPipeline(OPTIONS, BuiltInModel.STAGE_DEFAULT);
    w.add(Deals.open("D1", "ann", "USD 92233720368547758.07", "negotiation", "2026-11-15"));
    // 0.8 x 9,223,372,036,854,775,807 cents = 7,378,697,629,483,820,645.6, rounded half-even
    assertEquals("USD 73786976294838206.46", w.result().totals().get(0).weighted().toString());
  }

  @Test
  void the_range_forecast_refuses_a_period_whose_won_and_open_amounts_overflow() {
    RangeForecast range = new RangeForecast(OPTIONS, BuiltInModel.STAGE_DEFAULT, RangeSettings.defaults());
    twoHalves("ann").forEach(range::add);
    AmountOverflowException e = assertThrows(AmountOverflowException.class, range::result);
    assertEquals("2026-Q4", e.group());
  }
}
