package dev.revops.core.io;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Options common to the importers.
 *
 * <pre>{@code
 * ImportOptions options = ImportOptions.builder().source("deals.csv").maxExamplesPerReason(3).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableImportOptions.class)
@JsonDeserialize(as = ImmutableImportOptions.class)
public abstract class ImportOptions {
  /** Only the generated implementation extends this class, so every instance is validated. */
  ImportOptions() {}

  /**
   * A name for the input, shown in the report (a file name, say).
   *
   * @return the source's name
   */
  public abstract Optional<String> source();

  /**
   * How many example rows the report keeps per reason. Every rejected row still goes to the
   * rejection consumer; this only bounds the report's memory.
   *
   * @return 5 by default
   */
  @Value.Default
  public int maxExamplesPerReason() {
    return 5;
  }

  /**
   * Whether a row repeating an earlier row's deal id is rejected. Ids are remembered as 64-bit
   * fingerprints (16 bytes per distinct id), so the check stays small at millions of rows; the
   * chance of two different ids sharing a fingerprint is below 10^-7 for ten million ids.
   *
   * @return true by default
   */
  @Value.Default
  public boolean rejectDuplicateIds() {
    return true;
  }

  /**
   * The longest a quoted CSV field may run before it is taken as unclosed.
   *
   * @return 1,000,000 characters by default
   */
  @Value.Default
  public int maxRecordChars() {
    return 1_000_000;
  }

  /**
   * The defaults.
   *
   * @return default options
   */
  public static ImportOptions defaults() {
    return builder().build();
  }

  /**
   * A new builder.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds options. */
  public static final class Builder extends ImmutableImportOptions.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("import options");
    v.check(maxExamplesPerReason() >= 0, "maxExamplesPerReason", maxExamplesPerReason(), "must not be negative");
    v.check(maxRecordChars() >= 1, "maxRecordChars", maxRecordChars(), "must be positive");
    v.text("source", source());
    v.throwIfInvalid();
  }
}
