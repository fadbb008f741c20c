package dev.revops.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Collects every broken rule of one value before throwing, so that an error lists all problems at
 * once instead of the first.
 *
 * <p>Used by the {@code @Value.Check} methods of the model's value types, and available to callers
 * who define their own values in the same manner:
 * <pre>{@code
 * Validation v = Validation.of("deal " + id);
 * v.text("name", name);
 * v.check(amount.signum() >= 0, "amount", amount, "must not be negative");
 * v.throwIfInvalid();   // InvalidValueException listing every violation
 * }</pre>
 *
 * <p>Not thread-safe; create one per check.
 */
public final class Validation {
  private final String subject;
  /** Made at the first violation: most values checked have none. */
  private List<InvalidValueException.Violation> violations;

  private Validation(String subject) {
    this.subject = Objects.requireNonNull(subject, "subject");
  }

  /**
   * Starts collecting violations about one subject.
   *
   * @param subject what is being checked, for example {@code "deal D-17"}; empty for none
   * @return an empty collector
   */
  public static Validation of(String subject) {
    return new Validation(subject);
  }

  /**
   * Records a violation when {@code condition} is false.
   *
   * @param condition the rule holds
   * @param field the field's name
   * @param value the value that was checked (shown with {@code toString})
   * @param rule the rule, phrased to follow the value, e.g. {@code "must not be negative"}
   * @return this collector
   */
  public Validation check(boolean condition, String field, Object value, String rule) {
    return check(condition, field, value, rule, "");
  }

  /**
   * Records a violation with particulars when {@code condition} is false.
   *
   * @param condition the rule holds
   * @param field the field's name
   * @param value the value that was checked (shown with {@code toString})
   * @param rule the rule, a stable phrase without values in it
   * @param detail particulars, for example the other value the rule compares with
   * @return this collector
   */
  public Validation check(boolean condition, String field, Object value, String rule, String detail) {
    if (!condition) {
      if (violations == null) {
        violations = new ArrayList<>(2);
      }
      violations.add(new InvalidValueException.Violation(field, InvalidValueException.text(value), rule, detail));
    }
    return this;
  }

  /**
   * Checks a required text: not blank and without leading or trailing whitespace.
   *
   * @param field the field's name
   * @param value the text
   * @return this collector
   */
  public Validation text(String field, String value) {
    check(!value.isBlank(), field, value, "must not be blank");
    if (!value.isBlank()) {
      check(value.strip().equals(value), field, value,
          "must not have leading or trailing whitespace");
    }
    return this;
  }

  /**
   * Checks an optional text: when present, as {@link #text(String, String)}.
   *
   * @param field the field's name
   * @param value the optional text
   * @return this collector
   */
  public Validation text(String field, Optional<String> value) {
    value.ifPresent(v -> {
      check(!v.isBlank(), field, v, "must not be blank (leave it absent instead)");
      if (!v.isBlank()) {
        check(v.strip().equals(v), field, v, "must not have leading or trailing whitespace");
      }
    });
    return this;
  }

  /**
   * Whether any rule was broken so far.
   *
   * @return true when at least one violation was recorded
   */
  public boolean hasViolations() {
    return violations != null;
  }

  /**
   * Throws when any rule was broken.
   *
   * @throws InvalidValueException naming the subject and listing every violation
   */
  public void throwIfInvalid() {
    if (violations != null) {
      throw new InvalidValueException(subject, violations);
    }
  }
}
