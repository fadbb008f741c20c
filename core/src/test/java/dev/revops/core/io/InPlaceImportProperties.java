package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.deal.Deal;
import dev.revops.core.history.DealHistory;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
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
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The importers reading plain fields in place give what they give reading every field as text:
 * the same records, the same rejections with the same messages and rows, the same report, serially
 * and in parallel, on generated files whose values sit on and beside the fast paths (spaces around
 * values, lower-case codes, stage names in other cases and by alias, leading zeros, signs, long
 * and huge amounts, 29 February, impossible months, offsets, non-ASCII digits, percentages), read
 * through a reader handing out a few characters at a time (so fields straddle buffer refills).
 */
class InPlaceImportProperties {
  private static final ExecutorService POOL = Executors.newFixedThreadPool(2);
  private static final PipelineDefinition DEF = TestPipelines.standard();
  private static final DealCsvImporter DEALS = DealCsvImporter.of(DEF, ColumnMapping.genDeals());
  private static final HistoryCsvImporter HISTORIES = HistoryCsvImporter.of(DEF, TransitionColumns.genDeals());

  @AfterContainer
  static void stop() {
    POOL.shutdownNow();
  }

  private record Read<T>(List<T> accepted, List<Rejection> rejected, ImportReport report) {}

  private static Read<Deal> deals(DealCsvImporter importer, String file, int chunk) throws IOException {
    List<Deal> accepted = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    ImportReport report = importer.read(CsvRecordReaderProperties.chunked(file, chunk), accepted::add, rejected::add);
    return new Read<>(accepted, rejected, report);
  }

  private static Read<DealHistory> histories(HistoryCsvImporter importer, String file, int chunk) throws IOException {
    List<DealHistory> accepted = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    ImportReport report = importer.read(() -> CsvRecordReaderProperties.chunked(file, chunk), accepted::add,
        rejected::add);
    return new Read<>(accepted, rejected, report);
  }

