package dev.revops.examples.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
  private final List<String> warnings = new ArrayList<>();

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

  /**
   * Starts a report with the moment it is seen from, its first line in text: {@code As of 2026-10-01
   * (UTC)} (with the time of day when it is not the start of the day). When the input's latest date
   * is more than a year before the as-of date, a warning follows on the next line, and JSON results
   * given as a map carry it in {@code warnings}: an old export seen from today shows every open deal
   * as long overdue.
   *
   * @param asOf the as-of instant of the report's scope
   * @param zone the zone its dates are in
   * @param latestInput the latest date found in the input, if any
   */
  void asOf(Instant asOf, ZoneId zone, Optional<LocalDate> latestInput) {
    ZonedDateTime at = asOf.atZone(zone);
    String when = at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString()
        : at.toLocalDate() + " " + at.toLocalTime();
    text.printf("As of %s (%s)%n", when, zone.equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId());
    latestInput.filter(d -> d.plusYears(1).isBefore(at.toLocalDate())).ifPresent(d -> warnings.add("the latest date "
        + "in the input, " + d + ", is more than a year before the as-of date " + at.toLocalDate() + ": give --as-of "
        + "latest or the date the data was exported"));
    warnings.forEach(w -> text.println("Warning: " + w));
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
      if (!warnings.isEmpty() && results instanceof Map<?, ?> m) {
        Map<Object, Object> withWarnings = new LinkedHashMap<>(m);
        withWarnings.put("warnings", warnings);
        Json.print(out, withWarnings);
      } else {
        Json.print(out, results);
      }
    }
  }

  void flush() {
    out.flush();
  }
}
