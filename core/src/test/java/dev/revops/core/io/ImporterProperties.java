package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealArbitraryProvider;
import dev.revops.core.history.DealHistory;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The importers, given random and malformed input, never throw anything but their documented
 * exception and always account for every row; valid deals survive a trip through CSV and JSON Lines.
 */
class ImporterProperties {
  static final String HEADER = "deal_id,name,account_id,owner,segment,source,product,currency,amount,stage,"
      + "probability,forecast_category,created_date,expected_close_date,closed_date,cost_to_close,margin_pct";
  final PipelineDefinition def = TestPipelines.standard();

  @Provide
  Arbitrary<String> junk() {
    return Arbitraries.strings().withChars("abcXYZ019,.-\"\r\n \uFEFF{}:[]").ofMaxLength(400);
  }

  @Provide
  Arbitrary<List<String>> messyLines() {
    Arbitrary<String> valid = Arbitraries.of(
        "D%d,n,A,rep,SMB,Inbound,Core,USD,100.00,Proposal,60,Best Case,2026-01-05,2026-12-01,,,",
        "D%d,n,A,rep,SMB,Inbound,Core,EUR,5,Closed Won,100,Closed,2026-01-05,2026-02-01,2026-02-01,1.00,50",
        "D%d,n,A,rep,,,,JPY,500,Discovery,,,,,,,");
    Arbitrary<String> broken = Arbitraries.strings().withChars("abc019,.-:/ ").ofMaxLength(80);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, valid),
            net.jqwik.api.Tuple.of(2, broken),
            net.jqwik.api.Tuple.of(1, Arbitraries.just("")))
        .list().ofMaxSize(40)
        .map(lines -> {
          List<String> out = new ArrayList<>();
          for (int i = 0; i < lines.size(); i++) {
            out.add(lines.get(i).replace("%d", String.valueOf(i % 7)));
          }
          return out;
        });
  }

  static void assertAccountsForEveryRow(ImportReport report, int accepted, int rejected, List<Rejection> rejections) {
    assertEquals(report.rowsRead(), report.rowsAccepted() + report.rowsRejected());
    assertEquals(report.rowsRejected(), rejected);
    assertEquals(rejections.size(), rejected);
    long previous = 0;
    for (Rejection r : rejections) {
      assertTrue(r.row() > previous, "rejections come in input order, one per row: " + rejections);
      previous = r.row();
    }
    assertTrue(accepted <= report.rowsAccepted());
  }

  @Property
  void csv_deal_import_never_throws_on_junk_and_accounts_for_every_row(@ForAll("junk") String body) throws IOException {
    List<Rejection> rejections = new ArrayList<>();
    List<Deal> deals = new ArrayList<>();
    ImportReport report = DealCsvImporter.of(def, ColumnMapping.genDeals())
        .read(new StringReader(HEADER + "\n" + body), deals::add, rejections::add);
    assertAccountsForEveryRow(report, deals.size(), rejections.size(), rejections);
    assertEquals(report.rowsAccepted(), deals.size());
  }

  @Property
  void csv_rows_without_quotes_are_each_read_once(@ForAll("messyLines") List<String> lines) throws IOException {
    List<Rejection> rejections = new ArrayList<>();
    List<Deal> deals = new ArrayList<>();
    ImportReport report = DealCsvImporter.of(def, ColumnMapping.genDeals())
        .read(new StringReader(HEADER + "\n" + String.join("\r\n", lines)), deals::add, rejections::add);
    long blankLines = lines.stream().filter(String::isEmpty).count();
    // A trailing empty line only ends the previous line.
    long lastBlank = !lines.isEmpty() && lines.get(lines.size() - 1).isEmpty() ? 1 : 0;
    assertEquals(lines.size() - blankLines, report.rowsRead());
    assertEquals(blankLines - lastBlank, report.blankLinesSkipped());
    assertAccountsForEveryRow(report, deals.size(), rejections.size(), rejections);
    Set<String> ids = new HashSet<>();
    deals.forEach(d -> assertTrue(ids.add(d.id()), "duplicate id accepted: " + d.id()));
  }

  @Property
  void json_lines_import_never_throws_on_junk_and_accounts_for_every_line(@ForAll("junk") String body)
      throws IOException {
    List<Rejection> rejections = new ArrayList<>();
    List<Deal> deals = new ArrayList<>();
    ImportReport report = DealJsonLinesImporter.of(def).read(new StringReader(body), deals::add, rejections::add);
    assertAccountsForEveryRow(report, deals.size(), rejections.size(), rejections);
    long lines = body.lines().count();
    assertEquals(lines, report.rowsRead() + report.blankLinesSkipped());
  }

  @Property
  void history_import_never_throws_on_junk_and_accounts_for_every_row(@ForAll("junk") String body) throws IOException {
    List<Rejection> rejections = new ArrayList<>();
    List<DealHistory> histories = new ArrayList<>();
    ImportReport report = HistoryCsvImporter.of(def, TransitionColumns.genDeals())
        .read(new StringReader("deal_id,from_stage,to_stage,changed_at,actor\n" + body), histories::add,
            rejections::add);
    assertEquals(report.rowsRead(), report.rowsAccepted() + report.rowsRejected());
    assertEquals(report.rowsRejected(), rejections.size());
    assertEquals(report.recordsAccepted(), histories.size());
  }

  @Property(tries = 100)
  void valid_deals_survive_a_trip_through_json_lines(@ForAll("dealLists") List<Deal> deals) throws Exception {
    ObjectMapper json = RevopsJson.mapper(def);
    StringBuilder text = new StringBuilder();
    for (Deal d : deals) {
      text.append(json.writeValueAsString(d)).append('\n');
    }
    ImportResult<Deal> r = DealJsonLinesImporter.of(def).readAll(new StringReader(text.toString()));
    assertEquals(deals, r.accepted());
  }

  @Property(tries = 100)
  void valid_deals_survive_a_trip_through_csv(@ForAll("dealLists") List<Deal> deals) throws Exception {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (Deal d : deals) {
      text.append(csvRow(d)).append("\r\n");
    }
    ImportResult<Deal> r = DealCsvImporter.of(def, ColumnMapping.genDeals()).readAll(new StringReader(text.toString()));
    assertTrue(r.report().isClean(), r.rejected().toString());
    assertEquals(deals.size(), r.accepted().size());
    for (int i = 0; i < deals.size(); i++) {
      Deal want = deals.get(i);
      Deal got = r.accepted().get(i);
      assertEquals(want.id(), got.id());
      assertEquals(want.name(), got.name());
      assertEquals(want.amount(), got.amount());
      assertEquals(want.stage(), got.stage());
      assertEquals(want.effectiveProbability().probability(), got.effectiveProbability().probability());
      assertEquals(want.effectiveForecastCategory(), got.effectiveForecastCategory());
      assertEquals(want.createdDate(), got.createdDate());
      assertEquals(want.expectedCloseDate(), got.expectedCloseDate());
      assertEquals(want.closedDate(), got.closedDate());
      assertEquals(want.costToClose(), got.costToClose());
      assertEquals(want.projectedMarginRate().map(m -> m.stripTrailingZeros()),
          got.projectedMarginRate().map(m -> m.stripTrailingZeros()));
      assertEquals(want.weightedValue(), got.weightedValue());
    }
  }

  @Provide
  Arbitrary<List<Deal>> dealLists() {
    return DealArbitraryProvider.deals(def).list().ofMaxSize(15).uniqueElements(Deal::id);
  }

  static String csvRow(Deal d) {
    String currency = d.amount().or(d::costToClose).map(m -> m.getCurrencyCode()).orElse("");
    List<String> f = List.of(d.id(), d.name().orElse(""), d.account().orElse(""), d.owner().orElse(""),
        d.segment().orElse(""), d.source().orElse(""), d.product().orElse(""), currency,
        d.amount().map(m -> m.getAmount().toPlainString()).orElse(""), d.stage().displayName(),
        d.effectiveProbability().probability().toPercent().toPlainString(),
        d.effectiveForecastCategory().displayName(), d.createdDate().map(Object::toString).orElse(""),
        d.expectedCloseDate().map(Object::toString).orElse(""), d.closedDate().map(Object::toString).orElse(""),
        d.costToClose().map(m -> m.getAmount().toPlainString()).orElse(""),
        d.projectedMarginRate().map(m -> m.movePointRight(2).toPlainString()).orElse(""));
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < f.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      String v = f.get(i);
      b.append(v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
    }
    return b.toString();
  }

}
