package dev.revops.forecast.review;

import static dev.revops.forecast.review.Week.closed;
import static dev.revops.forecast.review.Week.open;
import static dev.revops.forecast.review.Week.pair;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.money.AmountOverflowException;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.forecast.pipeline.RangeSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reviews' sums beyond a long of minor units: two deals of USD 50,000,000,000,000,000.00 (5e18
 * cents each) created, or won, in the same week and quarter make 1e19 cents, beyond 9,223,372,036,854,775,807.
 */
class ReviewOverflowTest {
  static final String HALF = "50000000000000000.00";
  static final ReviewOptions OPTIONS = Week.options().build();

  static List<DealSeries> twoNew() {
    return List.of(pair("X", null, open("X", HALF, "proposal", "2026-12-10")),
        pair("Y", null, open("Y", HALF, "proposal", "2026-12-11")));
  }

  static List<DealSeries> twoWon() {
    return List.of(pair("X", open("X", HALF, "proposal", "2026-12-10"), closed("X", HALF, "closed-won", "2026-11-05")),
        pair("Y", open("Y", HALF, "proposal", "2026-12-10"), closed("Y", HALF, "closed-won", "2026-11-06")));
  }

  @Test
  void the_pipeline_review_names_the_period_and_currency_of_its_waterfall() {
    PipelineReview r = new PipelineReview(OPTIONS, Week.DEF, BuiltInModel.DEAL_EFFECTIVE, BuiltInModel.STAGE_DEFAULT);
    r.add(twoNew().get(0));
    AmountOverflowException e = assertThrows(AmountOverflowException.class, () -> r.add(twoNew().get(1)));
    assertTrue(e.getMessage().startsWith("pipeline review: a sum of the waterfall of 2026-Q4 in USD"), e.getMessage());
  }

  @Test
  void the_execution_review_names_the_amount_won_and_its_currency() {
    ExecutionReview r = new ExecutionReview(OPTIONS, BuiltInModel.DEAL_EFFECTIVE);
    r.add(twoWon().get(0));
    AmountOverflowException e = assertThrows(AmountOverflowException.class, () -> r.add(twoWon().get(1)));
    assertTrue(e.getMessage().startsWith("execution review: the amount won of the deals closed in USD"),
        e.getMessage());
  }

  @Test
  void the_forecast_reconciliation_names_the_roll_up_that_overflows() {
    ForecastReconciliation r = new ForecastReconciliation(OPTIONS, BuiltInModel.DEAL_EFFECTIVE, List.of(),
        RangeSettings.defaults());
    r.add(twoWon().get(0));
    AmountOverflowException e = assertThrows(AmountOverflowException.class, () -> r.add(twoWon().get(1)));
    assertEquals("USD", e.currency());
    assertEquals("2026-Q4", e.group());
  }
}
