package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The parallel read of a buffer equals the serial read of the same bytes: accepted records (which
 * carry their row numbers) in the same order, the same rejections, the same report, on generated
 * files with quoted line breaks, CRLF, a byte-order mark, blank lines, stray quotes and rejected
 * rows, cut into ranges of a few bytes.
 */
class CsvRangeReadProperties {
  private static final ExecutorService POOL = Executors.newFixedThreadPool(3);

  @AfterContainer
  static void stop() {
    POOL.shutdownNow();
  }

  /** Reads id, amount and note; the record names its row, so row numbers are compared too. */
  private static final CsvRowImporter<String> IMPORTER = CsvRowImporter.of("notes", List.of("id", "amount"),
      row -> {
        String id = row.require("id").orElse(null);
        var amount = row.decimal("amount");
        return id == null || amount.isEmpty() ? null
            : row.line() + ":" + id + "|" + amount.get().toPlainString() + "|" + row.get("note").orElse("");
      }).withUniqueKey("id", "note", r -> r.substring(r.indexOf(':') + 1, r.indexOf('|')));

  private record Read(List<String> accepted, List<Rejection> rejected, ImportReport report) {}

  @Property(tries = 300)
  void parallelReadEqualsSerialRead(@ForAll("files") String file, @ForAll boolean bom,
      @ForAll @IntRange(min = 1, max = 80) int rangeBytes, @ForAll @IntRange(min = 1, max = 4) int parallelism)
      throws IOException {
    byte[] bytes = ((bom ? "\uFEFF" : "") + file).getBytes(StandardCharsets.UTF_8);
    Read serial = serial(bytes);
    Read parallel = parallel(bytes, rangeBytes, parallelism);
    assertEquals(serial, parallel);
  }

  @Property(tries = 100)
  void splitsEndJustAfterALineFeedAndCoverTheInput(@ForAll("files") String file,
      @ForAll @IntRange(min = 1, max = 80) int rangeBytes) {
    byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
    List<CsvRangeRead.Range> ranges = CsvRangeRead.split(ByteBuffer.wrap(bytes), rangeBytes);
    int at = 0;
    for (int i = 0; i < ranges.size(); i++) {
      CsvRangeRead.Range r = ranges.get(i);
      assertEquals(at, r.start());
      if (i < ranges.size() - 1) {
        assertEquals((byte) '\n', bytes[r.end() - 1]);
      }
      at = r.end();
    }
    assertEquals(bytes.length, at);
  }

  static Read serial(byte[] bytes) throws IOException {
    List<String> accepted = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    ImportReport report = IMPORTER.read(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8),
        accepted::add, rejected::add);
    return new Read(accepted, rejected, report);
  }

  static Read parallel(byte[] bytes, int rangeBytes, int parallelism) throws IOException {
    List<String> accepted = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    ImportReport report = new CsvRangeRead<>(IMPORTER.plan(accepted::add, rejected::add), ByteBuffer.wrap(bytes),
        rangeBytes).read(POOL, parallelism);
    return new Read(accepted, rejected, report);
  }

  @Provide
  Arbitrary<String> files() {
    Arbitrary<String> eol = Arbitraries.of("\n", "\r\n", "\r");
    Arbitrary<String> text = Arbitraries.strings().withChars("ab é,").ofMaxLength(6);
    Arbitrary<String> quotedNote = Combinators.combine(text, eol, text)
        .as((a, e, b) -> "\"" + a + e + "\"\"" + b + "\"");
    Arbitrary<String> note = Arbitraries.oneOf(Arbitraries.strings().withChars("abc ").ofMaxLength(5), quotedNote);
    Arbitrary<String> id = Arbitraries.of("D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "", " ");
    Arbitrary<String> amount = Arbitraries.of("10", "2.50", "-3", "1e3", "12,5", "", "x");
    Arbitrary<String> good = Combinators.combine(id, amount, note).as((i, a, n) -> i + "," + a + "," + n);
    Arbitrary<String> row = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, good),
        net.jqwik.api.Tuple.of(1, Arbitraries.just("")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("D9,1", "D9,1,a,b", "D9,1,a\"b", "D9,\"1\"x,c", "\"D9,1,open")),
        net.jqwik.api.Tuple.of(1, quotedNote.map(n -> "D10,1," + n.replace("\"\"", "\"").substring(0,
            Math.max(1, n.length() / 2)))));
    return Combinators.combine(row.list().ofMaxSize(25), eol, Arbitraries.of(true, false))
        .as((rows, e, lastEol) -> {
          StringBuilder sb = new StringBuilder("id,amount,note").append(e);
          for (int i = 0; i < rows.size(); i++) {
            sb.append(rows.get(i));
            if (i < rows.size() - 1 || lastEol) {
              sb.append(e);
            }
          }
          return sb.toString();
        });
  }
}
