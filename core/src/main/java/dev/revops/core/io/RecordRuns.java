package dev.revops.core.io;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the rows of each record of a grouped CSV are, found by a first reading of the input, so
 * that the second reading rejects a record whose rows are not together whole, before any of it is
 * accepted, naming its row ranges.
 *
 * <p>A run is a sequence of consecutive rows with one key (rows without a key, and malformed
 * records, belong to no run and do not interrupt one). Memory: the first row of each key's first
 * run in an {@link IdFingerprints} (exact; 12 bytes a slot for short keys), and the ranges of the
 * first {@value #MAX_DETAILS} keys found in several runs. Past the import's id limits, keys are not
 * held and their rows are rejected saying so. Rows past 2^30 are named as 2^30 - 1.
 */
final class RecordRuns {
  /** Keys whose ranges are kept for messages; further split keys are still rejected whole. */
  static final int MAX_DETAILS = 100_000;
  private static final int SPLIT = 1 << 30;
  private static final int MAX_ROW = SPLIT - 1;

  /** What a second reading makes of a run. */
  enum Verdict { WHOLE, SPLIT, UNCHECKED }

  private final IdFingerprints first;
  /** Per split key: the second run's first and last row, and the first run's last row (0 until known). */
  private final Map<String, long[]> details = new HashMap<>();
  private boolean full;

  private RecordRuns(ImportOptions options) {
    this.first = options.idCheck();
  }

  /**
   * Reads an input once, noting each key's runs.
   *
   * @param key the index of the key column, from the header
   */
  static RecordRuns find(Reader in, String delimiter, ImportOptions options, KeyColumn key) throws IOException {
    RecordRuns runs = new RecordRuns(options);
    ReportAccumulator ignored = new ReportAccumulator(options, r -> { });
    CsvInput csv = new CsvInput(in, delimiter, options, ignored);
    int column = key.index(csv.header);
    csv.keepOnly(column);
    String current = null;
    long start = 0;
    long end = 0;
    while (csv.next()) {
      String k = csv.text(column);
      if (k == null) {
        continue;
      }
      if (!k.equals(current)) {
        if (current != null) {
          runs.add(current, start, end);
        }
        current = k;
        start = csv.row();
      }
      end = csv.row();
    }
    if (current != null) {
      runs.add(current, start, end);
    }
    return runs;
  }

  /** Finds the key column in a header (and checks the header as the second reading will). */
  @FunctionalInterface
  interface KeyColumn {
    int index(Header header);
  }

  private void add(String key, long start, long end) {
    long seen = full ? first.get(key) : first.putIfAbsent(key, Math.min(start, MAX_ROW));
    if (seen == IdFingerprints.FULL || (full && seen < 0)) {
      full = true;
      return;
    }
    if (seen < 0) {
      return;
    }
    if ((seen & SPLIT) == 0) {
      first.setRow(key, (int) seen | SPLIT);
      if (details.size() < MAX_DETAILS) {
        details.put(key, new long[] {start, end, 0});
      }
    }
  }

  /**
   * Judges a run met in the second reading.
   *
   * @param key the run's key
   * @param start its first row
   * @param end its last row
   * @return whole (the key has this one run), split (the record's rows are not together) or
   *     unchecked (the id limits left no room for the key)
   * @throws IOException when the run does not agree with the first reading (the input changed)
   */
  Verdict judge(String key, long start, long end) throws IOException {
    long v = first.get(key);
    if (v < 0) {
      if (full) {
        return Verdict.UNCHECKED;
      }
      throw changed(key, start);
    }
    if ((v & SPLIT) == 0) {
      if ((v & MAX_ROW) != Math.min(start, MAX_ROW)) {
        throw changed(key, start);
      }
      return Verdict.WHOLE;
    }
    long[] d = details.get(key);
    if (d != null && (v & MAX_ROW) == Math.min(start, MAX_ROW)) {
      d[2] = end;
    }
    return Verdict.SPLIT;
  }

  /**
   * The ranges of a split key, for the rejection's detail.
   *
   * @return for example {@code "rows 5-7 and 90-91"}
   */
  String ranges(String key, long start, long end) {
    long v = first.get(key) & MAX_ROW;
    long[] d = details.get(key);
    if (d == null) {
      return "rows " + range(start, end) + " here, and rows from " + v + " elsewhere";
    }
    if (v == Math.min(start, MAX_ROW)) {
      return "rows " + range(start, end) + " and " + range(d[0], d[1]);
    }
    return "rows " + (d[2] > 0 ? range(v, d[2]) : "from " + v) + " and " + range(start, end);
  }

  private static String range(long from, long to) {
    return from == to ? String.valueOf(from) : from + "-" + to;
  }

  /**
   * A one-shot reader as re-readable text, held in memory up to
   * {@link ImportOptions#maxBufferedChars()}.
   *
   * @throws ImportFormatException when the input is longer
   */
  static TextInput buffered(Reader in, ImportOptions options) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buf = new char[8192];
    int n;
    while ((n = in.read(buf)) >= 0) {
      if (text.length() + n > options.maxBufferedChars()) {
        throw new ImportFormatException("input", "more than " + options.maxBufferedChars() + " characters",
            "must be given as a TextInput (re-readable) when it is longer than ImportOptions.maxBufferedChars: "
                + "records that span rows are read twice, so that one whose rows are not together is rejected "
                + "whole before any of it is accepted");
      }
      text.append(buf, 0, n);
    }
    return TextInput.of(text.toString());
  }

  /** The problem of every row of a run whose key the id limits left no room for. */
  Problem unchecked(String column, String raw) {
    return ReportAccumulator.fullProblem(first, column, raw);
  }

  private static IOException changed(String key, long row) {
    return new IOException("the input changed between its two readings: the rows of '" + key + "' at row " + row
        + " were not there, or not so, at the first");
  }
}
