package dev.revops.core.io;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Optional;

/**
 * A CSV input being imported: its header, then its rows, with blank lines counted and malformed
 * records rejected on the way, so that importers see only well-formed rows.
 */
final class CsvInput {
  private final CsvRecordReader csv;
  private final ReportAccumulator acc;
  final Header header;
  private boolean unclosed;
  /** By column, the text {@link #textRepeated} last gave (made when first asked for). */
  private String[] repeated;

  /**
   * Opens the input and reads its header: the first line that is not blank.
   *
   * @throws ImportFormatException if the input is empty or the header is malformed
   */
  CsvInput(Reader in, String delimiter, ImportOptions options, ReportAccumulator acc) throws IOException {
    this(in, delimiter, options, acc, List.of());
  }

  /**
   * Opens the input; with {@code names}, the input has no header row and these are its columns
   * (its first line is a row, and line numbers stay the file's).
   *
   * @throws ImportFormatException if the input is empty or the header is malformed
   */
  CsvInput(Reader in, String delimiter, ImportOptions options, ReportAccumulator acc, List<String> names)
      throws IOException {
    this.csv = new CsvRecordReader(in, delimiter.charAt(0), options.maxRecordChars(), options.maxRecordLines());
    this.acc = acc;
    if (!names.isEmpty()) {
      this.header = new Header(names.toArray(String[]::new));
      return;
    }
    while (true) {
      if (!csv.next()) {
        throw new ImportFormatException("header", "(empty input)",
            "must be the first line of the input, which is empty");
      }
      if (!csv.isBlank()) {
        break;
      }
      acc.blankLine();
    }
    if (csv.malformation() != null) {
      throw new ImportFormatException("header", "line " + csv.line(), "is malformed: " + csv.malformation());
    }
    this.header = new Header(csv.fields());
    csv.expectFields(header.size());
  }

  /** From now on, keeps only column {@code i} of each row (the others read as blank). */
  /**
   * Reads a part of an input that starts at a record boundary on line {@code line}, after the
   * header another CsvInput read (or was given): the records are the ones the whole input's reader
   * finds there.
   */
  CsvInput(Reader in, String delimiter, ImportOptions options, ReportAccumulator acc, Header header,
      boolean headerRead, long line) {
    this.csv = new CsvRecordReader(in, delimiter.charAt(0), options.maxRecordChars(), options.maxRecordLines());
    this.acc = acc;
    this.header = header;
    csv.continueAt(line);
    if (headerRead) {
      csv.expectFields(header.size());
    }
  }

  /** Whether a record was not closed before the end of this input (a part's end cut a record). */
  boolean unclosed() {
    return unclosed;
  }

  void keepOnly(int i) {
    csv.keepOnly(i);
  }

  /**
   * Moves to the next well-formed row, counting blank lines and rejecting malformed records.
   *
   * @return false at the end of the input
   */
  boolean next() throws IOException {
    while (csv.next()) {
      if (csv.isBlank()) {
        acc.blankLine();
      } else if (csv.malformation() != null) {
        unclosed |= CsvRecordReader.UNCLOSED.equals(csv.malformation());
        int f = csv.malformedField();
        acc.reject(Rejection.of(csv.line(), Optional.empty(), List.of(new Problem.Builder()
            .column(Optional.ofNullable(f >= 0 && f < header.size() ? header.names[f] : null))
            .value(Optional.ofNullable(csv.malformedText())).reason(csv.malformation())
            .detail(Optional.ofNullable(csv.malformedDetail())).build())));
      } else {
        return true;
      }
    }
    return false;
  }

  /** The line the current row starts on. */
  long row() {
    return csv.line();
  }

  /** Whether the current row has as many fields as the header. */
  boolean fitsHeader() {
    return csv.size() == header.size();
  }

  /** The problem of a row whose field count differs from the header's. */
  Problem widthProblem() {
    return new Problem.Builder().reason("has a different number of fields than the header")
        .detail(csv.size() + " fields, the header " + header.size()).build();
  }

  /** Field {@code i} of the current row, trimmed; null when blank or beyond the row. */
  String text(int i) {
    if (i < 0 || i >= csv.size()) {
      return null;
    }
    return plain(i) ? csv.get(i) : clean(csv.get(i)); // a plain field has nothing to trim
  }

  /** Field {@code i} of the current row as it is in the input; null beyond the row. */
  String raw(int i) {
    return i < 0 || i >= csv.size() ? null : csv.get(i);
  }

  /**
   * Whether field {@code i} of the current row is there, not blank, and needs no trimming (its
   * first and last characters are ASCII and not spaces): then its characters ({@link #chars},
   * {@link #start}, {@link #length}) are exactly its {@link #text}, and a fast path may read them
   * in place.
   */
  boolean plain(int i) {
    if (i < 0 || i >= csv.size()) {
      return false;
    }
    int n = csv.length(i);
    if (n <= 0) {
      return false;
    }
    char[] b = csv.chars(i);
    int s = csv.start(i);
    char first = b[s];
    char last = b[s + n - 1];
    return first > ' ' && first < 0x7f && last > ' ' && last < 0x7f;
  }

  /** The characters of field {@code i} (see {@link #plain}); valid until the next row. */
  char[] chars(int i) {
    return csv.chars(i);
  }

  /** Where field {@code i} starts in {@link #chars}. */
  int start(int i) {
    return csv.start(i);
  }

  /** The length of field {@code i}. */
  int length(int i) {
    return csv.length(i);
  }

  /**
   * {@link #text} of field {@code i}, as the same {@code String} this method gave for that column
   * on an earlier row when the characters are that string's (a deal's rows repeat its id): no
   * string made for a value repeated from the row above.
   */
  String textRepeated(int i) {
    if (i < 0 || i >= csv.size()) {
      return null;
    }
    if (repeated == null) {
      repeated = new String[header.size()];
    }
    if (i < repeated.length && repeated[i] != null && plain(i)) {
      String before = repeated[i];
      int n = csv.length(i);
      int s = csv.start(i);
      if (before.length() == n && sameChars(before, csv.chars(i), s, n)) {
        return before;
      }
    }
    String now = text(i);
    if (i < repeated.length) {
      repeated[i] = now;
    }
    return now;
  }

  private static boolean sameChars(String text, char[] b, int from, int n) {
    for (int k = 0; k < n; k++) {
      if (text.charAt(k) != b[from + k]) {
        return false;
      }
    }
    return true;
  }

  /** Trimmed text, or null when blank. */
  static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip();
    return s.isEmpty() ? null : s;
  }
}
