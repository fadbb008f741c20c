package dev.revops.examples.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * The one CSV writer of the CLI, after RFC 4180: fields separated by commas, records ended by CRLF,
 * a field holding a comma, a double quote, a CR or an LF written between double quotes with its
 * double quotes doubled; every other field written as it is. The header is the first record.
 */
final class CsvWriter {
  private static final String END = "\r\n";

  private final PrintWriter out;
  private final int columns;

  /** A writer that writes {@code header} first. */
  CsvWriter(PrintWriter out, List<String> header) {
    this.out = out;
    this.columns = header.size();
    row(header);
  }

  /** Writes one record of as many fields as the header has. */
  void row(List<String> fields) {
    if (fields.size() != columns) {
      throw new IllegalArgumentException("a record of " + fields.size() + " fields for " + columns + " columns");
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(field(fields.get(i)));
    }
    out.print(b.append(END));
  }

  /** One field as RFC 4180 writes it (null as an empty field). */
  static String field(String s) {
    if (s == null) {
      return "";
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return '"' + s.replace("\"", "\"\"") + '"';
      }
    }
    return s;
  }
}
