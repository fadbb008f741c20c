package dev.revops.forecast.winloss;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.dimension.Dimension;
import java.util.Objects;
import java.util.Optional;

/**
 * What deals are grouped by: a {@link Dimension} (owner, segment, source, product, stage) or a
 * custom attribute ({@code attribute:manager}), such as the ones a reference join fills. A deal
 * without a value is grouped under {@value Dimension#NONE}.
 *
 * <pre>{@code
 * GroupKey.parse("product");            // the product dimension
 * GroupKey.parse("attribute:manager");  // the attribute "manager"
 * }</pre>
 */
public final class GroupKey {
  /** The prefix of an attribute key. */
  public static final String ATTRIBUTE = "attribute:";

  private final Dimension dimension;
  private final String attribute;

  private GroupKey(Dimension dimension, String attribute) {
    this.dimension = dimension;
    this.attribute = attribute;
  }

  /**
   * A dimension as a key.
   *
   * @param dimension any dimension but the close period (which needs a calendar)
   * @return the key
   * @throws InvalidValueException for the close period
   */
  public static GroupKey of(Dimension dimension) {
    Objects.requireNonNull(dimension, "dimension");
    if (dimension == Dimension.CLOSE_PERIOD) {
      throw new InvalidValueException("groupBy", dimension.key(), "must not be the close period here");
    }
    return new GroupKey(dimension, null);
  }

  /**
   * A custom attribute as a key.
   *
   * @param name the attribute's name, not blank
   * @return the key
   */
  public static GroupKey attribute(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new InvalidValueException("groupBy", ATTRIBUTE + name, "must name an attribute");
    }
    return new GroupKey(null, name.strip());
  }

  /**
   * Reads a key: {@code attribute:NAME}, or a dimension's name.
   *
   * @param text the key
   * @return the key
   * @throws InvalidValueException if it is neither
   */
  @JsonCreator
  public static GroupKey parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    return t.regionMatches(true, 0, ATTRIBUTE, 0, ATTRIBUTE.length())
        ? attribute(t.substring(ATTRIBUTE.length())) : of(Dimension.parse(t));
  }

  /**
   * The key's name in results: the dimension's key, or {@code attribute:NAME}.
   *
   * @return the name
   */
  @JsonValue
  public String key() {
    return dimension != null ? dimension.key() : ATTRIBUTE + attribute;
  }

  /**
   * The dimension, when the key is one.
   *
   * @return the dimension
   */
  public Optional<Dimension> dimension() {
    return Optional.ofNullable(dimension);
  }

  /**
   * A deal's value.
   *
   * @param deal the deal
   * @return the value, or {@value Dimension#NONE}
   */
  public String valueOf(Deal deal) {
    return dimension != null ? dimension.valueOf(deal) : deal.attribute(attribute).orElse(Dimension.NONE);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GroupKey k && key().equals(k.key());
  }

  @Override
  public int hashCode() {
    return key().hashCode();
  }

  /**
   * The key's name.
   *
   * @return {@link #key()}
   */
  @Override
  public String toString() {
    return key();
  }
}
