package dev.revops.core.pipeline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.InvalidValueException;
import dev.revops.core.Validation;
import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A stage entry or exit criterion written as data, such as "amount &gt; 0" or "expected close date
 * set", so that a definition is shared as a JSON file rather than as code.
 *
 * <p>The {@linkplain #field() field} is a {@link DealField} path or {@code attributes.<name>} for
 * a custom CRM field. The operand is text, read by the field's kind:
 * <ul>
 *   <li>money: a plain decimal compared in the deal's own currency ({@code "0"}), or an amount with
 *       currency ({@code "USD 10000"}) that only deals in that currency can meet;</li>
 *   <li>decimal: a plain decimal ({@code "0.5"});</li>
 *   <li>date: an ISO date ({@code "2026-01-31"});</li>
 *   <li>category: a {@link ForecastCategory} name;</li>
 *   <li>attribute: compared as text, or as a number or date when the operand is one.</li>
 * </ul>
 *
 * <p>JSON: {@code {"field": "amount", "operator": "GREATER_THAN", "value": "0"}},
 * {@code {"field": "segment", "operator": "ONE_OF", "values": ["SMB", "Mid-Market"]}},
 * {@code {"field": "attributes.champion", "operator": "PRESENT", "label": "Champion named"}}.
 *
 * <pre>{@code
 * Criterion amountSet = Criterion.of("amount", CriterionOperator.GREATER_THAN, "0");
 * Optional<String> why = amountSet.unmetBy(deal);   // empty when met
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCriterion.class)
@JsonDeserialize(as = ImmutableCriterion.class)
public abstract class Criterion {
  /** Only the generated implementation extends this class, so every instance is validated. */
  Criterion() {}

  /**
   * The field: a {@link DealField} path or {@code attributes.<name>}.
   *
   * @return for example {@code "amount"} or {@code "attributes.champion"}
   */
  public abstract String field();

  /**
   * How the field is compared.
   *
   * @return the operator
   */
  public abstract CriterionOperator operator();

  /**
   * The operand of a comparison; absent for {@link CriterionOperator#PRESENT} and
   * {@link CriterionOperator#ONE_OF}.
   *
   * @return the operand text
   */
  public abstract Optional<String> value();

  /**
   * The operands of {@link CriterionOperator#ONE_OF}; empty otherwise.
   *
   * @return the allowed values
   */
  public abstract List<String> values();

  /**
   * A human label, for example "Budget confirmed"; shown instead of the generated text.
   *
   * @return the label
   */
  public abstract Optional<String> label();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A comparison criterion.
   *
   * @param field a {@link DealField} path or {@code attributes.<name>}
   * @param operator a comparing operator (not PRESENT or ONE_OF)
   * @param value the operand
   * @return the criterion
   * @throws InvalidValueException if the operator does not apply to the field or the operand is
   *     not of the field's kind
   */
  public static Criterion of(String field, CriterionOperator operator, String value) {
    return builder().field(field).operator(operator).value(value).build();
  }

  /**
   * The criterion "field is set".
   *
   * @param field a {@link DealField} path or {@code attributes.<name>}
   * @return the criterion
   */
  public static Criterion present(String field) {
    return builder().field(field).operator(CriterionOperator.PRESENT).build();
  }

  /**
   * The criterion "field is one of values".
   *
   * @param field a text or category field, or an attribute
   * @param values the allowed values, at least one
   * @return the criterion
   */
  public static Criterion oneOf(String field, String... values) {
    return builder().field(field).operator(CriterionOperator.ONE_OF).addValues(values).build();
  }

  /** Builds criteria; see {@link Criterion} for the rules. */
  public static final class Builder extends ImmutableCriterion.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("criterion " + field());
    Optional<DealField> builtIn = DealField.find(field());
    boolean attribute = field().startsWith(DealField.ATTRIBUTE_PREFIX)
        && !field().substring(DealField.ATTRIBUTE_PREFIX.length()).isBlank();
    v.check(builtIn.isPresent() || attribute, "field", field(),
        "must be a deal field (id, name, account, owner, source, segment, product, amount, stage, "
            + "probability, forecastCategory, createdDate, expectedCloseDate, closedDate, "
            + "costToClose, projectedMarginRate) or attributes.<name>");
    v.text("label", label());
    CriterionOperator op = operator();
    if (op == CriterionOperator.PRESENT) {
      v.check(value().isEmpty() && values().isEmpty(), "value", value().orElse(String.valueOf(values())),
          "must be absent for PRESENT");
    } else if (op == CriterionOperator.ONE_OF) {
      v.check(value().isEmpty(), "value", value().orElse(null), "must be absent for ONE_OF (use values)");
      v.check(!values().isEmpty(), "values", values(), "must list at least one value for ONE_OF");
      builtIn.ifPresent(f -> v.check(f.kind() == DealField.Kind.TEXT || f.kind() == DealField.Kind.CATEGORY,
          "operator", op, "applies to text and category fields only, not " + f.path()));
      builtIn.filter(f -> f.kind() == DealField.Kind.CATEGORY)
          .ifPresent(f -> values().forEach(s -> v.check(isCategory(s), "values", s,
              "must be a forecast category")));
    } else {
      v.check(values().isEmpty(), "values", values(), "must be empty for " + op + " (use value)");
      v.check(value().isPresent(), "value", null, "must be set for " + op);
      if (value().isPresent() && builtIn.isEmpty() && op.isOrdering()) {
        v.check(decimal(value().get()).isPresent() || date(value().get()).isPresent(), "value",
            value().get(), "must be a decimal or an ISO date to order an attribute by");
      }
      if (value().isPresent() && builtIn.isPresent()) {
        DealField f = builtIn.get();
        String operand = value().get();
        switch (f.kind()) {
          case TEXT:
            v.check(!op.isOrdering(), "operator", op,
                "does not apply to text field " + f.path() + " (use EQUALS, NOT_EQUALS or ONE_OF)");
            break;
          case CATEGORY:
            v.check(!op.isOrdering(), "operator", op,
                "does not apply to " + f.path() + " (use EQUALS, NOT_EQUALS or ONE_OF)");
            v.check(isCategory(operand), "value", operand, "must be a forecast category");
            break;
          case MONEY:
            v.check(decimal(operand).isPresent() || money(operand).isPresent(), "value", operand,
                "must be a decimal like '0' or an amount like 'USD 10000'");
            break;
          case DECIMAL:
            v.check(decimal(operand).isPresent(), "value", operand, "must be a decimal number");
            break;
          case DATE:
            v.check(date(operand).isPresent(), "value", operand, "must be an ISO date like 2026-01-31");
            break;
          default:
            throw new IllegalStateException("unknown kind " + f.kind());
        }
      }
    }
    v.throwIfInvalid();
  }

  /**
   * Checks the criterion against a subject.
   *
   * @param subject the deal (or any subject with field values)
   * @return empty when the criterion is met; otherwise why not, for example
   *     {@code "amount > 0 is not met: amount is USD 0.00"}
   */
  public Optional<String> unmetBy(CriterionSubject subject) {
    Optional<?> actual = actual(subject);
    if (operator() == CriterionOperator.PRESENT) {
      return actual.isPresent() ? Optional.empty() : unmet(field() + " is not set");
    }
    if (actual.isEmpty()) {
      return unmet(field() + " is not set");
    }
    Object value = actual.get();
    if (operator() == CriterionOperator.ONE_OF) {
      String text = textOf(value);
      boolean match = value instanceof ForecastCategory
          ? values().stream().anyMatch(s -> ForecastCategory.parse(s) == value)
          : values().contains(text);
      return match ? Optional.empty() : unmet(field() + " is " + text);
    }
    String operand = value().orElseThrow();
    Optional<Integer> comparison = compare(value, operand, operator().isOrdering());
    if (comparison.isEmpty()) {
      return unmet(field() + " is " + textOf(value) + ", which cannot be compared with " + operand);
    }
    return operator().accepts(comparison.get()) ? Optional.empty()
        : unmet(field() + " is " + textOf(value));
  }

  private Optional<String> unmet(String because) {
    return Optional.of(describe() + " is not met: " + because);
  }

  private Optional<?> actual(CriterionSubject subject) {
    if (field().startsWith(DealField.ATTRIBUTE_PREFIX)) {
      return subject.attribute(field().substring(DealField.ATTRIBUTE_PREFIX.length()));
    }
    return subject.fieldValue(DealField.ofPath(field()));
  }

  /** Compares actual with the operand; empty when they are of incomparable kinds. */
  private static Optional<Integer> compare(Object actual, String operand, boolean ordering) {
    if (actual instanceof Money m) {
      Optional<Money> other = money(operand);
      if (other.isPresent()) {
        return m.isSameCurrency(other.get()) ? Optional.of(m.compareTo(other.get())) : Optional.empty();
      }
      return decimal(operand).map(d -> m.getAmount().compareTo(d));
    }
    if (actual instanceof BigDecimal d) {
      return decimal(operand).map(d::compareTo);
    }
    if (actual instanceof LocalDate date) {
      return date(operand).map(date::compareTo);
    }
    if (actual instanceof ForecastCategory c) {
      return isCategory(operand) ? Optional.of(c == ForecastCategory.parse(operand) ? 0 : 1) : Optional.empty();
    }
    String text = actual.toString();
    // Attributes are text; compare as numbers or dates when both sides read as such.
    Optional<BigDecimal> operandNumber = decimal(operand);
    if (operandNumber.isPresent()) {
      Optional<BigDecimal> number = decimal(text);
      if (number.isPresent()) {
        return Optional.of(number.get().compareTo(operandNumber.get()));
      }
    }
    Optional<LocalDate> operandDate = date(operand);
    if (operandDate.isPresent()) {
      Optional<LocalDate> d = date(text);
      if (d.isPresent()) {
        return Optional.of(d.get().compareTo(operandDate.get()));
      }
    }
    // Plain text has no order: only equality applies.
    return ordering ? Optional.empty() : Optional.of(text.equals(operand) ? 0 : 1);
  }

  private static String textOf(Object value) {
    return value instanceof ForecastCategory c ? c.name() : value.toString();
  }

  private static boolean isCategory(String s) {
    try {
      ForecastCategory.parse(s);
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }

  private static Optional<BigDecimal> decimal(String s) {
    String t = s.strip();
    if (t.length() > 100 || t.indexOf('e') >= 0 || t.indexOf('E') >= 0) {
      return Optional.empty(); // no exponent, and bounded before it is parsed
    }
    try {
      return Optional.of(new BigDecimal(t));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Money> money(String s) {
    try {
      return Optional.of(Money.parse(s.strip()));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> date(String s) {
    try {
      return Optional.of(LocalDate.parse(s.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The criterion as text: its label if it has one, else generated.
   *
   * @return for example {@code "amount > 0"}, {@code "expectedCloseDate is set"} or
   *     {@code "segment in [SMB, Mid-Market]"}
   */
  public String describe() {
    if (label().isPresent()) {
      return label().get();
    }
    switch (operator()) {
      case PRESENT:
        return field() + " is set";
      case ONE_OF:
        return field() + " in " + values();
      default:
        return field() + " " + operator().symbol() + " " + value().orElse("");
    }
  }

  /**
   * The criterion's text.
   *
   * @return {@link #describe()}
   */
  @Override
  public String toString() {
    return describe();
  }
}
