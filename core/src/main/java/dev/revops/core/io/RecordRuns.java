package dev.revops.core.io;

import java.io.IOException;
import java.io.Reader;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the rows of each record of a grouped CSV are, found by a first reading of the input, so
 * that the second reading rejects a record whose rows are not together whole, before any of it is
 * accepted, naming its row ranges.
 *
 * <p>A run is a sequence of consecutive rows with one key (rows without a key, and malformed
 * records, belong to no run and do not interrupt one). The first reading holds the first row of
 * each key in an {@link IdFingerprints} (exact; 12 bytes a slot for short keys), and marks in bit
 * sets (a bit a row) where runs start, which runs belong to a key found in several runs, and which
 * to a key the id limits left no room for; it keeps the ranges of the first {@value #MAX_DETAILS}
 * keys found in several runs, for messages. The second reading needs only the bit sets: the id
 * table is let go before it starts. Rows past 2^31 - 2 are not told apart: their runs are rejected
 * as unchecked.
 */
final class RecordRuns {
  /** Keys whose ranges are kept for messages; further split keys are still rejected whole. */
  static final int MAX_DETAILS = 100_000;
  private static final int MAX_ROW = Integer.MAX_VALUE - 1;

  /** What a second reading makes of a run. */
  enum Verdict { WHOLE, SPLIT, UNCHECKED }

  private IdFingerprints first;
  private final BitSet starts = new BitSet();
  private final BitSet split = new BitSet();
  private final BitSet unchecked = new BitSet();
  /** Per split key: its first run's first row, that run's last row (0 until the second reading), the second run's. */
  private final Map<String, long[]> details = new HashMap<>();
  private boolean full;
  /** A digest of the runs' keys in order, of the first reading, then of the second. */
  private long digest;
  private long checked;

  private RecordRuns(ImportOptions options) {
    this.first = options.idCheck();
  }

  /**
   * Reads an input once, noting each key's runs.
   *
   * @param key finds the key column in the header
   */
  static RecordRuns find(Reader in, String delimiter, ImportOptions options, KeyColumn key) throws IOException {
    RecordRuns runs = new RecordRuns(options);
    ReportAccumulator ignored = new ReportAccumulator(options, ReportAccumulator.LOOK_ONLY);
    CsvInput csv = new CsvInput(in, delimiter, options, ignored);
    int column = key.index(csv.header);
    csv.keepOnly(column);
    String current = null;
    long start = 0;
    long end = 0;
    while (csv.next()) {
      String k = csv.textRepeated(column); // a run's rows repeat its key: one string a run
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
    runs.first = null; // the second reading needs the bit sets only
    return runs;
  }

  /** Finds the key column in a header (and checks the header as the second reading will). */
  @FunctionalInterface
  interface KeyColumn {
    int index(Header header);
  }

  private void add(String key, long start, long end) {
    digest = digest * 31 + key.hashCode();
    if (start > MAX_ROW) {
      return; // not marked as a start: the second reading rejects it as unchecked
    }
    int row = (int) start;
    starts.set(row);
    long seen = full ? first.get(key) : first.putIfAbsent(key, row);
    if (seen == IdFingerprints.FULL || (full && seen < 0)) {
      full = true;
      unchecked.set(row);
      return;
    }
    if (seen < 0) {
      return;
    }
    // a key met again: every run of it is split, its first among them
    split.set(row);
    split.set((int) seen);
    if (details.size() < MAX_DETAILS) {
      details.putIfAbsent(key, new long[] {seen, 0, start, end});
    }
  }

  /**
   * Notes the start of a run in the second reading (every run, whatever becomes of it).
   *
   * @throws IOException when no run started there in the first reading (the input changed)
   */
  void begin(String key, long start) throws IOException {
    checked = checked * 31 + key.hashCode();
    if (start <= MAX_ROW && !starts.get((int) start)) {
      throw changed();
    }
  }

  /**
   * Ends the second reading.
   *
   * @throws IOException when its runs had other keys than the first reading's (the input changed)
   */
  void end() throws IOException {
    if (checked != digest) {
      throw changed();
    }
  }

  private static IOException changed() {
    return new IOException("the input changed between its two readings (the records read may be wrong): "
        + "read it from a file that does not change meanwhile");
  }

  /**
   * Judges a run met in the second reading.
   *
   * @param key the run's key
   * @param start its first row
   * @param end its last row
   * @return whole (the key has this one run), split (the record's rows are not together) or
   *     unchecked (the id limits left no room for the key)
   */
  Verdict judge(String key, long start, long end) {
    if (start > MAX_ROW || unchecked.get((int) start)) {
      return Verdict.UNCHECKED;
    }
    if (!split.get((int) start)) {
      return Verdict.WHOLE;
    }
    long[] d = details.get(key);
    if (d != null && d[0] == start) {
      d[1] = end;
    }
    return Verdict.SPLIT;
  }

  /**
   * The ranges of a split key, for the rejection's detail.
   *
   * @return for example {@code "rows 5-7 and 90-91"}
   */
  String ranges(String key, long start, long end) {
    long[] d = details.get(key);
    if (d == null) {
      return "rows " + range(start, end) + " here, and others elsewhere in the file";
    }
    if (d[0] == start) {
      return "rows " + range(start, end) + " and " + range(d[2], d[3]);
    }
    return "rows " + (d[1] > 0 ? range(d[0], d[1]) : "from " + d[0]) + " and " + range(start, end);
  }

  private static String range(long from, long to) {
    return from == to ? String.valueOf(from) : from + "-" + to;
  }

  /** The problem of every row of a run whose key the id limits left no room for. */
  static Problem unchecked(String column, Optional<String> raw) {
    return new Problem.Builder().column(column).value(raw)
        .reason(ReportAccumulator.FULL).build();
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
}
