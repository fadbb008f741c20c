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
   * Whether a row repeating an earlier row's record id is rejected. Ids are remembered exactly
   * (see {@link IdFingerprints}): a short id costs 16 bytes at most, a long one its bytes besides.
   *
   * @return true by default
   */
  @Value.Default
  public boolean rejectDuplicateIds() {
    return true;
  }

  /**
   * The longest a record may be: a CSV row (all its fields, quoted or not, and the line breaks
   * inside its quotes), a JSON Lines line, a top-level element of a JSON array. A longer one is
   * rejected without being held in memory.
   *
   * @return 1,000,000 characters by default
   */
  @Value.Default
  public int maxRecordChars() {
    return 1_000_000;
  }

  /**
   * The most lines a CSV row may span through line breaks inside quoted fields. A quoted field
   * still open past this many lines is taken as unclosed: the row is rejected and reading resumes
   * on the line after the one it started on.
   *
   * @return 1,000 lines by default
   */
  @Value.Default
  public int maxRecordLines() {
    return 1_000;
  }

  /**
   * The deepest a JSON record may nest objects and arrays; a deeper one is rejected alone.
   *
   * @return 100 by default
   */
  @Value.Default
  public int maxJsonDepth() {
    return 100;
  }

  /**
   * The most distinct ids the repeated-id check (and the grouping of {@link HistoryCsvImporter}
   * and {@link CsvGroupImporter}) holds. A row with a new id past it is rejected, saying so.
   *
   * @return 12,000,000 by default (a 192 MB table)
   */
  @Value.Default
  public long maxDistinctIds() {
    return 12_000_000;
  }

  /**
   * The most bytes the repeated-id check holds for ids too long to pack into their 64-bit key
   * (more than 10 characters, or others than {@code 0-9 A-Z a-z - _}; digits pack up to 18). A
   * row with a new such id past it is rejected, saying so.
   *
   * @return 64 MiB by default (3.3 million Salesforce 18-character ids)
   */
  @Value.Default
  public long maxIdTextBytes() {
    return 64L << 20;
  }

  /**
   * The most rows one record may span ({@link HistoryCsvImporter}: a deal's stage changes;
   * {@link CsvGroupImporter}: a contract's lines), since a record is held whole to be checked.
   * Every row of a longer record is rejected.
   *
   * @return 100,000 by default
   */
  @Value.Default
  public int maxRowsPerRecord() {
    return 100_000;
  }

  /**
   * The most groups (column and reason) the report lists. Past it, a new column's problems are
   * counted in their reason's group for other columns, so a million distinct unknown columns or
   * JSON properties take one group.
   *
   * @return 100 by default
   */
  @Value.Default
  public int maxRejectionGroups() {
    return 100;
  }

  /**
   * How much of a one-shot {@link java.io.Reader} an importer that reads its input twice
   * ({@link HistoryCsvImporter}, {@link CsvGroupImporter}) holds in memory; a larger input must be
   * given as a {@link TextInput}.
   *
   * @return 8,000,000 characters by default
   */
  @Value.Default
  public int maxBufferedChars() {
    return 8_000_000;
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

  /** A new repeated-id check within these limits. */
  IdFingerprints idCheck() {
    return new IdFingerprints(maxDistinctIds(), maxIdTextBytes());
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("import options");
    v.check(maxExamplesPerReason() >= 0, "maxExamplesPerReason", maxExamplesPerReason(), "must not be negative");
    v.check(maxRecordChars() >= 1, "maxRecordChars", maxRecordChars(), "must be positive");
    v.check(maxRecordLines() >= 1, "maxRecordLines", maxRecordLines(), "must be positive");
    v.check(maxJsonDepth() >= 1, "maxJsonDepth", maxJsonDepth(), "must be positive");
    v.check(maxDistinctIds() >= 0, "maxDistinctIds", maxDistinctIds(), "must not be negative");
    v.check(maxIdTextBytes() >= 0, "maxIdTextBytes", maxIdTextBytes(), "must not be negative");
    v.check(maxRowsPerRecord() >= 1, "maxRowsPerRecord", maxRowsPerRecord(), "must be positive");
    v.check(maxRejectionGroups() >= 1, "maxRejectionGroups", maxRejectionGroups(), "must be positive");
    v.check(maxBufferedChars() >= 0, "maxBufferedChars", maxBufferedChars(), "must not be negative");
    v.text("source", source());
    v.throwIfInvalid();
  }
}
