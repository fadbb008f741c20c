package dev.revops.core.io;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * One read of UTF-8 CSV bytes cut into ranges at record boundaries, the ranges parsed by tasks on
 * the caller's executor and delivered in file order (see {@code CsvRowImporter.read(ByteBuffer,
 * ...)}, {@code DealCsvImporter.read(ByteBuffer, ...)}, {@code HistoryCsvImporter.read(ByteBuffer,
 * ...)}). An importer takes part through a {@link Plan}: how a row is judged (on any thread) and
 * how a judged row is taken (on the caller's thread, in file order), so that its serial read,
 * which judges and takes each row in turn, and this read share every rule.
 *
 * <p>Why the result is the serial one. The first range starts where the serial reader starts. A
 * range's reader, started where the serial reader is at a record boundary (same line, same field
 * count expected), reads the same characters the same way, so it finds the same records, until it
 * needs a character past the range's end. Ranges end just after a line feed, so the only record a
 * range's end can cut is one inside a quoted field, which that reader reports as not closed before
 * the end of its input. A range that reports none ends where the serial reader is between
 * records, so the next range starts at a record boundary too; from the first range that reports
 * one, the rest is read by one reader to the end, as the serial read would. Lines are counted as
 * the reader counts them (a CR, or an LF not after a CR), so row numbers are the file's.
 *
 * <p>Bytes that are not UTF-8 are an {@link IOException} ({@link
 * java.nio.charset.MalformedInputException}), as {@code Files.newBufferedReader} reports them.
 *
 * @param <J> what judging a row gives
 */
final class CsvRangeRead<J> {
  /** The size ranges are cut at (the next line break outside quotes after it). */
  static final int RANGE_BYTES = 256 << 10;

  /** A range of the buffer: bytes {@code [start, end)}, its first line's number. */
  record Range(int start, int end, long line) {}

  /** What a range's task found: its rows and rejections in order, its blank lines. */
  private record Part(List<Object> events, long blank, boolean unclosed) {}

  /**
   * What a range read needs of an importer, for one read (its consumers bound).
   *
   * @param <J> what judging a row gives (never a {@link Rejection}: those are malformed records)
   */
  interface Plan<J> {
    String delimiter();

    ImportOptions options();

    /** The column names of input without a header row, or empty. */
    List<String> columns();

    /** The serial read of an input (the whole buffer, when the range read falls back to it). */
    ImportReport serial(Reader in) throws IOException;

    /**
     * The rows of this read, the header resolved (on the caller's thread, before any row is judged).
     *
     * @throws ImportFormatException as the serial read would on this header
     */
    Rows<J> rows(Header header);
  }

  /**
   * One read's rows: judged on any thread (concurrently: only immutable or thread-safe state),
   * taken on the caller's thread in file order.
   *
   * @param <J> what judging a row gives
   */
  interface Rows<J> {
    /** Counts the read's rows; malformed records and blank lines are added here in file order. */
    ReportAccumulator acc();

    /** Judges the current row of {@code csv}. */
    J judge(CsvInput csv);

    /**
     * Takes a judged row, in file order.
     *
     * @throws IOException when the importer finds the input changed since an earlier reading
     */
    void take(J judged) throws IOException;

    /**
     * The report, after the last row.
     *
     * @throws IOException when the importer finds the input changed since an earlier reading
     */
    ImportReport finish() throws IOException;
  }

  private final Plan<J> plan;
  private final ByteBuffer bytes;
  private final int rangeBytes;

