package dev.revops.core.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.Validation;
import dev.revops.core.definition.DefinitionRef;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * What an import read, accepted and rejected, and why: rows read = rows accepted + rows rejected,
 * always.
 *
 * <p>Rejections are grouped by problem (column and reason), most frequent first, each with its
 * count and first example rows. A row with several problems counts once in
 * {@link #rowsRejected()} and once in each of its problems' groups.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableImportReport.class)
@JsonDeserialize(as = ImmutableImportReport.class)
public abstract class ImportReport {
  /** Only the generated implementation extends this class, so every instance is validated. */
  ImportReport() {}

  /**
   * The input's name, as given in {@link ImportOptions#source()}.
   *
   * @return the source
   */
  public abstract Optional<String> source();

  /**
   * The input's format.
   *
   * @return CSV or JSON Lines
   */
  public abstract InputFormat format();

  /**
   * What the records are.
   *
   * @return {@code "deals"} or {@code "stage histories"}
   */
  public abstract String records();

  /**
   * The pipeline definition the rows were read against.
   *
   * @return its id and version; empty for records that need none
   */
  public abstract Optional<DefinitionRef> definition();

  /**
   * The column mapping's name, for CSV.
   *
   * @return the mapping's name
   */
  public abstract Optional<String> mapping();

  /**
   * Which input column each field was read from.
   *
   * @return field (or {@code attributes.<name>}) to column header
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> columns();

  /**
   * Fields the mapping names but whose columns the input does not have; they are left unset.
   *
   * @return the field names
   */
  public abstract List<String> fieldsWithoutColumn();

  /**
   * Input columns that no field was read from.
   *
   * @return the column headers, in input order
   */
  public abstract List<String> unusedColumns();

  /**
   * Rows read, not counting the header and blank lines.
   *
   * @return the count
   */
  public abstract long rowsRead();

  /**
   * Rows that became accepted records.
   *
   * @return the count
   */
  public abstract long rowsAccepted();

  /**
   * Rows rejected.
   *
   * @return the count
   */
  public abstract long rowsRejected();

  /**
   * Empty lines, skipped and counted here.
   *
   * @return the count
   */
  public abstract long blankLinesSkipped();

  /**
   * Records accepted: deals for a deal import (one per row), histories for a history import (one
   * per deal).
   *
   * @return the count
   */
  public abstract long recordsAccepted();

  /**
   * What the import assumed or added, to be shown on the report's first lines: a default currency
   * applied ("USD assumed for all 8,800 rows: the file has no currency column"), what each reference
   * join matched, how many amounts came from a price list. Left out of JSON when empty.
   *
   * @return the notes, in order
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> notes();

  /**
   * The rejections, grouped by problem, most frequent first.
   *
   * @return the groups
   */
  public abstract List<RejectionGroup> rejections();

  /** Builds reports (importers do). */
  static final class Builder extends ImmutableImportReport.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("import report");
    v.check(rowsRead() == rowsAccepted() + rowsRejected(), "rowsRead", rowsRead(),
        "must equal rowsAccepted " + rowsAccepted() + " + rowsRejected " + rowsRejected());
    v.check(rowsAccepted() >= 0 && rowsRejected() >= 0 && blankLinesSkipped() >= 0 && recordsAccepted() >= 0,
        "counts", rowsAccepted() + "/" + rowsRejected() + "/" + blankLinesSkipped() + "/" + recordsAccepted(),
        "must not be negative");
    v.throwIfInvalid();
  }

  /**
   * Whether every row was accepted.
   *
   * @return true when no row was rejected
   */
  public boolean isClean() {
    return rowsRejected() == 0;
  }
}
