package dev.revops.core.history;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.InvalidValueException;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.DealField;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.probability.Probability;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One change of one field of one deal, as a CRM's field history records it (Salesforce's
 * {@code OpportunityFieldHistory}, HubSpot's property history): the field, its value before and
 * after, when and by whom.
 *
 * <p>Fields are named by their {@link DealField#path() path} ({@code amount},
 * {@code expectedCloseDate}, ...) or as {@code attributes.<name>}. Stage and closed date are not
 * field changes: they come from the deal's {@link DealHistory}; nor are the id and the created date,
 * which do not change. {@code probability} and {@code forecastCategory} are the deal's effective
 * values, as a CRM shows them.
 *
 * <p>Values are text, empty for "no value": money as {@code USD 1234.50} or a plain decimal in the
 * deal's currency ({@code 1234.50}), probabilities as decimals in [0, 1] ({@code 0.35}), dates as
 * {@code yyyy-MM-dd}, categories by name ({@code Best Case}). They are checked when the change is
 * built, so a change that could not be applied cannot exist.
 *
 * <p>JSON: {@code {"dealId": "D1", "field": "amount", "from": "40000.00", "to": "48000.00",
 * "at": "2026-09-02T10:00:00Z", "actor": "alice"}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFieldChange.class)
@JsonDeserialize(as = ImmutableFieldChange.class)
public abstract class FieldChange {
  /** The built-in fields that are not field changes, and why. */
  private static final Set<DealField> NOT_CHANGES = EnumSet.of(DealField.ID, DealField.STAGE,
      DealField.CLOSED_DATE, DealField.CREATED_DATE);

  /** Only the generated implementation extends this class, so every instance is validated. */
  FieldChange() {}

  /**
   * The deal whose field changed.
   *
   * @return the deal id
   */
  public abstract String dealId();

  /**
   * The field: a {@link DealField} path or {@code attributes.<name>}.
   *
   * @return for example {@code "expectedCloseDate"}
   */
  public abstract String field();

  /**
   * The value before the change.
   *
   * @return the value as text; empty when the field had none
   */
  public abstract Optional<String> from();

  /**
   * The value after the change.
   *
   * @return the value as text; empty when the change cleared the field
   */
  public abstract Optional<String> to();

  /**
   * When the change happened.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * Who made the change.
   *
   * @return the actor, if recorded
   */
  public abstract Optional<String> actor();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds field changes; see {@link FieldChange} for the rules. */
  public static final class Builder extends ImmutableFieldChange.Builder {
    Builder() {}
  }

  /**
   * The built-in field changed.
   *
   * @return the field; empty for a custom attribute
   */
  @JsonIgnore
  public Optional<DealField> dealField() {
    return DealField.find(field());
  }

  /**
   * The name of the custom attribute changed.
   *
   * @return the name after {@code attributes.}; empty for a built-in field
   */
  @JsonIgnore
  public Optional<String> attributeName() {
    return field().startsWith(DealField.ATTRIBUTE_PREFIX)
        ? Optional.of(field().substring(DealField.ATTRIBUTE_PREFIX.length())) : Optional.empty();
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("field change of deal " + dealId());
    v.text("dealId", dealId());
    v.text("actor", actor());
    v.text("from", from());
    v.text("to", to());
    Optional<DealField> f = dealField();
    if (f.isPresent()) {
      v.check(!NOT_CHANGES.contains(f.get()), "field", field(),
          "must be a field that changes by itself: the stage and closed date come from the stage history, "
              + "the id and created date do not change");
    } else {
      v.check(attributeName().map(n -> !n.isBlank()).orElse(false), "field", field(),
          "must be a deal field (" + DealField.AMOUNT.path() + ", " + DealField.EXPECTED_CLOSE_DATE.path()
              + ", ...) or attributes.<name>");
    }
    v.check(!from().equals(to()), "to", to().orElse(null), "must differ from the value before");
    if (!v.hasViolations()) {
      from().ifPresent(text -> checkValue(v, "from", text));
      to().ifPresent(text -> checkValue(v, "to", text));
    }
    v.throwIfInvalid();
  }

  private void checkValue(Validation v, String role, String text) {
    try {
      value(text, null);
    } catch (InvalidValueException e) {
      v.check(false, role, text, e.violations().get(0).rule());
    }
  }

  /**
   * The value before the change, typed.
   *
   * @param currency the deal's currency, for amounts written as plain decimals
   * @return a {@code String}, {@link Money}, {@link BigDecimal}, {@link Probability},
   *     {@link LocalDate} or {@link ForecastCategory} by the field's kind; empty for no value
   * @throws InvalidValueException if the value is a plain decimal amount and the currency is
   *     unknown
   */
  public Optional<Object> valueBefore(Optional<Currency> currency) {
    return from().map(t -> value(t, currency.orElse(null)));
  }

  /**
   * The value after the change, typed; see {@link #valueBefore}.
   *
   * @param currency the deal's currency, for amounts written as plain decimals
   * @return the typed value; empty for no value
   * @throws InvalidValueException if the value is a plain decimal amount and the currency is
   *     unknown
   */
  public Optional<Object> valueAfter(Optional<Currency> currency) {
    return to().map(t -> value(t, currency.orElse(null)));
  }

  /** Parses a value by the field's kind; with no currency, a plain-decimal amount is only checked. */
  private Object value(String text, Currency currency) {
    DealField.Kind kind = dealField().map(DealField::kind).orElse(DealField.Kind.TEXT);
    switch (kind) {
      case MONEY:
        if (!text.isEmpty() && Character.isLetter(text.charAt(0))) {
          return Money.parse(text);
        }
        BigDecimal amount = decimal(text, "must be money (USD 1234.50) or a plain decimal (1234.50)");
        if (currency == null) {
          return amount;
        }
        return Money.of(currency, amount);
      case DECIMAL:
        BigDecimal d = decimal(text, "must be a plain decimal");
        return field().equals(DealField.PROBABILITY.path()) ? Probability.of(d) : d;
      case DATE:
        try {
          return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
          throw new InvalidValueException(field(), text, "must be a date (yyyy-MM-dd)");
        }
      case CATEGORY:
        return ForecastCategory.parse(text);
      default:
        return text;
    }
  }

  private BigDecimal decimal(String text, String rule) {
    try {
      if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0 || text.length() > 100) {
        throw new NumberFormatException(); // no exponent, and bounded before it is parsed
      }
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new InvalidValueException(field(), text, rule);
    }
  }

  /**
   * A one-line description.
   *
   * @return for example {@code "D1 amount 40000.00 -> 48000.00 at 2026-09-02T10:00:00Z"}
   */
  @Override
  public String toString() {
    return dealId() + " " + field() + " " + from().orElse("(none)") + " -> " + to().orElse("(none)") + " at " + at();
  }
}
