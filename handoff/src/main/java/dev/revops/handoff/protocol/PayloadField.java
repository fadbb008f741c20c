package dev.revops.handoff.protocol;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.DealField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One field a handoff must (or may) carry: where it comes from, its type, and the constraints its
 * value must meet.
 *
 * <p>JSON: {@code {"name": "successCriteria", "source": "PAYLOAD", "type": "LIST", "minLength": 1,
 * "description": "What the customer will measure success by"}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePayloadField.class)
@JsonDeserialize(as = ImmutablePayloadField.class)
public abstract class PayloadField {

  /** Only the generated implementation extends this class, so every instance is validated. */
  PayloadField() {}

  /**
   * The field: a payload key, or for a deal field its path ({@code amount},
   * {@code attributes.champion}).
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Where the value comes from.
   *
   * @return the source
   */
  public abstract FieldSource source();

  /**
   * The value's type.
   *
   * @return the type
   */
  public abstract FieldType type();

  /**
   * Whether a handoff without it is incomplete.
   *
   * @return true unless set
   */
  @Value.Default
  public boolean required() {
    return true;
  }

  /**
   * What the field is for.
   *
   * @return the description, if any
   */
  public abstract Optional<String> description();

  /**
   * The fewest characters (text) or items (list).
   *
   * @return the minimum length, if any
   */
  public abstract Optional<Integer> minLength();

  /**
   * The smallest value (money, decimal).
   *
   * @return the minimum, if any
   */
  public abstract Optional<BigDecimal> minimum();

  /**
   * The only values allowed, for a field of any type ({@code ["true"]} for a box that must be
   * ticked).
   *
   * @return the values; empty for any
   */
  public abstract List<String> allowed();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds payload fields. */
  public static final class Builder extends ImmutablePayloadField.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("payload field " + name());
    v.text("name", name());
    if (source() == FieldSource.DEAL) {
      v.check(DealField.find(name()).isPresent() || name().startsWith(DealField.ATTRIBUTE_PREFIX), "name", name(),
          "must be a deal field path or attributes.<name> for a field from the deal");
    }
    minLength().ifPresent(m -> v.check(m >= 1, "minLength", m, "must be at least 1"));
    v.throwIfInvalid();
  }

  /**
   * What is wrong with a value, if anything.
   *
   * @param value the value as text; empty when the field has none
   * @return the reason it is missing or invalid; empty when it is fine (or optional and absent)
   */
  public Optional<String> problem(Optional<String> value) {
    if (value.isEmpty() || value.get().isBlank()) {
      return required() ? Optional.of("is required") : Optional.empty();
    }
    String text = value.get().strip();
    Optional<String> typed = typeProblem(text);
    if (typed.isPresent()) {
      return typed;
    }
    if (!allowed().isEmpty() && !allowed().contains(text)) {
      return Optional.of("must be one of " + String.join(", ", allowed()));
    }
    return Optional.empty();
  }

  private Optional<String> typeProblem(String text) {
    switch (type()) {
      case MONEY:
      case DECIMAL: {
        BigDecimal d;
        try {
          d = type() == FieldType.MONEY && Character.isLetter(text.charAt(0)) ? Money.parse(text).getAmount()
              : new BigDecimal(text);
        } catch (RuntimeException e) {
          return Optional.of(type() == FieldType.MONEY ? "must be money (USD 1234.50 or 1234.50)" : "must be a decimal");
        }
        return minimum().filter(m -> d.compareTo(m) < 0).map(m -> "must be at least " + m.toPlainString());
      }
      case DATE:
        try {
          LocalDate.parse(text);
          return Optional.empty();
        } catch (DateTimeParseException e) {
          return Optional.of("must be a date (yyyy-MM-dd)");
        }
      case BOOLEAN:
        return text.equals("true") || text.equals("false") ? Optional.empty() : Optional.of("must be true or false");
      case LIST: {
        long items = Arrays.stream(text.split(";")).filter(s -> !s.isBlank()).count();
        return minLength().filter(m -> items < m).map(m -> "must list at least " + m + " item" + (m == 1 ? "" : "s")
            + " (separated by ;)");
      }
      default:
        return minLength().filter(m -> text.length() < m).map(m -> "must have at least " + m + " characters");
    }
  }


  /**
   * The field described: {@code successCriteria (payload LIST, required, at least 1)}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(name()).append(" (").append(source().name().toLowerCase(Locale.ROOT))
        .append(' ').append(type()).append(required() ? ", required" : ", optional");
    minLength().ifPresent(m -> b.append(", at least ").append(m));
    minimum().ifPresent(m -> b.append(", minimum ").append(m.toPlainString()));
    if (!allowed().isEmpty()) {
      b.append(", one of ").append(String.join("|", allowed()));
    }
    return b.append(')').toString();
  }
}
