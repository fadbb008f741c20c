package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.deal.Deal;
import dev.revops.core.history.DealHistory;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Every input record is accepted or rejected exactly once, whatever the input: generated CSV and
 * JSON mixing valid records with hostile ones (unclosed quotes, stray quotes, nulls, malformed,
 * deep and over-long elements, coerced scalars, repeated ids, non-contiguous groups). Each
 * generated record is one unit; the valid ones are counted and each must be accepted, once.
 */
class HostileInputProperties {
  static final String HEADER = ImporterProperties.HEADER;
  final PipelineDefinition def = TestPipelines.standard();

  /** A generated record: valid (to be accepted) or hostile (to be rejected); blank lines neither. */
  record Unit(String kind, String text) {
    boolean valid() {
      return kind.equals("valid");
    }

    boolean blank() {
      return kind.equals("blank");
    }
  }

  // ---- CSV deals

  @Provide
  Arbitrary<String> quotedName() {
    // content never starts with a quote, a delimiter or a line break, so that a stray quote before it
    // pairs with its opening quote and is found out by the letter after it
    return Arbitraries.strings().withChars("abcXYZ ,\n\"").ofMaxLength(12)
        .map(s -> "\"N" + s.replace("\"", "\"\"") + "\"");
  }

  @Provide
  Arbitrary<List<Unit>> csvUnits() {
    Arbitrary<Unit> valid = Arbitraries.oneOf(Arbitraries.just("plain"), quotedName()).map(name -> new Unit("valid",
        name.equals("plain") ? "n" : name));
    Arbitrary<Unit> hostile = Arbitraries.of(
        "%s,\"broken name,A,rep",
        "%s,\"ab\"cd,A,rep,SMB,Inbound,Core,USD,1.00,Proposal,60,,,,,,",
        "%s,12\" screen,A,rep,SMB,Inbound,Core,USD,1.00,Proposal,60,,,,,,",
        "%s,n",
        "%s,n,A,rep,SMB,Inbound,Core,USD,1.00,Proposal,60,," + "x".repeat(600) + ",,,,",
        "%s,n,A,rep,SMB,Inbound,Core,USD,1.00,Proposal,60,,2025-02-30T10:00:00Z,,,,",
        "%s,n,A,rep,SMB,Inbound,Core,usd,1.00,Proposal,60,,,,,,",
        "%s,n,A,rep,SMB,Inbound,Core,USD," + "9".repeat(150) + ",Proposal,60,,,,,,",
        "\"",
        "%s,n,A,rep,SMB,Inbound,Core,\"open,1.00,Proposal,60,,,,,,",
        "REPEAT").map(t -> new Unit("hostile", t));
    return Arbitraries.frequencyOf(Tuple.of(4, valid), Tuple.of(3, hostile), Tuple.of(1, Arbitraries.just(
        new Unit("blank", "")))).list().ofMaxSize(40);
  }