  CsvRangeRead(Plan<J> plan, ByteBuffer utf8, int rangeBytes) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.bytes = Objects.requireNonNull(utf8, "utf8").slice();
    this.rangeBytes = rangeBytes;
  }

  /**
   * Cuts {@code bytes} into ranges of at least {@code target} bytes, each ending just after a line
   * feed outside quotes (by quote parity), the last at the end.
   */
  static List<Range> split(ByteBuffer bytes, int target) {
    List<Range> out = new ArrayList<>();
    int n = bytes.limit();
    int start = 0;
    long line = 1;
    long startLine = 1;
    boolean quoted = false;
    byte last = 0;
    long next = (long) start + target;
    for (int i = 0; i < n; i++) {
      byte b = bytes.get(i);
      if (b == '"') {
        quoted = !quoted;
      } else if (b == '\r' || (b == '\n' && last != '\r')) {
        line++;
      }
      if (b == '\n' && !quoted && i + 1 >= next && i + 1 < n) {
        out.add(new Range(start, i + 1, startLine));
        start = i + 1;
        startLine = line;
        next = (long) start + target;
      }
      last = b;
    }
    out.add(new Range(start, n, startLine));
    return out;
  }

  ImportReport read(Executor executor, int parallelism) throws IOException {
    Objects.requireNonNull(executor, "executor");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
    }
    List<Range> ranges = split(bytes, rangeBytes);
    if (ranges.size() == 1) {
      return plan.serial(reader(ranges.get(0)));
    }
    List<Object> firstEvents = new ArrayList<>();
    ReportAccumulator firstAcc = partAccumulator(firstEvents);
    CsvInput first;
    try {
      first = new CsvInput(reader(ranges.get(0)), plan.delimiter(), plan.options(), firstAcc, plan.columns());
    } catch (ImportFormatException e) {
      // the header itself may run past the first range: the serial read says what is wrong
      return serialFromStart();
    }
    Rows<J> rows = plan.rows(first.header);
    boolean headerRead = plan.columns().isEmpty();
    ArrayDeque<CompletableFuture<Part>> inFlight = new ArrayDeque<>();
    inFlight.add(CompletableFuture.supplyAsync(() -> parse(first, firstEvents, firstAcc, rows), executor));
    int submitted = 1;
    for (int i = 0; i < ranges.size(); i++) {
      while (submitted < ranges.size() && submitted <= i + 2 * parallelism) {
        Range r = ranges.get(submitted++);
        inFlight.add(CompletableFuture.supplyAsync(() -> parse(r, first.header, headerRead, rows), executor));
      }
      Part part = join(inFlight.poll());
      if (part.unclosed() && i < ranges.size() - 1) {
        for (CompletableFuture<Part> f : inFlight) {
          join(f);
        }
        if (i == 0) {
          return serialFromStart();
        }
        readRest(ranges.get(i), first.header, headerRead, rows);
        break;
      }
      for (Object e : part.events()) {
        deliver(e, rows);
      }
      if (part.blank() > 0) {
        rows.acc().add(new RowOutcome.Blank(part.blank()));
      }
    }
    return rows.finish();
  }

  /** Reads from a range's start to the end with one reader, delivering as it goes. */
  private void readRest(Range from, Header header, boolean headerRead, Rows<J> rows) throws IOException {
    Range rest = new Range(from.start(), bytes.limit(), from.line());
    // malformed records go straight to the read's report, in file order with the rows
    ReportAccumulator restAcc = new ReportAccumulator(plan.options(), r -> rows.acc().reject(r), false);
    CsvInput csv = new CsvInput(reader(rest), plan.delimiter(), plan.options(), restAcc, header, headerRead,
        rest.line());
    while (csv.next()) {
      rows.take(rows.judge(csv));
    }
    long blank = restAcc.result().blank();
    if (blank > 0) {
      rows.acc().add(new RowOutcome.Blank(blank));
    }
  }

  /** Nothing was delivered yet: the serial read of the whole input. */
  private ImportReport serialFromStart() throws IOException {
    return plan.serial(reader(new Range(0, bytes.limit(), 1)));
  }

  private void deliver(Object event, Rows<J> rows) throws IOException {
    if (event instanceof Rejection r) {
      rows.acc().reject(r);
    } else {
      @SuppressWarnings("unchecked")
      J row = (J) event;
      rows.take(row);
    }
  }

  /** Parses a range after the first (on an executor thread). */
  private Part parse(Range r, Header header, boolean headerRead, Rows<J> rows) {
    List<Object> events = new ArrayList<>();
    ReportAccumulator acc = partAccumulator(events);
    return parse(new CsvInput(reader(r), plan.delimiter(), plan.options(), acc, header, headerRead, r.line()),
        events, acc, rows);
  }

  private Part parse(CsvInput csv, List<Object> events, ReportAccumulator acc, Rows<J> rows) {
    try {
      while (csv.next()) {
        events.add(rows.judge(csv));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Part(events, acc.result().blank(), csv.unclosed());
  }

  /** Counts a part's blank lines and passes its malformed rows on, without logging them twice. */
  private ReportAccumulator partAccumulator(List<Object> events) {
    return new ReportAccumulator(plan.options(), events::add, false);
  }

  private Reader reader(Range r) {
    return reader(bytes.duplicate().position(r.start()).limit(r.end()).slice());
  }

  /**
   * A reader of UTF-8 bytes from a buffer's position to its limit, reporting bytes that are not
   * UTF-8 as {@code Files.newBufferedReader} does (a {@link java.nio.charset.MalformedInputException}).
   */
  static Reader reader(ByteBuffer utf8) {
    return new InputStreamReader(new ByteBufferInput(utf8.slice()), StandardCharsets.UTF_8.newDecoder());
  }

  private static Part join(CompletableFuture<Part> f) throws IOException {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** A buffer as a stream (the decoder's input). */
  private static final class ByteBufferInput extends java.io.InputStream {
    private final ByteBuffer buf;

    ByteBufferInput(ByteBuffer buf) {
      this.buf = buf;
    }

    @Override
    public int read() {
      return buf.hasRemaining() ? buf.get() & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (!buf.hasRemaining()) {
        return -1;
      }
      int n = Math.min(len, buf.remaining());
      buf.get(b, off, n);
      return n;
    }
  }
}
