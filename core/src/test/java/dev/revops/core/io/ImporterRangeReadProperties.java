package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.deal.Deal;
import dev.revops.core.history.DealHistory;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The deal and history importers read a buffer on several threads with the serial read's result:
 * the same records in the same order, the same rejections with the same row numbers, the same
 * report, on generated files with quoted line breaks, CRLF and lone CR line ends, a byte-order
 * mark, rejected rows (bad values, unknown stages, repeated ids, deals whose rows are apart, rows
 * of the wrong width, stray and unclosed quotes), cut into ranges of a few bytes.
 */
class ImporterRangeReadProperties {
  private static final ExecutorService POOL = Executors.newFixedThreadPool(3);
  private static final PipelineDefinition DEF = TestPipelines.standard();
  private static final DealCsvImporter DEALS = DealCsvImporter.of(DEF, ColumnMapping.genDeals());
  private static final HistoryCsvImporter HISTORIES = HistoryCsvImporter.of(DEF, TransitionColumns.genDeals());

  @AfterContainer
  static void stop() {
    POOL.shutdownNow();
  }

  private record Read<T>(List<T> accepted, List<Rejection> rejected, ImportReport report) {}

  @Property(tries = 300)
  void aParallelReadOfDealsEqualsTheSerialRead(@ForAll("dealFiles") String file, @ForAll boolean bom,
      @ForAll @IntRange(min = 1, max = 300) int rangeBytes, @ForAll @IntRange(min = 1, max = 4) int parallelism)
      throws IOException {
    byte[] bytes = ((bom ? "\uFEFF" : "") + file).getBytes(StandardCharsets.UTF_8);
    List<Deal> accepted = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    ImportReport report = DEALS.read(reader(bytes), accepted::add, rejected::add);
    Read<Deal> serial = new Read<>(accepted, rejected, report);
    List<Deal> pAccepted = new ArrayList<>();
    List<Rejection> pRejected = new ArrayList<>();
    ImportReport pReport = DEALS.read(ByteBuffer.wrap(bytes), POOL, parallelism, pAccepted::add, pRejected::add,
        rangeBytes);
    assertEquals(serial, new Read<>(pAccepted, pRejected, pReport));
  }

  @Property(tries = 300)
  void aParallelReadOfHistoriesEqualsTheSerialRead(@ForAll("historyFiles") String file, @ForAll boolean bom,
      @ForAll @IntRange(min = 1, max = 300) int rangeBytes, @ForAll @IntRange(min = 1, max = 4) int parallelism)
      throws IOException {
    byte[] bytes = ((bom ? "\uFEFF" : "") + file).getBytes(StandardCharsets.UTF_8);
    List<DealHistory> accepted = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    ImportReport report = HISTORIES.read(reader(bytes), accepted::add, rejected::add);
    Read<DealHistory> serial = new Read<>(accepted, rejected, report);
    List<DealHistory> pAccepted = new ArrayList<>();
    List<Rejection> pRejected = new ArrayList<>();
    ImportReport pReport = HISTORIES.read(ByteBuffer.wrap(bytes), POOL, parallelism, pAccepted::add,
        pRejected::add, rangeBytes);
    assertEquals(serial, new Read<>(pAccepted, pRejected, pReport));
  }

