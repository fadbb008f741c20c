package dev.revops.core.io;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
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
   * The value: as found in the input when it could not be read, or as the model read it when it
   * broke a rule of the model (an amount then shows with its currency, {@code USD -5.00}).
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
