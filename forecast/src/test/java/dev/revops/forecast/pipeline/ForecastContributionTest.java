package dev.revops.forecast.pipeline;

import dev.revops.core.dimension.Dimension;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.money.Money;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.forecast.conversion.BuiltInModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ForecastContributionTest {
  static final PipelineOptions BY_OWNER = PipelineOptions.builder().scope(PipelineTestScopes.quarters(LocalDate.parse("2026-10-01")).build())
      .addGroupBy(Dimension.OWNER).build();

  @Test
  void an_open_commit_deal_counts_in_every_cumulative_forecast_and_the_weighted_pipeline() {
    ForecastContribution c = ForecastContribution.of(BY_OWNER, BuiltInModel.DEAL_EFFECTIVE,
        Deals.openInCategory("D1", "ann", "USD 1000.00", "proposal", "2026-11-15", ForecastCategory.COMMIT)).get();
    assertEquals("2026-Q4", c.period().label());
    assertEquals(Map.of("owner", "ann"), c.group());
    assertEquals(Money.parse("USD 0.00"), c.closedWon());
    assertEquals(Money.parse("USD 1000.00"), c.commitForecast());
    assertEquals(Money.parse("USD 1000.00"), c.mostLikelyForecast());
    assertEquals(Money.parse("USD 1000.00"), c.bestCaseForecast());
    assertEquals(Money.parse("USD 1000.00"), c.openPipeline());
    assertEquals(0, new BigDecimal("600.000").compareTo(c.weighted()));   // Proposal's 60%
    assertEquals(Optional.of(new BigDecimal("0.6")), c.probability());
  }

  @Test
  void a_best_case_deal_counts_only_in_best_case_and_a_won_deal_everywhere_but_the_open_pipeline() {
    ForecastContribution best = ForecastContribution.of(BY_OWNER, BuiltInModel.STAGE_DEFAULT,
        Deals.open("D2", "bob", "EUR 500.00", "discovery", "2027-01-05")).get();
    assertEquals(Money.parse("EUR 0.00"), best.commitForecast());
    assertEquals(Money.parse("EUR 500.00"), best.bestCaseForecast());
    assertEquals("2027-Q1", best.period().label());
    ForecastContribution won = ForecastContribution.of(BY_OWNER, BuiltInModel.STAGE_DEFAULT,
        Deals.closed("D3", "bob", "USD 70.00", "closed-won", "2026-09-30")).get();
    assertEquals("2026-Q3", won.period().label());
    assertEquals(Money.parse("USD 70.00"), won.closedWon());
    assertEquals(Money.parse("USD 70.00"), won.bestCaseForecast());
    assertEquals(Money.parse("USD 0.00"), won.openPipeline());
    assertEquals(BigDecimal.ZERO, won.weighted());
    assertEquals(Optional.empty(), won.probability());
  }

  @Test
  void an_omitted_deal_weighs_in_the_pipeline_only_and_a_lost_one_counts_nowhere() {
    ForecastContribution omitted = ForecastContribution.of(BY_OWNER, BuiltInModel.STAGE_DEFAULT,
        Deals.openInCategory("D4", "ann", "USD 100.00", "prospecting", "2026-12-01", ForecastCategory.OMITTED)).get();
    assertEquals(Money.parse("USD 0.00"), omitted.openPipeline());
    assertEquals(0, new BigDecimal("10").compareTo(omitted.weighted()));
    assertEquals(Optional.empty(), ForecastContribution.of(BY_OWNER, BuiltInModel.STAGE_DEFAULT,
        Deals.closed("D5", "ann", "USD 100.00", "closed-lost", "2026-09-30")));
    assertEquals(Optional.empty(), ForecastContribution.of(BY_OWNER, BuiltInModel.STAGE_DEFAULT,
        Deals.open("D6", "ann", null, "proposal", "2026-12-01")));
  }
}
