package dev.revops.core.pipeline;

import dev.revops.core.InvalidValueException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The forecast category a deal is counted in, from least to most certain, plus the closed and
 * omitted buckets. The names follow the categories Salesforce and most forecasting tools use.
 *
 * <p>JSON uses the constant names ({@code "BEST_CASE"}); {@link #parse} also reads the display
 * names and common CRM spellings.
 */
public enum ForecastCategory {
  /** Open, early: counted in open pipeline only. */
  PIPELINE("Pipeline"),
  /** Open, could close in the period with a favourable turn. */
  BEST_CASE("Best Case"),
  /** Open, expected to close in the period. */
  MOST_LIKELY("Most Likely"),
  /** Open, the owner commits to closing it in the period. */
  COMMIT("Commit"),
  /** Won. */
  CLOSED("Closed"),
  /** Not forecast: lost deals, and open deals deliberately left out. */
  OMITTED("Omitted");

  private static final Map<String, ForecastCategory> SYNONYMS = Map.of(
      "notforecasted", OMITTED,
      "omit", OMITTED,
      "closedwon", CLOSED,
      "won", CLOSED);

  private final String displayName;

  ForecastCategory(String displayName) {
    this.displayName = displayName;
  }

  /**
   * The name shown to people.
   *
   * @return for example {@code "Best Case"}
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Reads a category from its constant name, display name or a common CRM spelling, ignoring case,
   * spaces, hyphens and underscores: {@code "Best Case"}, {@code "BEST_CASE"}, {@code "bestcase"};
   * {@code "Not forecasted"} (HubSpot) reads as {@link #OMITTED} and {@code "Closed Won"} as
   * {@link #CLOSED}.
   *
   * @param text the text
   * @return the category
   * @throws InvalidValueException if the text names no category
   */
  public static ForecastCategory parse(String text) {
    Objects.requireNonNull(text, "text");
    String key = normalize(text);
    for (ForecastCategory c : values()) {
      if (normalize(c.name()).equals(key)) {
        return c;
      }
    }
    ForecastCategory synonym = SYNONYMS.get(key);
    if (synonym == null) {
      throw new InvalidValueException("forecastCategory", text,
          "must be one of Pipeline, Best Case, Most Likely, Commit, Closed, Omitted");
    }
    return synonym;
  }

  private static String normalize(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