  @Example
  void generatedFilesHaveAcceptedAndRejectedRowsOfEveryKind() throws IOException {
    // a guard against a generator that only ever makes rejected (or only accepted) rows
    String deals = DealCsvImporterTest.HEADER
        + "D1,\"Deal\r\none\",A1,rep1,SMB,Inbound,Core,USD,1200.50,Proposal,60,Best Case,2026-01-05,2026-12-01,,,\n"
        + "D1,Deal 2,A1,rep1,SMB,Inbound,Core,USD,10.00,Proposal,,,2026-01-05,2026-12-01,,,\n"
        + "D3,Deal 3,A1,rep1,SMB,Inbound,Core,USD,10.00,Proposal,,,2026-02-30,2026-12-01,,,\n";
    byte[] bytes = deals.getBytes(StandardCharsets.UTF_8);
    List<Deal> accepted = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    DEALS.read(ByteBuffer.wrap(bytes), POOL, 2, accepted::add, rejected::add, 20);
    assertEquals(1, accepted.size());
    assertEquals("Deal\r\none", accepted.get(0).name().orElseThrow());
    // the repeated id on line 4 (the quoted name took lines 2 and 3), the impossible date on line 5
    assertEquals(List.of(4L, 5L), rejected.stream().map(Rejection::row).toList());
  }

  @Example
  void bytesThatAreNotUtf8AreAnErrorAsInTheSerialReadOfAFile() {
    byte[] header = DealCsvImporterTest.HEADER.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(header, header.length + 3);
    bytes[header.length] = 'D';
    bytes[header.length + 1] = (byte) 0xC3; // a lead byte, then a line feed: no UTF-8
    bytes[header.length + 2] = '\n';
    assertThrows(MalformedInputException.class,
        () -> DEALS.read(ByteBuffer.wrap(bytes), POOL, 2, d -> { }, r -> { }, 4));
    assertThrows(MalformedInputException.class,
        () -> HISTORIES.read(ByteBuffer.wrap(bytes), POOL, 2, d -> { }, r -> { }, 4));
  }

  private static InputStreamReader reader(byte[] bytes) {
    return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
  }

  private static Arbitrary<String> quotedText(Arbitrary<String> eol) {
    Arbitrary<String> text = Arbitraries.strings().withChars("ab é,").ofMaxLength(6);
    return Combinators.combine(text, eol, text).as((a, e, b) -> "\"" + a + e + "\"\"" + b + "\"");
  }

