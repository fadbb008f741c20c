package dev.revops.core.pipeline;

import dev.revops.core.InvalidValueException;
import java.util.HashMap;
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

  /** The constants by their normalized names. */
  private static final Map<String, ForecastCategory> BY_NAME = byName();

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
    ForecastCategory named = BY_NAME.get(key);
    if (named != null) {
      return named;
    }
    ForecastCategory synonym = SYNONYMS.get(key);
    if (synonym == null) {
      throw new InvalidValueException("forecastCategory", text,
          "must be one of Pipeline, Best Case, Most Likely, Commit, Closed, Omitted");
    }
    return synonym;
  }

  private static Map<String, ForecastCategory> byName() {
    Map<String, ForecastCategory> m = new HashMap<>();
    for (ForecastCategory c : values()) {
      m.put(normalize(c.name()), c);
    }
    return Map.copyOf(m);
  }

  /** Lower case, letters and digits only (no regular expression: this runs for every row). */
  private static String normalize(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        b.append((char) (c + ('a' - 'A')));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      } else if (c > 127) {
        String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
        lower.chars().filter(x -> (x >= 'a' && x <= 'z') || (x >= '0' && x <= '9')).forEach(x -> b.append((char) x));
      }
    }
    return b.toString();
  }
}
