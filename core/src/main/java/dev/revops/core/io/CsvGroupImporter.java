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
 * every importer here. Rows are grouped by a key column, and each group is turned into one record.
 *
 * <pre>{@code
 * CsvGroupImporter<Line, Contract> contracts = CsvGroupImporter.of("contracts", "contract",
 *     List.of("contract_id", "line_id"), "contract_id", row -> readLine(row), (id, lines) -> assemble(id, lines));
 * ImportReport report = contracts.read(() -> Files.newBufferedReader(path), accepted::add, rejected::add);
 * }</pre>
 *
 * <p>The rows of a record must be together. A record whose rows are in several places is rejected
 * whole, every row of it, naming its row ranges ("rows 2-3 and 9"). To know that before accepting
 * any record, the input is read twice ({@link #read(TextInput, Consumer, Consumer)}): first the key
 * column alone, then everything; memory holds each key's first row exactly (see
 * {@link IdFingerprints}) and one group's rows. A row without a key, and a malformed record, is
 * rejected alone and does not separate a group.
 *
 * <p>A group is rejected whole, each of its rows with a reason: a row with a problem of its own;
 * the other rows of that group; every row when the group cannot be assembled (the violations on
 * its first row, in the file's columns when they name one, matched ignoring case and underscores);
 * every row of a record whose rows are not together or which has more than
 * {@link ImportOptions#maxRowsPerRecord()} rows. The reasons read like "belongs to the same
 * contract as row 7, which was rejected". Rows read = rows accepted + rows rejected; records
 * accepted counts groups. Immutable and thread-safe when the readers are.
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
    final List<Long> rows = new ArrayList<>();
    final List<String> rawKeys = new ArrayList<>();
    final List<R> values = new ArrayList<>();
    final List<List<Problem>> problems = new ArrayList<>();
    String[] firstCells;
    boolean tainted;

    Group(String key) {
      this.key = key;
    }
  }

  /**
   * Reads a one-shot reader: it is held in memory (up to {@link ImportOptions#maxBufferedChars()})
   * to be read twice. Give larger inputs as a {@link TextInput}.
   *
   * @throws ImportFormatException also when the input is longer than that
   */
  @Override
  public ImportReport read(Reader input, Consumer<? super T> accepted, Consumer<? super Rejection> rejected)
      throws IOException {
    Objects.requireNonNull(input, "input");
    return read(RecordRuns.buffered(input, options), accepted, rejected);
  }

  /**
   * Reads the input twice, streaming both times: first where each record's rows are, then the
   * records.
   *
   * @throws IOException also when the input changed between the two readings
   */
  @Override
  public ImportReport read(TextInput input, Consumer<? super T> accepted, Consumer<? super Rejection> rejected)
      throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(accepted, "accepted");
    Objects.requireNonNull(rejected, "rejected");
    RecordRuns runs;
    try (Reader in = input.open()) {
      runs = RecordRuns.find(in, ",", options, this::keyIndex);
    }
    try (Reader in = input.open()) {
      return read(in, runs, accepted, rejected);
    }
  }

  /** The key column's index, after checking the header has every required column. */
  private int keyIndex(Header header) {
    List<String> missing = new ArrayList<>();
    for (String c : requiredColumns) {
      if (header.indexOf(c) < 0) {
        missing.add(c);
      }
    }
    if (header.indexOf(keyColumn) < 0 && !missing.contains(keyColumn)) {
      missing.add(keyColumn);
    }
    if (!missing.isEmpty()) {
      throw new ImportFormatException("header", String.join(",", header.names),
          "must have the columns " + String.join(", ", missing));
    }
    return header.indexOf(keyColumn);
  }

  private ImportReport read(Reader input, RecordRuns runs, Consumer<? super T> accepted,
      Consumer<? super Rejection> rejected) throws IOException {
    ReportAccumulator acc = new ReportAccumulator(options, rejected);
    CsvInput csv = new CsvInput(input, ",", options, acc);
    int keyIndex = keyIndex(csv.header);
    Group group = null;
    String tooLong = null;
    String run = null;
    while (csv.next()) {
      String key = csv.text(keyIndex);
      if (key == null) {
        // no record to belong to: rejected alone
        CsvRow row = new CsvRow(csv);
        if (!csv.fitsHeader()) {
          row.add(csv.widthProblem());
        }
        row.problem(keyColumn, "is required");
        acc.reject(Rejection.of(csv.row(), Optional.empty(), row.problems()));
        continue;
      }
      if (!key.equals(run)) {
        runs.begin(key, csv.row());
        run = key;
      }
      if (key.equals(tooLong)) {
        rejectTooLong(List.of(csv.row()), List.of(csv.raw(keyIndex)), key, csv.header.names[keyIndex], acc);
        continue;
      }
      tooLong = null;
      if (group == null || !group.key.equals(key)) {
        flush(group, runs, csv.header, accepted, acc);
        group = new Group(key);
      }
      add(group, csv);
      if (group.rows.size() > options.maxRowsPerRecord()) {
        // a record is held whole to be checked: past the limit its rows are rejected as they come
        rejectTooLong(group.rows, group.rawKeys, key, csv.header.names[keyIndex], acc);
        tooLong = key;
        group = null;
      }
    }
    flush(group, runs, csv.header, accepted, acc);
    runs.end();
    return ImportLog.finished(acc.report().format(InputFormat.CSV).records(records).source(options.source()).build());
  }

  /** Reads the current row into the group: its value, or its problems. */
  private void add(Group group, CsvInput csv) {
    CsvRow row = new CsvRow(csv);
    row.recordId(group.key);
    group.rows.add(csv.row());
    group.rawKeys.add(row.raw(keyColumn));
    if (group.firstCells == null) {
      group.firstCells = new String[csv.header.size()];
      for (int i = 0; i < group.firstCells.length; i++) {
        group.firstCells[i] = csv.raw(i);
      }
    }
    R value = null;
    if (!csv.fitsHeader()) {
      row.add(csv.widthProblem());
    } else {
      try {
        value = rowReader.read(row);
      } catch (InvalidValueException e) {
        row.addAll(e);
      }
      if (value == null && !row.hasProblems()) {
        row.add(Problem.of(Optional.empty(), Optional.empty(), "could not be read as a row of one of the " + records));
      }
    }
    group.values.add(row.hasProblems() ? null : value);
    group.problems.add(row.hasProblems() ? row.problems() : null);
    group.tainted |= row.hasProblems();
  }

  private void rejectTooLong(List<Long> rows, List<String> rawKeys, String key, String column,
      ReportAccumulator acc) {
    for (int i = 0; i < rows.size(); i++) {
      acc.reject(Rejection.of(rows.get(i), Optional.of(key), List.of(new Problem.Builder().column(column)
          .value(Optional.ofNullable(rawKeys.get(i)))
          .reason("belongs to a " + thing + " with more rows than ImportOptions.maxRowsPerRecord allows")
          .detail("more than " + options.maxRowsPerRecord()).build())));
    }
  }

  private void flush(Group g, RecordRuns runs, Header header, Consumer<? super T> accepted,
      ReportAccumulator acc) {
    if (g == null) {
      return;
    }
    Optional<String> id = Optional.of(g.key);
    String column = header.names[header.indexOf(keyColumn)];
    long start = g.rows.get(0);
    long end = g.rows.get(g.rows.size() - 1);
    RecordRuns.Verdict verdict = runs.judge(g.key, start, end);
    if (verdict != RecordRuns.Verdict.WHOLE) {
      String ranges = verdict == RecordRuns.Verdict.SPLIT ? runs.ranges(g.key, start, end) : null;
      for (int i = 0; i < g.rows.size(); i++) {
        Problem p = ranges == null ? RecordRuns.unchecked(column, Optional.ofNullable(g.rawKeys.get(i)))
            : new Problem.Builder().column(column).value(Optional.ofNullable(g.rawKeys.get(i)))
                .reason("belongs to a " + thing + " whose rows are not together, so the whole " + thing
                    + " is rejected (group the file by " + column + ")")
                .detail(ranges).build();
        acc.reject(Rejection.of(g.rows.get(i), id, List.of(p)));
      }
      return;
    }
    if (g.tainted) {
      int bad = 0;
      while (g.problems.get(bad) == null) {
        bad++;
      }
      long first = g.rows.get(bad);
      for (int i = 0; i < g.rows.size(); i++) {
        List<Problem> own = g.problems.get(i);
        acc.reject(Rejection.of(g.rows.get(i), id, own != null ? own : List.of(Problem.of(Optional.empty(),
            Optional.empty(), "belongs to the same " + thing + " as row " + first + ", which was rejected"))));
      }
      return;
    }
    T record;
    try {
      record = groupReader.read(g.key, g.values);
    } catch (InvalidValueException e) {
      List<Problem> problems = new ArrayList<>();
      for (InvalidValueException.Violation v : e.violations()) {
        int i = header.indexOfField(v.field());
        problems.add(Problem.ofViolation(v, Optional.ofNullable(i >= 0 ? header.names[i] : null),
            Optional.ofNullable(i >= 0 ? g.firstCells[i] : null)));
      }
      acc.reject(Rejection.of(start, id, problems));
      for (long r : g.rows.subList(1, g.rows.size())) {
        acc.reject(Rejection.of(r, id, List.of(Problem.of(Optional.empty(), Optional.empty(),
            "belongs to the same " + thing + " as row " + start + ", which could not be assembled"))));
      }
      return;
    }
    acc.acceptRecord(g.rows.size());
    accepted.accept(record);
  }
}
