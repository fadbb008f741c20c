package dev.revops.core.io;

import dev.revops.core.InvalidValueException;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads any CSV with a header into records, with the guarantees of every importer here: streaming,
 * every row accounted for (read = accepted + rejected), every problem of a row reported with its
 * column, value and reason. You supply how one row becomes a record.
 *
 * <pre>{@code
 * CsvRowImporter<Target> targets = CsvRowImporter.of("targets", List.of("period", "amount"), row -> {
 *   Optional<String> period = row.require("period");
 *   Optional<BigDecimal> amount = row.decimal("amount");
 *   return row.hasProblems() ? null : new Target(period.get(), amount.get());
 * });
 * ImportResult<Target> all = targets.readAll(reader);
 * }</pre>
 *
 * <p>A row whose reader recorded a problem, or threw an {@link InvalidValueException} (each of its
 * violations becomes a problem), is rejected. Immutable and thread-safe when the row reader is.
 *
 * @param <T> the record type
 */
public final class CsvRowImporter<T> implements RecordImporter<T> {

  /**
   * Turns one row into a record.
   *
   * @param <T> the record type
   */
  @FunctionalInterface
  public interface RowReader<T> {
    /**
     * Reads one row.
     *
     * @param row the row's values; record problems on it
     * @return the record, or null when the row has problems
     * @throws InvalidValueException when building the record breaks a rule (the row is rejected)
     */
    T read(CsvRow row);
  }

  /** A key no two accepted records may share: the column a repeat names, what the key is, the key. */
  private record UniqueKey<T>(String column, String what, Function<? super T, String> key) {}

  private final String records;
  private final List<String> requiredColumns;
  private final RowReader<T> reader;
  private final String delimiter;
  private final ImportOptions options;
  private final UniqueKey<T> unique;
  private final List<String> columns;

  private CsvRowImporter(String records, List<String> requiredColumns, RowReader<T> reader, String delimiter,
      ImportOptions options, UniqueKey<T> unique, List<String> columns) {
    this.records = Objects.requireNonNull(records, "records");
    this.requiredColumns = List.copyOf(requiredColumns);
    this.reader = Objects.requireNonNull(reader, "reader");
    this.delimiter = Objects.requireNonNull(delimiter, "delimiter");
    this.options = Objects.requireNonNull(options, "options");
    this.unique = unique;
    this.columns = List.copyOf(columns);
    if (delimiter.length() != 1 || delimiter.charAt(0) == '"') {
      throw new InvalidValueException("delimiter", delimiter, "must be one character other than a quote");
    }
    for (String c : this.columns) {
      if (c.isBlank()) {
        throw new InvalidValueException("columns", this.columns, "must name every column");
      }
    }
  }

  /**
   * An importer of comma-separated rows with the default options.
   *
   * @param <T> the record type
   * @param records what the records are, for the report, for example {@code "targets"}
   * @param requiredColumns columns the header must have (any case)
   * @param reader turns a row into a record
   * @return the importer
   */
  public static <T> CsvRowImporter<T> of(String records, List<String> requiredColumns, RowReader<T> reader) {
    return new CsvRowImporter<>(records, requiredColumns, reader, ",", ImportOptions.defaults(), null, List.of());
  }

  /**
   * This importer with other options.
   *
   * @param options the options
   * @return a new importer
   */
  public CsvRowImporter<T> withOptions(ImportOptions options) {
    return new CsvRowImporter<>(records, requiredColumns, reader, delimiter, options, unique, columns);
  }

  /**
   * This importer for input without a header row: its columns are the ones named here, in order,
   * and its first line is a row (so row numbers in the report are the file's line numbers).
   *
   * <pre>{@code
   * CsvRowImporter<Lead> mqls = importer.withColumns(List.of("mql_id", "first_contact_date", "landing_page_id", "origin"));
   * }</pre>
   *
   * @param columns the column names, in the order of the fields; empty for input with a header row
   * @return a new importer
   * @throws InvalidValueException if a name is blank
   */
  public CsvRowImporter<T> withColumns(List<String> columns) {
    return new CsvRowImporter<>(records, requiredColumns, reader, delimiter, options, unique, columns);
  }

