package dev.revops.core.io;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.InvalidValueException;
import dev.revops.core.Validation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem with one input row: the column, the raw value and the reason.
 *
 * <p>The {@linkplain #reason() reason} is a stable phrase without the value in it, so that a report
 * can group rows by it; particulars go into the {@linkplain #detail() detail}.
 *
 * <p>JSON: {@code {"column": "amount", "value": "12,500.00", "reason": "is not a plain decimal
 * number"}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProblem.class)
@JsonDeserialize(as = ImmutableProblem.class)
public abstract class Problem {
  /** Only the generated implementation extends this class, so every instance is validated. */
  Problem() {}

  /**
   * The column (CSV header) or JSON property the problem is in.
   *
   * @return the column, or empty for a problem with the whole row
   */
  public abstract Optional<String> column();

  /**
   * The value as the input has it: a CSV cell as read (untrimmed), the JSON text of a property's
   * value ({@code "2026-01-31"} with its quotes, {@code 20000}). A rule of the model that concerns
   * no one column shows the value as the model read it. Values of malformed records are cut after
   * 200 characters.
   *
   * @return the value, or empty when there was none
   */
  public abstract Optional<String> value();

  /**
   * Why the value is rejected, as a stable phrase that follows the column, for example
   * {@code "is not a plain decimal number"}.
   *
   * @return the reason
   */
  public abstract String reason();

  /**
   * Particulars, for example the parser's message.
   *
   * @return the detail, if any
   */
  public abstract Optional<String> detail();

  static Problem of(Optional<String> column, Optional<String> value, String reason) {
    return new Builder().column(column).value(value).reason(reason).build();
  }

  static Problem of(String column, String value, String reason) {
    return of(Optional.ofNullable(column), Optional.ofNullable(value), reason);
  }

  /**
   * The problem a broken model rule stands for: in the input's column with the cell as the input
   * has it when the rule names a column of the input (the value as the model read it then goes to
   * the detail when it differs, {@code read as USD -5.00}), else as the model names it.
   *
   * @param column the input's column, empty when no column holds the field
   * @param raw the cell as the input has it, empty when there is none
   */
  static Problem ofViolation(InvalidValueException.Violation v, Optional<String> column, Optional<String> raw) {
    Optional<String> detail = Optional.of(v.detail()).filter(d -> !d.isEmpty());
    if (raw.isPresent() && !v.value().equals(raw.get()) && !v.value().equals(InvalidValueException.text(null))) {
      detail = Optional.of("read as " + v.value() + detail.map(d -> "; " + d).orElse(""));
    }
    return new Builder().column(column.orElse(v.field())).value(raw.orElse(v.value()))
        .reason(v.rule()).detail(detail).build();
  }

  /** Builds problems (importers do; public for JSON and tests). */
  public static final class Builder extends ImmutableProblem.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("problem");
    v.check(!reason().isBlank(), "reason", reason(), "must not be blank");
    v.throwIfInvalid();
  }

  /**
   * The problem as one line.
   *
   * @return for example {@code amount '12,500.00' is not a plain decimal number}
   */
  @Override
  public String toString() {
    return column().orElse("row") + value().map(v -> " '" + v + "'").orElse("") + " " + reason()
        + detail().map(d -> " (" + d + ")").orElse("");
  }
}
