package dev.revops.core.io;

import java.io.IOException;
import java.io.Reader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A small CSV table of reference rows by key (a sales-team roster, an account list, a price list),
 * read whole into memory, to be joined to deals ({@link ReferenceJoin}). Every row is accepted or
 * rejected exactly once: a row without a key, of the wrong width, or repeating an earlier key is
 * rejected, and the table keeps its {@link #report()}. At most {@value #MAX_ROWS} rows are kept;
 * further rows are rejected.
 *
 * <pre>{@code
 * ReferenceTable teams = ReferenceTable.read("sales_teams", reader, "sales_agent");
 * teams.row("Anna Snelling"); // Optional[{sales_agent=Anna Snelling, manager=Dustin Brinkmann, ...}]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ReferenceTable {
  /** The most rows a reference table keeps. */
  public static final int MAX_ROWS = 1_000_000;

  private final String name;
  private final String keyColumn;
  private final List<String> columns;
  private final Map<String, Map<String, String>> rows;
  private final ImportReport report;

  private ReferenceTable(String name, String keyColumn, List<String> columns, Map<String, Map<String, String>> rows,
      ImportReport report) {
    this.name = name;
    this.keyColumn = keyColumn;
    this.columns = List.copyOf(columns);
    this.rows = Collections.unmodifiableMap(rows);
    this.report = report;
  }

  /**
   * Reads a comma-separated table with a header row.
   *
   * @param name the table's name, as joins name it
   * @param in the CSV text
   * @param keyColumn the header of the key column
   * @return the table
   * @throws IOException if the reader fails
   * @throws ImportFormatException if the input is empty or has no such key column
   */
  public static ReferenceTable read(String name, Reader in, String keyColumn) throws IOException {
    return read(name, in, keyColumn, ImportOptions.builder().source(name).build());
  }

  /**
   * Reads a table with the given options (delimiter ',').
   *
   * @param name the table's name, as joins name it
   * @param in the CSV text
   * @param keyColumn the header of the key column
   * @param options limits and the source shown in the report
   * @return the table
   * @throws IOException if the reader fails
   * @throws ImportFormatException if the input is empty or has no such key column
   */
  public static ReferenceTable read(String name, Reader in, String keyColumn, ImportOptions options)
      throws IOException {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(keyColumn, "keyColumn");
    ReportAccumulator acc = new ReportAccumulator(options, r -> { });
    CsvInput csv = new CsvInput(in, ",", options, acc);
    int key = csv.header.require("key", List.of(keyColumn));
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    while (csv.next()) {
      String k = csv.text(key);
      Optional<String> id = Optional.ofNullable(k);
      if (!csv.fitsHeader()) {
        acc.reject(Rejection.of(csv.row(), id, List.of(csv.widthProblem())));
      } else if (k == null) {
        acc.reject(Rejection.of(csv.row(), id, List.of(problem(keyColumn, "", "is required"))));
      } else if (rows.containsKey(k)) {
        acc.reject(Rejection.of(csv.row(), id, List.of(problem(keyColumn, k, "repeats an earlier row's key"))));
      } else if (rows.size() >= MAX_ROWS) {
        acc.reject(Rejection.of(csv.row(), id, List.of(problem(keyColumn, k,
            "is past the " + MAX_ROWS + " rows a reference table keeps"))));
      } else {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < csv.header.size(); i++) {
          String v = csv.text(i);
          if (v != null) {
            row.put(csv.header.names[i], v);
          }
        }
        rows.put(k, Collections.unmodifiableMap(row));
        acc.acceptRow();
      }
    }
    ImportReport report = ImportLog.finished(acc.report().format(InputFormat.CSV).records(name)
        .source(options.source()).build());
    return new ReferenceTable(name, csv.header.names[key], List.of(csv.header.names), rows, report);
  }

  private static Problem problem(String column, String value, String reason) {
    return Problem.of(Optional.of(column), Optional.of(value), reason);
  }

  /**
   * The table's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The key column's header.
   *
   * @return the header
   */
  public String keyColumn() {
    return keyColumn;
  }

  /**
   * The headers, in file order.
   *
   * @return the headers
   */
  public List<String> columns() {
    return columns;
  }

  /**
   * The rows by key, in file order; each row maps header to its non-blank value.
   *
   * @return the rows
   */
  public Map<String, Map<String, String>> rows() {
    return rows;
  }

  /**
   * The row of a key, exactly as written.
   *
   * @param key the key
   * @return the row, when the table has it
   */
  public Optional<Map<String, String>> row(String key) {
    return Optional.ofNullable(rows.get(Objects.requireNonNull(key, "key")));
  }

  /**
   * What reading the table accepted and rejected.
   *
   * @return the report
   */
  public ImportReport report() {
    return report;
  }
}
