package dev.revops.core.io;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rejected rows that share one problem (the same column and reason): how many, and the first
 * few as examples.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRejectionGroup.class)
@JsonDeserialize(as = ImmutableRejectionGroup.class)
public abstract class RejectionGroup {
  /** Only the generated implementation extends this class, so every instance is validated. */
  RejectionGroup() {}

  /**
   * The column of the problem.
   *
   * @return the column, or empty for whole-row problems
   */
  public abstract Optional<String> column();

  /**
   * Whether this group counts its reason's problems in every column the report had no room to list
   * on its own (see {@link ImportOptions#maxRejectionGroups()}); its column is then empty.
   *
   * @return false for a group of one column
   */
  @Value.Default
  public boolean otherColumns() {
    return false;
  }

  /**
   * The reason.
   *
   * @return the stable reason phrase
   */
  public abstract String reason();

  /**
   * How many rows have this problem.
   *
   * @return at least 1
   */
  public abstract long rows();

  /**
   * The first rows with this problem, in input order.
   *
   * @return up to the import's {@link ImportOptions#maxExamplesPerReason()} rejections
   */
  public abstract List<Rejection> examples();

  /** Builds groups (importers do; public for JSON and tests). */
  public static final class Builder extends ImmutableRejectionGroup.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("rejection group");
    v.check(rows() >= 1, "rows", rows(), "must be at least 1");
    v.check(examples().size() <= rows(), "examples", examples().size(), "must not exceed rows " + rows());
    v.throwIfInvalid();
  }
}