  @Property(tries = 300)
  void every_csv_row_is_accepted_or_rejected_once_and_every_valid_one_accepted(@ForAll("csvUnits") List<Unit> units,
      @ForAll @IntRange(min = 1, max = 50) int chunk) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    Set<String> validIds = new LinkedHashSet<>();
    int hostile = 0;
    int blank = 0;
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      String line;
      if (u.valid()) {
        String id = "V" + i;
        validIds.add(id);
        line = id + "," + u.text() + ",A,rep,SMB,Inbound,Core,USD,100.00,Proposal,60,Best Case,2026-01-05,2026-12-01,,,";
      } else if (u.blank()) {
        blank++;
        line = "";
      } else {
        hostile++;
        line = u.text().equals("REPEAT")
            ? (validIds.isEmpty() ? "H" + i + ",n" : validIds.iterator().next()
                + ",again,A,rep,SMB,Inbound,Core,USD,1.00,Proposal,60,,,,,,")
            : u.text().replace("%s", "H" + i);
      }
      text.append(line).append('\n');
    }
    List<Deal> deals = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    ImportReport report = DealCsvImporter.of(def, ColumnMapping.genDeals())
        .withOptions(ImportOptions.builder().maxRecordChars(500).build())
        .read(CsvRecordReaderProperties.chunked(text.toString(), chunk), deals::add, rejections::add);
    assertEquals(new ArrayList<>(validIds), deals.stream().map(Deal::id).toList(), text + "\n" + rejections);
    assertEquals(hostile, report.rowsRejected(), text + "\n" + rejections);
    assertEquals(validIds.size() + hostile, report.rowsRead());
    assertEquals(blank, report.blankLinesSkipped());
    ImporterProperties.assertAccountsForEveryRow(report, deals.size(), rejections.size(), rejections);
  }

  // ---- JSON deals

  static String dealJson(String id, boolean pretty) {
    String sep = pretty ? ",\n  " : ",";
    return "{" + (pretty ? "\n  " : "") + "\"id\":\"" + id + "\"" + sep + "\"name\":\"N, \\\"q\\\" {x}\"" + sep
        + "\"stage\":\"proposal\"" + sep + "\"amount\":\"USD 10.00\"" + sep + "\"createdDate\":\"2026-01-05\""
        + (pretty ? "\n" : "") + "}";
  }

  @Provide
  Arbitrary<List<Unit>> jsonUnits() {
    Arbitrary<Unit> valid = Arbitraries.of("compact", "pretty").map(k -> new Unit("valid", k));
    Arbitrary<Unit> hostile = Arbitraries.of(
        "null",
        "{\"id\":\"%s\" \"stage\":\"proposal\"}",
        "{\"id\":\"%s\",\"stage\":\"proposal\"",
        "{\"id\":\"%s,\"stage\":\"proposal\"}",
        "{\"id\":\"%s\",\"stage\":\"proposal\",\"attributes\":" + "[".repeat(120) + "]".repeat(120) + "}",
        "{\"id\":\"%s\",\"stage\":\"proposal\",\"createdDate\":20454}",
        "{\"id\":%d,\"stage\":\"proposal\"}",
        "{\"id\":\"%s\",\"stage\":\"proposal\",\"probabilityOverride\":{\"probability\":\"0.5\",\"setBy\":\"a\"}}",
        "{\"id\":\"%s\",\"stage\":\"proposal\",\"amount\":\"usd 1.00\"}",
        "{\"id\":\"%s\",\"stage\":\"proposal\",\"projectedMarginRate\":1e-999999999}",
        "{\"id\":\"%s\",\"stage\":\"proposal\",\"createdDate\":\"2025-02-30\"}",
        "{\"id\":\"%s\",\"stage\":\"proposal\",\"colour\":\"red\"}",
        "{\"id\":\"%s\",\"stage\":\"proposal\",\"name\":\"" + "x".repeat(3_000) + "\"}",
        "{\"id\":\"%s\",\"stage\":\"proposal\"}}",
        "{\"id\":\"%s\",\"stage\":\"proposal\",\"attributes\":{\"a\":[1,2}}",
        "\"%s\"",
        "REPEAT").map(t -> new Unit("hostile", t));
    return Arbitraries.frequencyOf(Tuple.of(4, valid), Tuple.of(3, hostile)).list().ofMaxSize(30);
  }

  /** The units as records: their texts, the valid ids, the hostile count. */
  record Generated(List<String> records, List<String> validIds, int hostile) {}

  static Generated generate(List<Unit> units, boolean prettyAllowed) {
    List<String> records = new ArrayList<>();
    List<String> validIds = new ArrayList<>();
    int hostile = 0;
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (u.valid()) {
        String id = "V" + i;
        validIds.add(id);
        records.add(dealJson(id, prettyAllowed && u.text().equals("pretty")));
      } else {
        hostile++;
        records.add(u.text().equals("REPEAT")
            ? (validIds.isEmpty() ? "null" : dealJson(validIds.get(0), false))
            : u.text().replace("%s", "H" + i).replace("%d", String.valueOf(i)));
      }
    }
    return new Generated(records, validIds, hostile);
  }

  @Property(tries = 200)
  void every_json_line_is_accepted_or_rejected_once_and_every_valid_one_accepted(
      @ForAll("jsonUnits") List<Unit> units, @ForAll boolean crlf, @ForAll @IntRange(min = 1, max = 50) int chunk)
      throws IOException {
    Generated g = generate(units, false);
    String text = String.join(crlf ? "\r\n" : "\n", g.records());
    List<Deal> deals = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    ImportReport report = DealJsonLinesImporter.of(def).withOptions(ImportOptions.builder().maxRecordChars(2_000)
        .build()).read(CsvRecordReaderProperties.chunked(text, chunk), deals::add, rejections::add);
    assertEquals(g.validIds(), deals.stream().map(Deal::id).toList(), text + "\n" + rejections);
    assertEquals(g.hostile(), report.rowsRejected(), text + "\n" + rejections);
    assertEquals(g.records().size(), report.rowsRead());
  }

  @Property(tries = 200)
  void every_json_array_element_is_accepted_or_rejected_once_and_every_valid_one_accepted(
      @ForAll("jsonUnits") List<Unit> units, @ForAll @IntRange(min = 1, max = 50) int chunk) throws IOException {
    Generated g = generate(units, true);
    String text = "[\n" + String.join(",\n", g.records()) + "\n]\n";
    JsonRecordImporter<Deal> importer = JsonRecordImporter.of("deals", "deal", Deal.class, Deal::id)
        .withMapper(dev.revops.core.json.RevopsJson.mapper(def))
        .withOptions(ImportOptions.builder().maxRecordChars(2_000).build());
    List<Deal> deals = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    ImportReport report = importer.read(CsvRecordReaderProperties.chunked(text, chunk), deals::add, rejections::add);
    assertEquals(g.validIds(), deals.stream().map(Deal::id).toList(), rejections.toString());
    assertEquals(g.hostile(), report.rowsRejected(), text + "\n" + rejections);
    assertEquals(g.records().size(), report.rowsRead());
  }

  /**
   * Hostile elements for an array written on one line: each may run past the limit (300 characters
   * here), with commas, brackets and escaped quotes inside its strings past it, or miss a closing
   * brace or bracket; the unclosed quote is left out, since on one line it takes the rest of the line.
   * A bare string element is left out too: after an element missing its closing brace it reads as
   * that object's next key: one malformed element by the JSON grammar, not two, so this property
   * could not count it either way.
   */
  @Provide
  Arbitrary<List<Unit>> minifiedUnits() {
    Arbitrary<Unit> valid = Arbitraries.just(new Unit("valid", "compact"));
    String noisy = "a,]}[{\\\"\\\\".repeat(60);
    Arbitrary<Unit> hostile = Arbitraries.of(
        "null",
        "{\"id\":\"%s\",\"stage\":\"proposal\"",
        "{\"id\":\"%s\",\"stage\":\"proposal\",\"name\":\"" + "x".repeat(400) + "\"}",
        "{\"id\":\"%s\",\"stage\":\"proposal\",\"name\":\"" + noisy + "\",\"attributes\":{\"a\":[1]}}",
        "{\"id\":\"%s\",\"stage\":\"proposal\",\"name\":\"" + "x".repeat(400) + "\"",
        "{\"id\":\"%s\",\"attributes\":{\"a\":[" + "1,".repeat(300) + "1]}}",
        "{\"id\":\"%s\",\"attributes\":{\"a\":[" + "1,".repeat(300) + "1}}",
        "[" + "[1],".repeat(150) + "[1]]",
        "{\"id\":\"%s\",\"stage\":\"proposal\",\"createdDate\":20454}",
        "{\"id\":\"%s\",\"stage\":\"proposal\"}}",
        "REPEAT").map(t -> new Unit("hostile", t));
    return Arbitraries.frequencyOf(Tuple.of(4, valid), Tuple.of(3, hostile)).list().ofMaxSize(30);
  }

  @Property(tries = 200)
  void every_element_of_an_array_on_one_line_is_accepted_or_rejected_once_even_past_the_length_limit(
      @ForAll("minifiedUnits") List<Unit> units, @ForAll @IntRange(min = 1, max = 50) int chunk) throws IOException {
    Generated g = generate(units, false);
    String text = "[" + String.join(",", g.records()) + "]";
    JsonRecordImporter<Deal> importer = JsonRecordImporter.of("deals", "deal", Deal.class, Deal::id)
        .withMapper(dev.revops.core.json.RevopsJson.mapper(def))
        .withOptions(ImportOptions.builder().maxRecordChars(300).build());
    List<Deal> deals = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    ImportReport report = importer.read(CsvRecordReaderProperties.chunked(text, chunk), deals::add, rejections::add);
    assertEquals(g.validIds(), deals.stream().map(Deal::id).toList(), text + "\n" + rejections);
    assertEquals(g.hostile(), report.rowsRejected(), text + "\n" + rejections);
    assertEquals(g.records().size(), report.rowsRead());
  }

  // ---- grouped CSV: stage histories

  /** A history row of a deal (its n-th change), or a hostile row that belongs to no deal. */
  record Row(String deal, int change, String hostile) {}

  @Provide
  Arbitrary<List<Row>> historyRows() {
    Arbitrary<List<Row>> deal = Arbitraries.integers().between(1, 3).map(n -> {
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        rows.add(new Row(null, i, null));
      }
      return rows;
    });
    Arbitrary<List<Row>> hostile = Arbitraries.of(
        ",,Prospecting,2026-01-01T00:00:00Z,x",
        "X,\"unclosed,Prospecting,2026-01-01T00:00:00Z,x",
        "X,a\"b,Prospecting,2026-01-01T00:00:00Z,x",
        "\"").map(h -> List.of(new Row(null, -1, h)));
    return Arbitraries.frequencyOf(Tuple.of(3, deal), Tuple.of(1, hostile)).list().ofMaxSize(12)
        .map(groups -> {
          List<Row> out = new ArrayList<>();
          for (int g = 0; g < groups.size(); g++) {
            for (Row r : groups.get(g)) {
              out.add(r.hostile() != null ? r : new Row("D" + g, r.change(), null));
            }
          }
          return out;
        });
  }

  @Property(tries = 300)
  void a_deal_whose_rows_are_not_together_is_rejected_whole_and_every_row_counted_once(
      @ForAll("historyRows") List<Row> rows, @ForAll long seed) throws IOException {
    // move some rows of a deal after other deals' rows, splitting it
    List<Row> shuffled = new ArrayList<>(rows);
    java.util.Random random = new java.util.Random(seed);
    for (int k = 0; k < 2 && shuffled.size() > 2; k++) {
      if (random.nextBoolean()) {
        shuffled.add(shuffled.remove(random.nextInt(shuffled.size())));
      }
    }
    String[] stages = {"Prospecting", "Qualification", "Discovery"};
    StringBuilder text = new StringBuilder("deal_id,from_stage,to_stage,changed_at,actor\n");
    List<String> keyed = new ArrayList<>();
    for (Row r : shuffled) {
      if (r.hostile() != null) {
        text.append(r.hostile()).append('\n');
      } else {
        keyed.add(r.deal());
        text.append(r.deal()).append(',').append(r.change() == 0 ? "" : stages[r.change() - 1]).append(',')
            .append(stages[r.change()]).append(",2026-01-0").append(r.change() + 1).append("T00:00:00Z,rep\n");
      }
    }
    // expected: a deal is accepted when its keyed rows are together; the order of its rows does not matter
    Map<String, Integer> runs = new HashMap<>();
    for (int i = 0; i < keyed.size(); i++) {
      if (i == 0 || !keyed.get(i).equals(keyed.get(i - 1))) {
        runs.merge(keyed.get(i), 1, Integer::sum);
      }
    }
    Set<String> together = new HashSet<>();
    runs.forEach((d, n) -> {
      if (n == 1) {
        together.add(d);
      }
    });
    List<DealHistory> histories = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    ImportReport report = HistoryCsvImporter.of(def, TransitionColumns.genDeals())
        .read(TextInput.of(text.toString()), histories::add, rejections::add);
    assertEquals(together, new HashSet<>(histories.stream().map(DealHistory::dealId).toList()), text.toString());
    assertEquals(histories.size(), report.recordsAccepted());
    long hostile = shuffled.stream().filter(r -> r.hostile() != null).count();
    assertEquals(keyed.size() + hostile, report.rowsRead(), text.toString());
    assertEquals(keyed.stream().filter(together::contains).count(), report.rowsAccepted());
    for (Rejection r : rejections) {
      String id = r.recordId().orElse("");
      assertTrue(!together.contains(id), "a row of an accepted deal was rejected: " + r);
      if (runs.getOrDefault(id, 1) > 1) {
        assertTrue(r.problems().get(0).detail().orElse("").matches("rows .* and .*"), r.toString());
      }
    }
  }
}
