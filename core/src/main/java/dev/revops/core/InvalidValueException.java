package dev.revops.core;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A value broke a rule of the model: the base of every domain-rule exception in revops-model.
 *
 * <p>It carries one or more {@link Violation}s, each naming the field, the offending value and the
 * rule, so that callers (and the importers) can report them without parsing the message. The
 * message lists every violation, for example:
 * <pre>
 * deal D-17: closedDate '2026-01-03' must not be before createdDate 2026-02-01;
 *            amount 'USD -5.00' must not be negative
 * </pre>
 *
 * <p>It is an {@link IllegalArgumentException}, like Joda-Money's exceptions, because the caller
 * passed a value that cannot exist in the model.
 */
public class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** What was being built or checked, for example {@code "deal D-17"}; may be empty. */
  private final String subject;
  /** Every broken rule, in the order found. */
  private final List<Violation> violations;

  /**
   * One broken rule: the field, the offending value, the rule, and particulars.
   *
   * <p>The rule is a stable phrase (reports group by it); particulars that vary from value to value
   * go into the detail. Immutable.
   */
  public static final class Violation implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The field's name in the model. */
    private final String field;
    /** The offending value as text. */
    private final String value;
    /** The rule, a stable phrase. */
    private final String rule;
    /** Particulars, or empty. */
    private final String detail;

    /**
     * A violation with particulars.
     *
     * @param field the field's name in the model, for example {@code "closedDate"}
     * @param value the offending value as text; {@code "(absent)"} when it was missing
     * @param rule the rule, phrased to follow the field and value, for example
     *     {@code "must not be before createdDate"}
     * @param detail particulars, for example {@code "createdDate is 2026-02-01"}; empty for none
     */
    public Violation(String field, String value, String rule, String detail) {
      this.field = Objects.requireNonNull(field, "field");
      this.value = Objects.requireNonNull(value, "value");
      this.rule = Objects.requireNonNull(rule, "rule");
      this.detail = Objects.requireNonNull(detail, "detail");
    }

    /**
     * A violation without particulars.
     *
     * @param field the field's name
     * @param value the offending value as text
     * @param rule the rule that was broken
     */
    public Violation(String field, String value, String rule) {
      this(field, value, rule, "");
    }

    /**
     * The field's name in the model.
     *
     * @return for example {@code "closedDate"}
     */
    public String field() {
      return field;
    }

    /**
     * The offending value as text.
     *
     * @return the value; {@code "(absent)"} when it was missing
     */
    public String value() {
      return value;
    }

    /**
     * The rule, a stable phrase without values in it.
     *
     * @return for example {@code "must not be negative"}
     */
    public String rule() {
      return rule;
    }

    /**
     * Particulars.
     *
     * @return for example {@code "createdDate is 2026-02-01"}; empty for none
     */
    public String detail() {
      return detail;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Violation v && v.field.equals(field) && v.value.equals(value) && v.rule.equals(rule)
          && v.detail.equals(detail);
    }

    @Override
    public int hashCode() {
      return Objects.hash(field, value, rule, detail);
    }

    /**
     * The violation as one sentence fragment: {@code field 'value' rule (detail)}.
     *
     * @return for example {@code closedDate '2026-01-03' must not be before createdDate (createdDate is
     *     2026-02-01)}
     */
    @Override
    public String toString() {
      return field + " '" + value + "' " + rule + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
  }

  /**
   * One violation about an unnamed subject.
   *
   * @param field the field's name
   * @param value the offending value (its {@code toString}); null is shown as {@code (absent)}
   * @param rule the rule that was broken
   */
  public InvalidValueException(String field, Object value, String rule) {
    this("", List.of(new Violation(field, text(value), rule)));
  }

  /**
   * One violation with particulars about an unnamed subject.
   *
   * @param field the field's name
   * @param value the offending value (its {@code toString}); null is shown as {@code (absent)}
   * @param rule the rule that was broken, a stable phrase
   * @param detail particulars, for example the other value the rule compares with
   */
  public InvalidValueException(String field, Object value, String rule, String detail) {
    this("", List.of(new Violation(field, text(value), rule, detail)));
  }

  /**
   * Several violations about one subject.
   *
   * @param subject what was being built, for example {@code "deal D-17"}; empty for none
   * @param violations at least one violation
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public InvalidValueException(String subject, List<Violation> violations) {
    super(message(subject, violations));
    this.subject = subject;
    this.violations = List.copyOf(violations);
  }

  /**
   * What was being built or checked when the rules were broken.
   *
   * @return for example {@code "deal D-17"}; empty when not known
   */
  public String subject() {
    return subject;
  }

  /**
   * Every broken rule, in the order they were found.
   *
   * @return at least one violation
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * The value as it is shown in a violation.
   *
   * @param value any value, or null
   * @return {@code (absent)} for null, otherwise {@code value.toString()}
   */
  public static String text(Object value) {
    return value == null ? "(absent)" : value.toString();
  }

  private static String message(String subject, List<Violation> violations) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(violations, "violations");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an InvalidValueException needs at least one violation");
    }
    String list = violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    return subject.isEmpty() ? list : subject + ": " + list;
  }
}
