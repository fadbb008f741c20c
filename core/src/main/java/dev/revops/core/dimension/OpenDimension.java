package dev.revops.core.dimension;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.period.Period;
import dev.revops.core.roster.Roster;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Anything deals can be grouped by: one of the fixed {@link Dimension}s, the account, any custom
 * attribute ({@code attribute:region}) or a level of the roster ({@code level:manager}: who stands at
 * that level above the deal's owner on the day the deal is credited). A deal without a value is
 * grouped under {@value Dimension#NONE}.
 *
 * <p>Immutable; equal when their names are. JSON: the name.
 *
 * <pre>{@code
 * OpenDimension region = OpenDimension.parse("attribute:region", roster);
 * OpenDimension manager = OpenDimension.parse("level:manager", roster);
 * manager.valueOf(deal, Optional.empty(), roster, deal.closedDate().get());   // "bo"
 * OpenDimension.parse("levle:manager", roster);
 * // InvalidValueException: dimension 'levle:manager' must be one of owner, segment, ..., account,
 * //   attribute:NAME, level:manager, level:rep, level:region
 * }</pre>
 */
public final class OpenDimension {
  private static final String ATTRIBUTE = "attribute:";
  private static final String LEVEL = "level:";

  private final String name;
  private final Optional<Dimension> fixed;

  private OpenDimension(String name, Optional<Dimension> fixed) {
    this.name = name;
    this.fixed = fixed;
  }

  /**
   * One of the fixed dimensions.
   *
   * @param dimension the dimension
   * @return the open dimension of the same name
   */
  public static OpenDimension of(Dimension dimension) {
    return new OpenDimension(Objects.requireNonNull(dimension, "dimension").key(), Optional.of(dimension));
  }

  /**
   * Reads a dimension by name, with any roster level allowed (for JSON, before a roster is known).
   *
   * @param name {@code owner}, {@code account}, {@code attribute:NAME}, {@code level:NAME}...
   * @return the dimension
   * @throws InvalidValueException if the name is none of them
   */
  @JsonCreator
  public static OpenDimension parse(String name) {
    Objects.requireNonNull(name, "name");
    if (name.startsWith(LEVEL) && name.length() > LEVEL.length()) {
      return new OpenDimension(name, Optional.empty());
    }
    return parse(name, Roster.empty());
  }

  /**
   * Reads a dimension by name, allowing only the levels a roster has.
   *
   * @param name {@code owner}, {@code account}, {@code attribute:NAME}, {@code level:NAME}...
   * @param roster the roster whose levels may be named
   * @return the dimension
   * @throws InvalidValueException in one line listing what exists, if the name is none of them
   */
  public static OpenDimension parse(String name, Roster roster) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(roster, "roster");
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("account")) {
      return new OpenDimension("account", Optional.empty());
    }
    if (lower.startsWith(ATTRIBUTE) && !name.substring(ATTRIBUTE.length()).isBlank()) {
      return new OpenDimension(ATTRIBUTE + name.substring(ATTRIBUTE.length()), Optional.empty());
    }
    if (lower.startsWith(LEVEL) && roster.levels().contains(name.substring(LEVEL.length()))) {
      return new OpenDimension(LEVEL + name.substring(LEVEL.length()), Optional.empty());
    }
    try {
      return of(Dimension.parse(name));
    } catch (InvalidValueException e) {
      throw new InvalidValueException("dimension", name, "must be one of " + known(roster));
    }
  }

  private static String known(Roster roster) {
    String fixed = Arrays.stream(Dimension.values()).map(Dimension::key).collect(Collectors.joining(", "));
    String levels = roster.levels().isEmpty() ? " (no roster: no level:NAME)"
        : ", " + roster.levels().stream().map(l -> LEVEL + l).collect(Collectors.joining(", "));
    return fixed + ", account, attribute:NAME" + levels;
  }

  /**
   * The name, as parsed back.
   *
   * @return for example {@code "attribute:region"}
   */
  @JsonValue
  public String name() {
    return name;
  }

  /**
   * The roster level this dimension names.
   *
   * @return the level for {@code level:NAME}; empty otherwise
   */
  public Optional<String> level() {
    return name.startsWith(LEVEL) ? Optional.of(name.substring(LEVEL.length())) : Optional.empty();
  }

  /**
   * Whether grouping by this dimension needs the deal's close period.
   *
   * @return true for {@link Dimension#CLOSE_PERIOD}
   */
  public boolean isClosePeriod() {
    return fixed.equals(Optional.of(Dimension.CLOSE_PERIOD));
  }

  /**
   * A deal's value of this dimension.
   *
   * @param deal the deal
   * @param period the deal's close period, if known (only the close period uses it)
   * @param roster the roster (only levels use it)
   * @param creditDate the day the deal is credited to the roster on (only levels use it)
   * @return the value, or {@value Dimension#NONE}
   */
  public String valueOf(Deal deal, Optional<Period> period, Roster roster, LocalDate creditDate) {
    Objects.requireNonNull(deal, "deal");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(roster, "roster");
    Objects.requireNonNull(creditDate, "creditDate");
    if (fixed.isPresent()) {
      return isClosePeriod() ? period.map(Period::label).orElse(Dimension.NONE) : fixed.get().valueOf(deal);
    }
    if (name.equals("account")) {
      return deal.account().orElse(Dimension.NONE);
    }
    if (name.startsWith(ATTRIBUTE)) {
      return deal.attribute(name.substring(ATTRIBUTE.length())).orElse(Dimension.NONE);
    }
    return deal.owner().flatMap(o -> roster.atLevel(o, level().get(), creditDate)).orElse(Dimension.NONE);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OpenDimension && ((OpenDimension) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /**
   * The name.
   *
   * @return {@link #name()}
   */
  @Override
  public String toString() {
    return name;
  }
}
