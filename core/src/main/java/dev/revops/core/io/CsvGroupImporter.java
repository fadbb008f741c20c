package dev.revops.core.io;

import dev.revops.core.InvalidValueException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads records that span several CSV rows (a contract and its lines, say), with the guarantees of
 * every importer here. Rows are read one by one, grouped by a key column (the rows of a record
 * must be consecutive), and each group is turned into one record. Streaming: only the current
 * group is held.
 *
 * <pre>{@code
 * CsvGroupImporter<Line, Contract> contracts = CsvGroupImporter.of("contracts", "contract",
 *     List.of("contract_id", "line_id"), "contract_id", row -> readLine(row), (id, lines) -> assemble(id, lines));
 * }</pre>
 *
 * <p>A group is rejected whole, each of its rows with a reason: a row with a problem of its own;
 * the other rows of that group; every row when the
 * group cannot be assembled (the violations on its first row); a group whose key appeared before
 * in another group. The reasons read like "belongs to the same contract as row 7, which was
 * rejected". Rows read = rows accepted + rows rejected; records accepted counts groups.
 * Immutable and thread-safe when the readers are.
 *
 * @param <R> what one row is read into
 * @param <T> the record type
 */
public final class CsvGroupImporter<R, T> implements RecordImporter<T> {

  /**
   * Turns the rows of one group into a record.
   *
   * @param <R> what one row is read into
   * @param <T> the record type
   */
  @FunctionalInterface
  public interface GroupReader<R, T> {
    /**
     * Assembles a record.
     *
     * @param key the group's key
     * @param rows its rows, in order
     * @return the record
     * @throws InvalidValueException when the rows do not make a valid record
     */
    T read(String key, List<R> rows);
  }

  private final String records;
  private final String thing;
  private final List<String> requiredColumns;
  private final String keyColumn;
  private final CsvRowImporter.RowReader<R> rowReader;
  private final GroupReader<R, T> groupReader;
  private final ImportOptions options;