  private static ByteBuffer utf8(String file) {
    return ByteBuffer.wrap(file.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 400)
  void dealsReadInPlaceAreTheDealsReadAsText(@ForAll("dealFiles") String file,
      @ForAll @IntRange(min = 1, max = 64) int chunk, @ForAll @IntRange(min = 1, max = 200) int rangeBytes)
      throws IOException {
    Read<Deal> text = deals(DEALS.readingText(), file, 1 << 16);
    assertEquals(text, deals(DEALS, file, chunk));
    List<Deal> accepted = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    assertEquals(text, new Read<>(accepted, rejected,
        DEALS.read(utf8(file), POOL, 2, accepted::add, rejected::add, rangeBytes)));
  }

  @Property(tries = 400)
  void historiesReadInPlaceAreTheHistoriesReadAsText(@ForAll("historyFiles") String file,
      @ForAll @IntRange(min = 1, max = 64) int chunk, @ForAll @IntRange(min = 1, max = 200) int rangeBytes)
      throws IOException {
    Read<DealHistory> text = histories(HISTORIES.readingText(), file, 1 << 16);
    assertEquals(text, histories(HISTORIES, file, chunk));
    List<DealHistory> accepted = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    assertEquals(text, new Read<>(accepted, rejected,
        HISTORIES.read(utf8(file), POOL, 2, accepted::add, rejected::add, rangeBytes)));
  }

  @Example
  void theGeneratedDealsHaveRowsOnAndOffTheFastPaths() throws IOException {
    // a guard against generators that only ever make accepted (or only rejected) rows
    String file = DealCsvImporterTest.HEADER
        + "D1,n,A1,rep1,SMB,Inbound,Core,USD,0012.50,proposal,60,Best Case,2024-02-29,2026-12-01,,,72.5\n"
        + "D2,n,A1,rep1,SMB,Inbound,Core, EUR ,-3,Proposal,60%,Commit,2026-13-01,2026-12-01,,,\n"
        + "D3,n,A1,rep1,SMB,Inbound,Core,usd,1,Closed Won,100,,2026-01-05,2026-12-01,2026-02-01,,\n";
    Read<Deal> read = deals(DEALS, file, 3);
    assertEquals(1, read.accepted().size());
    assertEquals(1250, read.accepted().get(0).amount().orElseThrow().getAmountMinor());
    assertEquals(List.of(3L, 4L), read.rejected().stream().map(Rejection::row).toList());
    assertEquals(deals(DEALS.readingText(), file, 100), read);
  }

  @Example
  void theGeneratedHistoriesHaveRowsOnAndOffTheFastPaths() throws IOException {
    String file = "deal_id,from_stage,to_stage,changed_at,actor\n"
        + "D1,,Prospecting,2026-01-01T10:00:00Z,rep1\n"
        + "D1,prospecting, Qualification ,2026-01-02T10:00:00+01:00,rep1\n"
        + "D2,,Prospecting,2026-02-30T10:00:00Z,rep1\n";
    Read<DealHistory> read = histories(HISTORIES, file, 5);
    assertEquals(1, read.accepted().size());
    assertEquals(2, read.accepted().get(0).changes().size());
    assertTrue(read.rejected().get(0).problems().get(0).reason().startsWith("is not an instant"));
    assertEquals(histories(HISTORIES.readingText(), file, 100), read);
  }

  @Provide
  Arbitrary<String> dealFiles() {
    Arbitrary<String> id = Arbitraries.of("D1", "D2", "D3", "D4", "D5", "D6", "D7", " D8", "", "D1 ");
    Arbitrary<String> currency = Arbitraries.of("USD", "USD", "EUR", "JPY", "usd", " USD", "XXX", "ABC", "US", "");
    Arbitrary<String> amount = Arbitraries.oneOf(
        Arbitraries.of("1200.50", "0012.50", "-3", "+5", "1e3", "12,5", "", " 10", "١٢", "1.005", "-0", ".5",
            "99999999999999999999999999999.999", "9999999999999999.99", "99999999999999999.99", "USD 12.00"),
        Arbitraries.longs().between(0, 999_999_999_999L).map(v -> v / 100 + "." + String.format("%02d", v % 100)));
    Arbitrary<String> stage = Arbitraries.of("Proposal", "proposal", "PROPOSAL", " Proposal", "Discovery",
        "Closed Won", "closed won", "Closed Lost", "Maybe", "", "prospecting");
    Arbitrary<String> probability = Arbitraries.of("", "", "60", "060", "60%", "100", "150", "0.6", "-1", "x");
    Arbitrary<String> category = Arbitraries.of("", "", "Best Case", "best case", "Commit", " Commit", "x");
    Arbitrary<String> date = Arbitraries.of("2026-01-05", "2024-02-29", "2023-02-29", "2026-13-01", "2026-00-01",
        "", "01/05/2026", "2026-03-01T10:00:00Z", " 2026-01-05", "2026-1-05", "١٢٣٤-01-01");
    Arbitrary<String> margin = Arbitraries.of("", "72.5", "058.10", "-0", "150", "50%", "1e2", "0.5", "12345678901234567890");
    Arbitrary<String> texts = Arbitraries.of("rep1,SMB,Inbound,Core", "rep2, SMB ,Partner,Platform", ",,,");
    Arbitrary<String> row = Combinators.combine(List.of(id, texts, currency, amount, stage, probability, category,
        date, date, margin, amount)).as(v -> {
          String st = (String) v.get(4);
          String closed = st.strip().toLowerCase(java.util.Locale.ROOT).startsWith("closed") ? "2026-03-01" : "";
          return v.get(0) + ",Deal," + "A1," + v.get(1) + "," + v.get(2) + "," + v.get(3) + "," + st + "," + v.get(5)
              + "," + v.get(6) + "," + v.get(7) + "," + v.get(8) + "," + closed + "," + v.get(10) + "," + v.get(9);
        });
    return row.list().ofMaxSize(25).map(rows -> DealCsvImporterTest.HEADER + String.join("\n", rows) + "\n");
  }

  @Provide
  Arbitrary<String> historyFiles() {
    Arbitrary<String> stage = Arbitraries.of("Prospecting", "Prospecting", "Qualification", "qualification",
        " Discovery", "Discovery", "Closed Won", "Maybe", "");
    Arbitrary<String> at = Arbitraries.oneOf(
        Arbitraries.integers().between(1, 28).map(d -> String.format("2026-01-%02dT10:00:00Z", d)),
        Arbitraries.of("2026-02-30T00:00:00Z", "2024-02-29T23:59:59Z", "2026-01-05T10:00:00+01:00", "2026-01-05",
            "2026-01-05 10:00:00", "2026-01-05T10:00:00z", " 2026-01-05T10:00:00Z", "2026-01-05T24:00:00Z",
            "2026-01-05T23:59:60Z", ""));
    Arbitrary<String> row = Combinators.combine(Arbitraries.of("D1", "D1", "D2", "D2", "D3", " D3", ""),
        stage, stage, at, Arbitraries.of("rep1", "rep1", " rep2", ""))
        .as((id, from, to, when, actor) -> id + "," + from + "," + to + "," + when + "," + actor);
    return row.list().ofMaxSize(25)
        .map(rows -> "deal_id,from_stage,to_stage,changed_at,actor\n" + String.join("\n", rows) + "\n");
  }
}
