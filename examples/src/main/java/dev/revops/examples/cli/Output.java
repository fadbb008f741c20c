package dev.revops.examples.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/**
 * Where a command's results go, in the format asked for: text and tables, JSON, or CSV.
 *
 * <p>A command prints its text lines to {@link #text()} and its tables through {@link #print}; in
 * CSV the text is dropped and every figure of every table becomes one record of the one CSV shape
 * ({@code section,period,group,currency,measure,value}); in JSON both are dropped and the command
 * prints its results with {@link #json}.
 */
final class Output {
  /** The CSV header of every command. */
  static final List<String> CSV_HEADER = List.of("section", "period", "group", "currency", "measure", "value");

  private final FormatOption.Format format;
  private final PrintWriter out;
  private final PrintWriter text;
  private final CsvWriter csv;

  Output(FormatOption.Format format, PrintWriter out) {
    this.format = format;
    this.out = out;
    this.text = format == FormatOption.Format.TABLE ? out : new PrintWriter(Writer.nullWriter());
    this.csv = format == FormatOption.Format.CSV ? new CsvWriter(out, CSV_HEADER) : null;
  }

  /** Whether the results are to be printed as JSON. */
  boolean isJson() {
    return format == FormatOption.Format.JSON;
  }

  /** Where text lines go: the output for tables, nowhere for CSV and JSON. */
  PrintWriter text() {
    return text;
  }

  /** Prints a table as text, or its figures as CSV records. */
  void print(Table table, String indent) {
    if (format == FormatOption.Format.TABLE) {
      table.print(out, indent);
    } else if (csv != null) {
      table.writeCsv(csv);
    }
  }

  /** One figure that no table shows, for the CSV output (nothing in the other formats). */
  void figure(String section, String period, String group, String currency, String measure, String value) {
    if (csv != null) {
      csv.row(List.of(section, period, group, currency, measure, value));
    }
  }

  /** Prints the results as JSON (only in JSON). */
  void json(Object results) {
    if (isJson()) {
      Json.print(out, results);
    }
  }

  void flush() {
    out.flush();
  }
}