  @Provide
  Arbitrary<String> dealFiles() {
    Arbitrary<String> eol = Arbitraries.of("\n", "\r\n", "\r");
    Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of("Deal 1", "", "a b"), quotedText(eol));
    Arbitrary<String> id = Arbitraries.of("D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9", "", " ");
    Arbitrary<String> currency = Arbitraries.of("USD", "USD", "EUR", "usd", "");
    Arbitrary<String> amount = Arbitraries.of("1200.50", "10", "0.00", "-3", "1e3", "12,5", "",
        "99999999999999999999999999999.999", "1.005");
    Arbitrary<String> stage = Arbitraries.of("Proposal", "Discovery", "Closed Won", "Closed Lost", "Maybe", "");
    Arbitrary<String> probability = Arbitraries.of("", "", "60", "100", "150");
    Arbitrary<String> category = Arbitraries.of("", "", "Best Case", "Commit", "x");
    Arbitrary<String> date = Arbitraries.of("2026-01-05", "2026-01-05", "2026-02-30", "", "01/05/2026",
        "2026-03-01T10:00:00Z");
    Arbitrary<String> good = Combinators.combine(id, name, currency, amount, stage, probability, category, date)
        .as((i, n, c, a, s, p, f, d) -> i + "," + n + ",A1,rep1,SMB,Inbound,Core," + c + "," + a + "," + s + "," + p
            + "," + f + "," + d + ",2026-12-01," + (s.startsWith("Closed") ? "2026-03-01" : "") + ",60.00,72.5");
    Arbitrary<String> malformed = Arbitraries.of("D9,1", "D9,a\"b,,,,,,USD,1,Proposal,,,,,,,",
        "D9,\"1\"x,,,,,,USD,1,Proposal,,,,,,,", "\"D9,1,open");
    Arbitrary<String> unclosed = quotedText(eol).map(q -> "D10," + q.substring(0, Math.max(1, q.length() / 2)));
    Arbitrary<String> row = Arbitraries.frequencyOf(Tuple.of(10, good), Tuple.of(1, Arbitraries.just("")),
        Tuple.of(1, malformed), Tuple.of(1, unclosed));
    return file(DealCsvImporterTest.HEADER.strip(), row, eol);
  }

  @Provide
  Arbitrary<String> historyFiles() {
    Arbitrary<String> eol = Arbitraries.of("\n", "\r\n", "\r");
    Arbitrary<String> actor = Arbitraries.oneOf(Arbitraries.of("rep1", ""), quotedText(eol));
    // a deal's rows: its first change, then one or two more, sometimes one broken
    Arbitrary<String> deal = Combinators.combine(Arbitraries.of("D1", "D2", "D3", "D4", "D5", "D6"),
        Arbitraries.integers().between(1, 3), actor, eol,
        Arbitraries.of("", "", "", "2026-02-30T00:00:00Z", "Maybe", "same", "noinstant"))
        .as((id, n, a, e, broken) -> {
          String[] stages = {"Prospecting", "Qualification", "Discovery", "Closed Won"};
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < n; i++) {
            String from = i == 0 ? "" : stages[i - 1];
            String to = i == n - 1 && broken.equals("Maybe") ? "Maybe" : stages[i];
            if (i == n - 1 && broken.equals("same")) {
              to = from.isEmpty() ? "Prospecting" : from;
            }
            String at = "2026-01-0" + (i + 1) + "T10:00:00Z";
            if (i == n - 1 && broken.startsWith("2026")) {
              at = broken;
            } else if (i == n - 1 && broken.equals("noinstant")) {
              at = "";
            }
            if (i > 0) {
              sb.append(e);
            }
            sb.append(id).append(',').append(from).append(',').append(to).append(',').append(at).append(',')
                .append(a);
          }
          return sb.toString();
        });
    Arbitrary<String> odd = Arbitraries.of("", ",,Prospecting,2026-01-01T00:00:00Z,rep1", "D7,,Prospecting",
        "D7,\"x\"y,Prospecting,2026-01-01T00:00:00Z,rep1", "\"D8,,Prospecting,2026-01-01T00:00:00Z,rep1");
    Arbitrary<String> row = Arbitraries.frequencyOf(Tuple.of(8, deal), Tuple.of(1, odd));
    return file("deal_id,from_stage,to_stage,changed_at,actor", row, eol);
  }

  private static Arbitrary<String> file(String header, Arbitrary<String> row, Arbitrary<String> eol) {
    return Combinators.combine(row.list().ofMaxSize(20), eol, Arbitraries.of(true, false))
        .as((rows, e, lastEol) -> {
          StringBuilder sb = new StringBuilder(header).append(e);
          for (int i = 0; i < rows.size(); i++) {
            sb.append(rows.get(i));
            if (i < rows.size() - 1 || lastEol) {
              sb.append(e);
            }
          }
          return sb.toString();
        });
  }

  @Example
  void aHistoryFileWithADealsRowsApartIsRejectedAlikeByBothReads() throws IOException {
    String file = "deal_id,from_stage,to_stage,changed_at,actor\r\n"
        + "D1,,Prospecting,2026-01-01T00:00:00Z,\"rep\r\n1\"\r\n"
        + "D2,,Prospecting,2026-01-01T00:00:00Z,rep2\r\n"
        + "D1,Prospecting,Qualification,2026-01-02T00:00:00Z,rep1\r\n";
    byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
    List<DealHistory> accepted = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    HISTORIES.read(ByteBuffer.wrap(bytes), POOL, 2, accepted::add, rejected::add, 10);
    assertEquals(List.of("D2"), accepted.stream().map(DealHistory::dealId).toList());
    // D1's rows start on lines 2 and 5 (its first actor spans lines 2 and 3)
    assertEquals(List.of(2L, 5L), rejected.stream().map(Rejection::row).toList());
    assertTrue(rejected.get(0).problems().get(0).reason().contains("not together"));
  }
}