  /**
   * This importer with a key no two records may share: a row whose record repeats the key of an
   * earlier accepted row is rejected, naming both rows, instead of silently overriding it. Keys are
   * remembered exactly, within {@link ImportOptions#maxDistinctIds()} and
   * {@link ImportOptions#maxIdTextBytes()}.
   *
   * <pre>{@code
   * outcomes.withUniqueKey("deal_id", "deal", DealOutcome::dealId);
   * // row 9 (D7): deal_id 'D7' repeats an earlier row's deal (first at row 4)
   * }</pre>
   *
   * @param column the column a rejection names (its value there is shown)
   * @param what what the key is, for the reason, for example {@code "deal"}
   * @param key a record's key
   * @return a new importer
   */
  public CsvRowImporter<T> withUniqueKey(String column, String what, Function<? super T, String> key) {
    return new CsvRowImporter<>(records, requiredColumns, reader, delimiter, options,
        new UniqueKey<>(Objects.requireNonNull(column, "column"), Objects.requireNonNull(what, "what"),
            Objects.requireNonNull(key, "key")), columns);
  }

  /**
   * This importer with another field delimiter.
   *
   * @param delimiter one character, for example {@code ";"}
   * @return a new importer
   */
  public CsvRowImporter<T> withDelimiter(String delimiter) {
    return new CsvRowImporter<>(records, requiredColumns, reader, delimiter, options, unique, columns);
  }

  @Override
  public ImportReport read(Reader input, Consumer<? super T> accepted, Consumer<? super Rejection> rejected)
      throws IOException {
    Objects.requireNonNull(input, "input");
    return plan(accepted, rejected).serial(input);
  }

  /**
   * Reads UTF-8 CSV held in a buffer on several threads, with the same result as
   * {@link #read(Reader, Consumer, Consumer)} on the same bytes decoded as UTF-8: the same records
   * accepted, in the same order, the same rejections with the same row numbers, the same report.
   *
   * <p>A cheap serial pass finds the line breaks outside quotes (by quote parity) and cuts the
   * bytes there into ranges of about 256 KiB; each range is parsed by a task given to
   * {@code executor}, at most {@code parallelism} ahead of the one being delivered. Records and
   * rejections are delivered on the calling thread, in file order. A quote parity can be wrong
   * where a record is malformed (a stray quote): a range whose end then cuts a quoted field is
   * detected, and the input from that range on is read serially, so the result stays the serial
   * one; only the speed is lost. No thread is created here: the caller's executor runs the tasks
   * (with a direct executor, everything runs on the calling thread). The row reader is called
   * from the executor's threads and must be thread-safe. Memory: about {@code 2 * parallelism}
   * ranges' records at a time, besides the buffer (which can be a mapped file).
   *
   * <pre>{@code
   * try (FileChannel ch = FileChannel.open(path)) {
   *   ByteBuffer bytes = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
   *   ImportReport report = importer.read(bytes, pool, 2, targets::add, rejections::add);
   * }
   * }</pre>
   *
   * @param utf8 the input, from its position to its limit (neither is changed)
   * @param executor runs the range tasks
   * @param parallelism how many ranges may be parsed ahead, at least 1
   * @param accepted receives each accepted record, in file order
   * @param rejected receives each rejected row, in file order
   * @return the report, equal to the serial read's
   * @throws IOException when the bytes are not UTF-8 ({@link java.nio.charset.MalformedInputException},
   *     as {@code Files.newBufferedReader} reports it)
   * @throws ImportFormatException when the header is missing, malformed or lacks a required column
   */
  public ImportReport read(ByteBuffer utf8, Executor executor, int parallelism, Consumer<? super T> accepted,
      Consumer<? super Rejection> rejected) throws IOException {
    return new CsvRangeRead<>(plan(accepted, rejected), utf8, CsvRangeRead.RANGE_BYTES).read(executor, parallelism);
  }

