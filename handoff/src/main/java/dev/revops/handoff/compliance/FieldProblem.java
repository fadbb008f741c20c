package dev.revops.handoff.compliance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A payload field missing or invalid in a handoff. */
@Value.Immutable
@JsonSerialize(as = ImmutableFieldProblem.class)
@JsonDeserialize(as = ImmutableFieldProblem.class)
public abstract class FieldProblem {

  /** Only the generated implementation extends this class, so every instance is validated. */
  FieldProblem() {}

  /**
   * The field.
   *
   * @return its name
   */
  public abstract String field();

  /**
   * The value, when there is one.
   *
   * @return the value as text
   */
  public abstract Optional<String> value();

  /**
   * What is wrong.
   *
   * @return for example {@code "is required"}
   */
  public abstract String reason();

  static FieldProblem of(String field, Optional<String> value, String reason) {
    return new Builder().field(field).value(value).reason(reason).build();
  }

  /** Builds problems (evaluations do). */
  static final class Builder extends ImmutableFieldProblem.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return field() + value().map(v -> " '" + v + "'").orElse("") + " " + reason();
  }
}
