package dev.revops.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.revops.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class ForecastCategoryTest {

  @Test
  void reads_constant_names_display_names_and_crm_spellings() {
    assertEquals(ForecastCategory.BEST_CASE, ForecastCategory.parse("Best Case"));
    assertEquals(ForecastCategory.BEST_CASE, ForecastCategory.parse("BEST_CASE"));
    assertEquals(ForecastCategory.BEST_CASE, ForecastCategory.parse("bestcase"));
    assertEquals(ForecastCategory.MOST_LIKELY, ForecastCategory.parse("Most Likely"));
    assertEquals(ForecastCategory.OMITTED, ForecastCategory.parse("Not forecasted"));
    assertEquals(ForecastCategory.CLOSED, ForecastCategory.parse("Closed Won"));
    for (ForecastCategory c : ForecastCategory.values()) {
      assertEquals(c, ForecastCategory.parse(c.displayName()));
    }
  }

  @Test
  void rejects_unknown_categories_listing_the_valid_ones() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ForecastCategory.parse("Maybe"));
    assertEquals("forecastCategory 'Maybe' must be one of Pipeline, Best Case, Most Likely, Commit, Closed, Omitted",
        e.getMessage());
  }
}
