package dev.revops.core.io;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One rejected input row and every problem found in it.
 *
 * <p>The {@linkplain #row() row} is the line number in the input where the row starts, counting
 * the header as line 1 (as an editor shows it).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRejection.class)
@JsonDeserialize(as = ImmutableRejection.class)
public abstract class Rejection {
  /** Only the generated implementation extends this class, so every instance is validated. */
  Rejection() {}

  /**
   * The line the row starts on, 1-based.
   *
   * @return the line number
   */
  public abstract long row();

  /**
   * The record's id (the deal id), when the row had a readable one.
   *
   * @return the id
   */
  public abstract Optional<String> recordId();

  /**
   * Every problem found in the row.
   *
   * @return at least one problem
   */
  public abstract List<Problem> problems();

  static Rejection of(long row, Optional<String> recordId, List<Problem> problems) {
    return new Builder().row(row).recordId(recordId).addAllProblems(problems).build();
  }

  /** Builds rejections (importers do). */
  static final class Builder extends ImmutableRejection.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("rejection");
    v.check(row() >= 1, "row", row(), "must be at least 1");
    v.check(!problems().isEmpty(), "problems", "[]", "must list at least one problem");
    v.throwIfInvalid();
  }

  /**
   * The rejection as one line.
   *
   * @return for example {@code row 17 (D00000015): amount '12,5O0' is not a plain decimal number}
   */
  @Override
  public String toString() {
    return "row " + row() + recordId().map(id -> " (" + id + ")").orElse("") + ": "
        + problems().stream().map(Problem::toString).collect(Collectors.joining("; "));
  }
}
