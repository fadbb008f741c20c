package dev.revops.examples.spark;

import dev.revops.core.io.Rejection;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * Lines of a CSV file as Spark splits it ({@code spark.read().textFile}): one record per line, the
 * header read once on the driver and put back in front of each batch given to the library's
 * importers, so that Spark's rows go through the same parsing and validation as a file read in one
 * piece. Fields may be quoted, but not span lines.
 *
 * <p>Rejected rows are counted in a Spark accumulator, with the first few as examples: none is
 * dropped silently.
 */
final class CsvLines implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Examples kept per batch, at most. */
  private static final int EXAMPLES = 5;

  final String header;
  private final LongAccumulator rejected;
  private final CollectionAccumulator<String> examples;

  CsvLines(String header, LongAccumulator rejected, CollectionAccumulator<String> examples) {
    this.header = header;
    this.rejected = rejected;
    this.examples = examples;
  }

  /** The text of a batch of lines under the header. */
  String text(List<String> lines) {
    StringBuilder b = new StringBuilder(header).append('\n');
    lines.forEach(l -> b.append(l).append('\n'));
    return b.toString();
  }

  /** Counts a rejected row, keeping the first few as examples, by id (row numbers are per batch). */
  void reject(Rejection r, String what) {
    rejected.add(1);
    if (examples.value().size() < EXAMPLES) {
      examples.add(String.format(Locale.ROOT, "%s %s: %s", what, r.recordId().orElse("(no id)"), r.problems()));
    }
  }

  /**
   * The values of a line, unquoted.
   *
   * @param line a CSV line
   * @param delimiter the field delimiter
   * @return the values, in order
   */
  static List<String> fields(String line, char delimiter) {
    List<String> out = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        value.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == delimiter && !quoted) {
        out.add(value.toString());
        value.setLength(0);
      } else {
        value.append(c);
      }
    }
    out.add(value.toString());
    return out;
  }

  /**
   * The value of one column of a line: Spark's key for grouping a deal's rows.
   *
   * @param line a CSV line
   * @param column the column's index
   * @param delimiter the field delimiter
   * @return the value; empty when the line is shorter
   */
  static String field(String line, int column, char delimiter) {
    List<String> f = fields(line, delimiter);
    return column < f.size() ? f.get(column) : "";
  }

  /** The index of the first of some names in the header (any case), or -1. */
  int column(List<String> names, char delimiter) {
    List<String> columns = fields(header, delimiter).stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
    for (String n : names) {
      int i = columns.indexOf(n.toLowerCase(Locale.ROOT));
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }
}