  private CsvGroupImporter(String records, String thing, List<String> requiredColumns, String keyColumn,
      CsvRowImporter.RowReader<R> rowReader, GroupReader<R, T> groupReader, ImportOptions options) {
    this.records = Objects.requireNonNull(records, "records");
    this.thing = Objects.requireNonNull(thing, "thing");
    this.requiredColumns = List.copyOf(requiredColumns);
    this.keyColumn = Objects.requireNonNull(keyColumn, "keyColumn");
    this.rowReader = Objects.requireNonNull(rowReader, "rowReader");
    this.groupReader = Objects.requireNonNull(groupReader, "groupReader");
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * An importer of comma-separated rows with the default options.
   *
   * @param <R> what one row is read into
   * @param <T> the record type
   * @param records what the records are, for the report, for example {@code "contracts"}
   * @param thing one record, for messages, for example {@code "contract"}
   * @param requiredColumns columns the header must have (any case), the key column among them
   * @param keyColumn the column whose value groups rows
   * @param rowReader reads one row (returns null after recording problems on it)
   * @param groupReader assembles a group's rows into a record
   * @return the importer
   */
  public static <R, T> CsvGroupImporter<R, T> of(String records, String thing, List<String> requiredColumns,
      String keyColumn, CsvRowImporter.RowReader<R> rowReader, GroupReader<R, T> groupReader) {
    return new CsvGroupImporter<>(records, thing, requiredColumns, keyColumn, rowReader, groupReader,
        ImportOptions.defaults());
  }

  /**
   * This importer with other options.
   *
   * @param options the options
   * @return a new importer
   */
  public CsvGroupImporter<R, T> withOptions(ImportOptions options) {
    return new CsvGroupImporter<>(records, thing, requiredColumns, keyColumn, rowReader, groupReader, options);
  }

  /** The rows of the group being read. */
  private final class Group {
    final String key;
    final List<R> values = new ArrayList<>();
    final List<Long> rows = new ArrayList<>();
    Long taintedBy;
    String repeated;

    Group(String key) {
      this.key = key;
    }
  }

  @Override
  public ImportReport read(Reader input, Consumer<? super T> accepted, Consumer<? super Rejection> rejected)
      throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(accepted, "accepted");
    Objects.requireNonNull(rejected, "rejected");
    ReportAccumulator acc = new ReportAccumulator(options.maxExamplesPerReason(), rejected);
    CsvInput csv = new CsvInput(input, ",", options, acc);
    List<String> missing = new ArrayList<>();
    for (String c : requiredColumns) {
      if (csv.header.indexOf(c) < 0) {
        missing.add(c);
      }
    }
    if (!missing.isEmpty()) {
      throw new ImportFormatException("header", String.join(",", csv.header.names),
          "must have the columns " + String.join(", ", missing));
    }
    IdFingerprints keys = new IdFingerprints();
    Group group = null;
    while (csv.next()) {
      CsvRow row = new CsvRow(csv);
      String key = csv.fitsHeader() ? row.get(keyColumn).orElse("") : "";
      if (group == null || !group.key.equals(key)) {
        flush(group, accepted, acc);
        group = new Group(key);
        long first = key.isEmpty() ? -1 : keys.putIfAbsent(key, csv.row());
        if (first >= 0) {
          group.repeated = key + " (first at row " + first + ")";
        }
      }
      if (!csv.fitsHeader()) {
        acc.reject(Rejection.of(csv.row(), Optional.empty(), List.of(csv.widthProblem())));
        group.taintedBy = group.taintedBy == null ? csv.row() : group.taintedBy;
        continue;
      }
      if (key.isEmpty()) {
        row.problem(keyColumn, "is required");
      }
      R value = null;
      try {
        value = row.hasProblems() ? null : rowReader.read(row);
      } catch (InvalidValueException e) {
        for (InvalidValueException.Violation v : e.violations()) {
          row.add(new Problem.Builder().column(row.has(v.field()) ? row.columnName(v.field()) : v.field())
              .value(v.value()).reason(v.rule()).detail(Optional.of(v.detail()).filter(d -> !d.isEmpty())).build());
        }
      }
      row.recordId(key.isEmpty() ? null : key);
      if (row.hasProblems() || value == null) {
        if (!row.hasProblems()) {
          row.add(Problem.of(Optional.empty(), Optional.empty(), "could not be read as a row of one of the " + records));
        }
        acc.reject(Rejection.of(csv.row(), row.recordId(), row.problems()));
        group.taintedBy = group.taintedBy == null ? csv.row() : group.taintedBy;
        continue;
      }
      group.values.add(value);
      group.rows.add(csv.row());
    }
    flush(group, accepted, acc);
    return acc.report().format(InputFormat.CSV).records(records).source(options.source()).build();
  }

  private void flush(Group g, Consumer<? super T> accepted, ReportAccumulator acc) {
    if (g == null || g.rows.isEmpty()) {
      return;
    }
    Optional<String> id = Optional.of(g.key).filter(k -> !k.isEmpty());
    if (g.repeated != null) {
      for (long r : g.rows) {
        acc.reject(Rejection.of(r, id, List.of(Problem.of(Optional.of(keyColumn), Optional.of(g.repeated),
            "repeats the " + thing + " id of an earlier group (the rows of one " + thing + " must be together)"))));
      }
      return;
    }
    if (g.taintedBy != null) {
      for (long r : g.rows) {
        acc.reject(Rejection.of(r, id, List.of(Problem.of(Optional.empty(), Optional.empty(),
            "belongs to the same " + thing + " as row " + g.taintedBy + ", which was rejected"))));
      }
      return;
    }
    T record;
    try {
      record = groupReader.read(g.key, g.values);
    } catch (InvalidValueException e) {
      List<Problem> problems = new ArrayList<>();
      for (InvalidValueException.Violation v : e.violations()) {
        problems.add(new Problem.Builder().column(v.field()).value(v.value()).reason(v.rule())
            .detail(Optional.of(v.detail()).filter(d -> !d.isEmpty())).build());
      }
      acc.reject(Rejection.of(g.rows.get(0), id, problems));
      for (long r : g.rows.subList(1, g.rows.size())) {
        acc.reject(Rejection.of(r, id, List.of(Problem.of(Optional.empty(), Optional.empty(),
            "belongs to the same " + thing + " as row " + g.rows.get(0) + ", which could not be assembled"))));
      }
      return;
    }
    acc.accepted += g.rows.size();
    acc.records++;
    accepted.accept(record);
  }
}
