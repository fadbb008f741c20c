package dev.revops.core.dimension;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.revops.core.InvalidValueException;
import dev.revops.core.Validation;
import dev.revops.core.deal.Deal;
import dev.revops.core.period.Period;
import dev.revops.core.roster.CreditDate;
import dev.revops.core.roster.Roster;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
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
   * The name, as {@link Dimension#key()} names a fixed dimension.
   *
   * @return {@link #name()}
   */
  public String key() {
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
   * The fixed dimension this one is.
   *
   * <pre>{@code
   * OpenDimension.parse("owner").dimension();              // Optional[owner]
   * OpenDimension.parse("attribute:region").dimension();   // Optional.empty
   * }</pre>
   *
   * @return the fixed dimension; empty for the account, an attribute or a level
   */
  public Optional<Dimension> dimension() {
    return fixed;
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

  /**
   * A deal's values of several dimensions, in order: its group key.
   *
   * <pre>{@code
   * OpenDimension.groupKey(List.of(OpenDimension.parse("level:manager", roster), OpenDimension.of(Dimension.PRODUCT)),
   *     deal, Optional.empty(), roster, CreditDate.CLOSE_DATE.dayOf(deal, asOf));   // [bo, GTX Pro]
   * }</pre>
   *
   * @param groupBy the dimensions
   * @param deal the deal
   * @param period the deal's close period, if known
   * @param roster the roster (only levels use it)
   * @param creditDay the day the deal is credited to the roster on
   * @return one value per dimension, {@value Dimension#NONE} where the deal has none
   */
  public static List<String> groupKey(List<OpenDimension> groupBy, Deal deal, Optional<Period> period, Roster roster,
      LocalDate creditDay) {
    List<String> key = new ArrayList<>(groupBy.size());
    for (OpenDimension d : groupBy) {
      key.add(d.valueOf(deal, period, roster, creditDay));
    }
    return key;
  }

  /**
   * Checks a grouping into {@code v}: no dimension twice; every {@code level:NAME} a level of the
   * roster; a roster comes with the day deals are credited to it, named, and a credit day with a
   * roster.
   *
   * <pre>{@code
   * Validation v = Validation.of("pipeline options");
   * OpenDimension.check(v, options.groupBy(), options.roster(), options.creditDate());
   * v.throwIfInvalid();
   * }</pre>
   *
   * @param v the validation to add violations to (fields {@code groupBy}, {@code creditDate})
   * @param groupBy the dimensions
   * @param roster the roster the levels are looked up in, if any
   * @param creditDate the day deals are credited to the roster on, if named
   */
  public static void check(Validation v, List<OpenDimension> groupBy, Optional<Roster> roster,
      Optional<CreditDate> creditDate) {
    Set<OpenDimension> seen = new HashSet<>();
    groupBy.forEach(d -> v.check(seen.add(d), "groupBy", d, "must not repeat a dimension"));
    SortedSet<String> levels = roster.map(Roster::levels).orElse(Collections.emptySortedSet());
    groupBy.forEach(d -> d.level().ifPresent(l -> v.check(levels.contains(l), "groupBy", d,
        "must name a level of the roster", roster.isEmpty() ? "no roster is given" : "levels: " + levels)));
    v.check(roster.isEmpty() || creditDate.isPresent(), "creditDate", "(none)",
        "must be named with a roster (CLOSE_DATE or AS_OF: the day a deal is credited to the hierarchy)");
    creditDate.ifPresent(c -> v.check(roster.isPresent(), "creditDate", c, "needs a roster"));
  }

  /**
   * Whether a grouping needs a roster.
   *
   * @param groupBy the dimensions
   * @return true when one of them is a {@code level:NAME}
   */
  public static boolean anyLevel(List<OpenDimension> groupBy) {
    return groupBy.stream().anyMatch(d -> d.level().isPresent());
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
