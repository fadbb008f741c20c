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
import java.util.function.Consumer;

/**
 * One read of UTF-8 CSV bytes cut into ranges at record boundaries, the ranges parsed by tasks on
 * the caller's executor and delivered in file order (see {@code CsvRowImporter.read(ByteBuffer,
 * ...)}).
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
 * @param <T> the record type
 */
final class CsvRangeRead<T> {
  /** The size ranges are cut at (the next line break outside quotes after it). */
  static final int RANGE_BYTES = 4 << 20;

  /** A range of the buffer: bytes {@code [start, end)}, its first line's number. */
  record Range(int start, int end, long line) {}

  /** What a range's task found: its rows and rejections in order, its blank lines. */
  private record Part(List<Object> events, long blank, boolean unclosed) {}

  private final CsvRowImporter<T> importer;
  private final ByteBuffer bytes;
  private final int rangeBytes;

  CsvRangeRead(CsvRowImporter<T> importer, ByteBuffer utf8, int rangeBytes) {
    this.importer = importer;
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

  ImportReport read(Executor executor, int parallelism, Consumer<? super T> accepted,
      Consumer<? super Rejection> rejected) throws IOException {
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(accepted, "accepted");
    Objects.requireNonNull(rejected, "rejected");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
    }
    List<Range> ranges = split(bytes, rangeBytes);
    if (ranges.size() == 1) {
      return importer.read(reader(ranges.get(0)), accepted, rejected);
    }
    List<Object> firstEvents = new ArrayList<>();
    ReportAccumulator firstAcc = partAccumulator(firstEvents);
    CsvInput first;
    try {
      first = new CsvInput(reader(ranges.get(0)), importer.delimiter(), importer.options(), firstAcc,
          importer.columns());
    } catch (ImportFormatException e) {
      // the header itself may run past the first range: the serial read says what is wrong
      return importer.read(reader(new Range(0, bytes.limit(), 1)), accepted, rejected);
    }
    importer.checkColumns(first.header);
    boolean headerRead = importer.columns().isEmpty();
    ReportAccumulator acc = new ReportAccumulator(importer.options(), rejected);
    IdFingerprints keys = importer.idCheck();
    Consumer<Object> deliver = e -> deliver(e, keys, acc, accepted);
    ArrayDeque<CompletableFuture<Part>> inFlight = new ArrayDeque<>();
    inFlight.add(CompletableFuture.supplyAsync(() -> parse(first, firstEvents, firstAcc), executor));
    int submitted = 1;
    for (int i = 0; i < ranges.size(); i++) {
      while (submitted < ranges.size() && submitted <= i + 2 * parallelism) {
        Range r = ranges.get(submitted++);
        inFlight.add(CompletableFuture.supplyAsync(() -> parse(r, first.header, headerRead), executor));
      }
      Part part = join(inFlight.poll());
      if (part.unclosed() && i < ranges.size() - 1) {
        inFlight.forEach(CsvRangeRead::join);
        if (i == 0) {
          return serialFromStart(accepted, rejected);
        }
        readRest(ranges.get(i), first.header, headerRead, deliver, acc);
        break;
      }
      part.events().forEach(deliver);
      if (part.blank() > 0) {
        acc.add(new RowOutcome.Blank(part.blank()));
      }
    }
    return importer.finish(acc);
  }

  /** Reads from a range's start to the end with one reader, delivering as it goes. */
  private void readRest(Range from, Header header, boolean headerRead, Consumer<Object> deliver,
      ReportAccumulator acc) throws IOException {
    Range rest = new Range(from.start(), bytes.limit(), from.line());
    ReportAccumulator restAcc = partAccumulator(deliver);
    CsvInput csv = new CsvInput(reader(rest), importer.delimiter(), importer.options(), restAcc, header,
        headerRead, rest.line());
    while (csv.next()) {
      deliver.accept(importer.judge(csv));
    }
    long blank = restAcc.result().blank();
    if (blank > 0) {
      acc.add(new RowOutcome.Blank(blank));
    }
  }

  /** Nothing was delivered yet: the serial read of the whole input. */
  private ImportReport serialFromStart(Consumer<? super T> accepted, Consumer<? super Rejection> rejected)
      throws IOException {
    return importer.read(reader(new Range(0, bytes.limit(), 1)), accepted, rejected);
  }

  private void deliver(Object event, IdFingerprints keys, ReportAccumulator acc, Consumer<? super T> accepted) {
    if (event instanceof Rejection r) {
      acc.reject(r);
    } else {
      @SuppressWarnings("unchecked")
      CsvRowImporter.Judged<T> row = (CsvRowImporter.Judged<T>) event;
      importer.take(row, keys, acc, accepted);
    }
  }

  /** Parses a range after the first (on an executor thread). */
  private Part parse(Range r, Header header, boolean headerRead) {
    List<Object> events = new ArrayList<>();
    ReportAccumulator acc = partAccumulator(events);
    return parse(new CsvInput(reader(r), importer.delimiter(), importer.options(), acc, header, headerRead,
        r.line()), events, acc);
  }

  private Part parse(CsvInput csv, List<Object> events, ReportAccumulator acc) {
    try {
      while (csv.next()) {
        events.add(importer.judge(csv));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Part(events, acc.result().blank(), csv.unclosed());
  }

  /** Counts a part's blank lines and passes its malformed rows on, without logging them twice. */
  private ReportAccumulator partAccumulator(List<Object> events) {
    return new ReportAccumulator(importer.options(), events::add, false);
  }

  private ReportAccumulator partAccumulator(Consumer<Object> deliver) {
    return new ReportAccumulator(importer.options(), deliver::accept, false);
  }

  private Reader reader(Range r) {
    ByteBuffer part = bytes.duplicate().position(r.start()).limit(r.end()).slice();
    return new InputStreamReader(new ByteBufferInput(part), StandardCharsets.UTF_8);
  }

  private static Part join(CompletableFuture<Part> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
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