  /** One read of this importer, serial or by ranges, with its consumers. */
  CsvRangeRead.Plan<Judged<T>> plan(Consumer<? super T> accepted, Consumer<? super Rejection> rejected) {
    Objects.requireNonNull(accepted, "accepted");
    Objects.requireNonNull(rejected, "rejected");
    return new CsvRangeRead.Plan<>() {
      @Override
      public String delimiter() {
        return delimiter;
      }

      @Override
      public ImportOptions options() {
        return options;
      }

      @Override
      public List<String> columns() {
        return columns;
      }

      @Override
      public ImportReport serial(Reader in) throws IOException {
        ReportAccumulator acc = new ReportAccumulator(options, rejected);
        CsvInput csv = new CsvInput(in, delimiter, options, acc, columns);
        CsvRangeRead.Rows<Judged<T>> rows = rows(csv.header, acc);
        while (csv.next()) {
          rows.take(rows.judge(csv));
        }
        return rows.finish();
      }

      @Override
      public CsvRangeRead.Rows<Judged<T>> rows(Header header) {
        return rows(header, new ReportAccumulator(options, rejected));
      }

      private CsvRangeRead.Rows<Judged<T>> rows(Header header, ReportAccumulator acc) {
        checkColumns(header);
        IdFingerprints keys = idCheck();
        return new CsvRangeRead.Rows<>() {
          @Override
          public ReportAccumulator acc() {
            return acc;
          }

          @Override
          public Judged<T> judge(CsvInput csv) {
            return CsvRowImporter.this.judge(csv);
          }

          @Override
          public void take(Judged<T> judged) {
            CsvRowImporter.this.take(judged, keys, acc, accepted);
          }

          @Override
          public ImportReport finish() {
            return CsvRowImporter.this.finish(acc);
          }
        };
      }
    };
  }

  /** What one row came to: the record and what a repeated key's rejection names, or the rejection. */
  record Judged<T>(T record, Rejection rejection, long line, Optional<String> recordId, String keyColumn,
      String keyRaw) {}

  IdFingerprints idCheck() {
    return unique == null ? null : options.idCheck();
  }

  ImportReport finish(ReportAccumulator acc) {
    return ImportLog.finished(acc.report().format(InputFormat.CSV).records(records).source(options.source()).build());
  }

  void checkColumns(Header header) {
    List<String> missing = new ArrayList<>();
    for (String c : requiredColumns) {
      if (header.indexOf(c) < 0) {
        missing.add(c);
      }
    }
    if (!missing.isEmpty()) {
      throw new ImportFormatException("header", String.join(",", header.names),
          "must have the columns " + String.join(", ", missing));
    }
  }

  /** Judges the current row of {@code csv} (on any thread: nothing shared is touched). */
  Judged<T> judge(CsvInput csv) {
    if (!csv.fitsHeader()) {
      return new Judged<>(null, Rejection.of(csv.row(), Optional.empty(), List.of(csv.widthProblem())), 0,
          Optional.empty(), null, null);
    }
    CsvRow row = new CsvRow(csv);
    T record = null;
    try {
      record = reader.read(row);
    } catch (InvalidValueException e) {
      row.addAll(e);
    }
    if (row.hasProblems() || record == null) {
      if (!row.hasProblems()) {
        row.add(Problem.of(Optional.empty(), Optional.empty(), "could not be read as one of the " + records));
      }
      return new Judged<>(null, Rejection.of(csv.row(), row.recordId(), row.problems()), 0, Optional.empty(),
          null, null);
    }
    return unique == null ? new Judged<>(record, null, csv.row(), row.recordId(), null, null)
        : new Judged<>(record, null, csv.row(), row.recordId(), row.columnName(unique.column()),
            row.raw(unique.column()));
  }

  /** Counts and passes on a judged row, in file order; a repeated key rejects it here. */
  void take(Judged<T> row, IdFingerprints keys, ReportAccumulator acc, Consumer<? super T> accepted) {
    if (row.rejection() != null) {
      acc.reject(row.rejection());
    } else if (!repeated(keys, row, acc)) {
      acc.acceptRow();
      accepted.accept(row.record());
    }
  }

  /** Rejects the row when its record's key repeats an earlier accepted row's (or the check is full). */
  private boolean repeated(IdFingerprints keys, Judged<T> row, ReportAccumulator acc) {
    if (keys == null) {
      return false;
    }
    String key = Objects.requireNonNull(unique.key().apply(row.record()), "key");
    long first = keys.putIfAbsent(key, row.line());
    if (first == -1) {
      return false;
    }
    Optional<String> raw = Optional.ofNullable(row.keyRaw());
    Problem p = first == IdFingerprints.FULL
        ? ReportAccumulator.fullProblem(keys, Optional.ofNullable(row.keyColumn()), raw)
        : new Problem.Builder().column(row.keyColumn()).value(raw)
            .reason("repeats an earlier row's " + unique.what()).detail("first at row " + first).build();
    acc.reject(Rejection.of(row.line(), row.recordId(), List.of(p)));
    return true;
  }
}
