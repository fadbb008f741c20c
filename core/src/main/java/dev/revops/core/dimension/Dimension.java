package dev.revops.core.dimension;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.period.Period;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a forecast can be grouped by. A deal without a value for a dimension is grouped under
 * {@value #NONE}.
 */
public enum Dimension {
  /** The deal's owner. */
  OWNER("owner"),
  /** The deal's segment. */
  SEGMENT("segment"),
  /** The deal's source. */
  SOURCE("source"),
  /** The deal's product. */
  PRODUCT("product"),
  /** The deal's stage id. */
  STAGE("stage"),
  /** The deal's effective forecast category. */
  FORECAST_CATEGORY("forecastCategory"),
  /** The period of the close date: expected for open deals, actual for closed ones. */
  CLOSE_PERIOD("closePeriod");

  /** The value of a dimension a deal has no value for. */
  public static final String NONE = "(none)";

  private final String key;

  Dimension(String key) {
    this.key = key;
  }

  /**
   * The dimension's name in results and files.
   *
   * @return for example {@code "forecastCategory"}
   */
  @JsonValue
  public String key() {
    return key;
  }

  /**
   * Reads a dimension by name, ignoring case, hyphens and underscores: {@code owner},
   * {@code forecast-category}, {@code close_period}; {@code period} and {@code quarter} mean
   * {@link #CLOSE_PERIOD}.
   *
   * @param name the name
   * @return the dimension
   * @throws InvalidValueException if the name is no dimension
   */
  @JsonCreator
  public static Dimension parse(String name) {
    String n = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    if (n.equals("period") || n.equals("quarter") || n.equals("month") || n.equals("fiscalyear")) {
      return CLOSE_PERIOD;
    }
    for (Dimension d : values()) {
      if (d.key.toLowerCase(Locale.ROOT).equals(n)) {
        return d;
      }
    }
    throw new InvalidValueException("dimension", name, "must be one of " + Arrays.stream(values())
        .map(Dimension::key).collect(Collectors.joining(", ")));
  }

  /**
   * A deal's value of this dimension.
   *
   * @param deal the deal
   * @param period the deal's close period, when known (only {@link #CLOSE_PERIOD} uses it)
   * @return the value, or {@value #NONE}
   */
  public String valueOf(Deal deal, Period period) {
    switch (this) {
      case OWNER:
        return deal.owner().orElse(NONE);
      case SEGMENT:
        return deal.segment().orElse(NONE);
      case SOURCE:
        return deal.source().orElse(NONE);
      case PRODUCT:
        return deal.product().orElse(NONE);
      case STAGE:
        return deal.stage().id();
      case FORECAST_CATEGORY:
        return deal.effectiveForecastCategory().name();
      default:
        return Optional.ofNullable(period).map(Period::label).orElse(NONE);
    }
  }

  /**
   * A deal's value of this dimension, without a close period: for every dimension but {@link
   * #CLOSE_PERIOD}, which has no value then.
   *
   * @param deal the deal
   * @return the value, or {@value #NONE}
   */
  public String valueOf(Deal deal) {
    Objects.requireNonNull(deal, "deal");
    return this == CLOSE_PERIOD ? NONE : valueOf(deal, null);
  }

  /**
   * The name.
   *
   * @return {@link #key()}
   */
  @Override
  public String toString() {
    return key;
  }
}
