package dev.revops.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.probability.Probability;
import org.junit.jupiter.api.Test;

class StageTest {

  static Stage.Builder won() {
    return Stage.builder().id("won").displayName("Won").order(9).outcome(StageOutcome.WON)
        .defaultForecastCategory(ForecastCategory.CLOSED).owningTeam("finance");
  }

  @Test
  void a_won_stage_has_probability_exactly_one_and_category_closed() {
    Stage s = won().defaultProbability(Probability.ONE).build();
    assertTrue(s.isWon() && s.isClosed());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> won().defaultProbability(Probability.parse("0.99")).build());
    assertEquals("stage won: defaultProbability '0.99' must be exactly 1 for a won stage", e.getMessage());
  }

  @Test
  void a_lost_stage_has_probability_exactly_zero_and_category_omitted() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Stage.builder().id("lost").displayName("Lost").order(10).outcome(StageOutcome.LOST)
            .defaultProbability(Probability.parse("0.1")).defaultForecastCategory(ForecastCategory.PIPELINE)
            .owningTeam("sales").build());
    assertEquals(2, e.violations().size(), e.getMessage());
  }

  @Test
  void the_factories_make_open_won_and_lost_stages_with_the_fixed_probabilities() {
    Stage open = Stage.open("proposal", "Proposal", 40, Probability.ofPercent(60), ForecastCategory.BEST_CASE, "sales");
    assertTrue(open.isOpen() && open.entryCriteria().isEmpty());
    assertEquals(Probability.ONE, Stage.won("w", "Won", 90, "finance").defaultProbability());
    assertEquals(ForecastCategory.OMITTED, Stage.lost("l", "Lost", 91, "sales").defaultForecastCategory());
    assertThrows(InvalidValueException.class,
        () -> Stage.open("x", "X", 1, Probability.ONE, ForecastCategory.CLOSED, "sales"));
  }

  @Test
  void an_open_stage_is_never_closed_in_the_forecast_and_ids_are_slugs() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> TestPipelines.open("needs analysis", " ", -1, 20, ForecastCategory.CLOSED, "sales").build());
    assertEquals(4, e.violations().size(), e.getMessage());
  }
}
