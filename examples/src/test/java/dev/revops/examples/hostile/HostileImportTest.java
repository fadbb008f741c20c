package dev.revops.examples.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.examples.cli.RevopsCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's defect classes of "Nothing lost", each as a hostile user would send it, through the
 * CLI: every input record is accepted or rejected exactly once, whatever the input.
 */
class HostileImportTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String HEADER = "deal_id,name,account_id,owner,segment,source,product,currency,amount,stage,probability,"
      + "forecast_category,created_date,expected_close_date,closed_date,cost_to_close,margin_pct\n";

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = RevopsCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  /** A valid gen-deals row. */
  static String deal(String id, String name) {
    return id + "," + name + ",A1,rep001,SMB,Inbound,Core,USD,100.00,Proposal,60,Best Case,2026-01-05,2026-12-01,,,\n";
  }

  static String dealLine(String id, String extra) {
    return "{\"id\":\"" + id + "\",\"stage\":\"Proposal\",\"amount\":\"USD 10.00\"" + extra + "}";
  }

  /** {@code revops validate --format json} on files: the reports. */
  static JsonNode validate(String... files) throws IOException {
    List<String> args = new ArrayList<>(List.of("validate", "--format", "json", "--examples", "10"));
    args.addAll(List.of(files));
    Run r = run(args.toArray(String[]::new));
    assertTrue(r.status() <= 1, r.err());
    assertEquals("", r.err());
    return JSON.readTree(r.out());
  }

  /** Every example rejection of a report, as "row column 'value' reason". */
  static List<String> rejections(JsonNode report) {
    List<String> out = new ArrayList<>();
    for (JsonNode group : report.get("rejections")) {
      for (JsonNode example : group.get("examples")) {
        JsonNode p = example.get("problems").get(0);
        out.add(example.get("row").asLong() + " " + (p.has("column") ? p.get("column").asText() : "-") + " '"
            + (p.has("value") ? p.get("value").asText() : "") + "' " + p.get("reason").asText());
      }
    }
    out.sort(null);
    return out;
  }

  static void assertCounts(JsonNode report, long read, long accepted, long rejected) {
    assertEquals(read, report.get("rowsRead").asLong(), report.toString());
    assertEquals(accepted, report.get("rowsAccepted").asLong(), report.toString());
    assertEquals(rejected, report.get("rowsRejected").asLong(), report.toString());
  }

  @Test
  void an_unclosed_quote_costs_its_own_row_and_none_of_the_valid_rows_after_it(@TempDir Path dir) throws IOException {
    Path deals = dir.resolve("deals.csv");
    // the quote opened on row 3 is "closed" by the quote before Acme on row 6: row 3 alone is lost
    Files.writeString(deals, HEADER + deal("D1", "one") + "D2,\"broken,A1,rep001\n" + deal("D3", "three")
        + deal("D4", "four") + deal("D5", "\"Acme, Inc\""));
    JsonNode report = validate("--deals", deals.toString(), "--layout", "gen-deals").get("deals");
    assertCounts(report, 5, 4, 1);
    assertEquals(List.of("3 name '\"broken,A1,rep001' has text after the closing quote of a quoted field"),
        rejections(report));
  }

  @Test
  void a_json_array_with_a_malformed_or_too_deep_element_keeps_every_other_element(@TempDir Path dir)
      throws IOException {
    String handoff = "{\"id\":\"%s\",\"protocolId\":\"mql-to-sal\",\"protocolVersion\":1,\"dealId\":\"L1\","
        + "\"sentAt\":\"2026-11-02T10:00:00Z\",\"payload\":{\"leadSource\":\"webinar\",\"company\":\"Acme\","
        + "\"contactRole\":\"CFO\"}}";
    Path file = dir.resolve("handoffs.json");
    Files.writeString(file, "[\n" + String.format(handoff, "A") + ",\n"
        + "{\"id\":\"B\" \"protocolId\":\"mql-to-sal\"},\n"
        + "{\"id\":\"C\",\"payload\":" + "[".repeat(500) + "]".repeat(500) + "},\n"
        + String.format(handoff, "D") + ",\n"
        + "{\"id\":\"E\",\"protocolId\":\"mql-to-sal\",\n"
        + String.format(handoff, "F") + "\n]\n");
    Run r = run("handoffs", "--handoffs", file.toString(), "--as-of", "2026-11-30T12:00:00Z", "--format", "json");
    assertEquals(0, r.status(), r.err());
    JsonNode report = JSON.readTree(r.out()).get("handoffs");
    assertCounts(report, 6, 3, 3);
    assertEquals(List.of(2L, 3L, 5L), rowsOf(report));
  }

  static List<Long> rowsOf(JsonNode report) {
    List<Long> rows = new ArrayList<>();
    report.get("rejections").forEach(g -> g.get("examples").forEach(e -> rows.add(e.get("row").asLong())));
    rows.sort(null);
    return rows;
  }

  @Test
  void a_null_line_or_element_is_one_rejection_not_a_null_pointer_exception(@TempDir Path dir) throws IOException {
    Path deals = dir.resolve("deals.jsonl");
    Files.writeString(deals, dealLine("D1", "") + "\nnull\n" + dealLine("D2", "") + "\n");
    JsonNode report = validate("--deals", deals.toString()).get("deals");
    assertCounts(report, 3, 2, 1);
    assertEquals(List.of("2 - 'null' is null, not a deal"), rejections(report));
    Path handoffs = dir.resolve("handoffs.json");
    Files.writeString(handoffs, "[null, null]");
    Run r = run("handoffs", "--handoffs", handoffs.toString(), "--as-of", "2026-11-30T12:00:00Z", "--format", "json");
    assertEquals(0, r.status(), r.err());
    assertCounts(JSON.readTree(r.out()).get("handoffs"), 2, 0, 2);
  }

  @Test
  void date_times_are_resolved_strictly_in_deals_and_transitions(@TempDir Path dir) throws IOException {
    Path deals = dir.resolve("deals.csv");
    Files.writeString(deals, HEADER + deal("D1", "one").replace("2026-01-05", "2025-02-30T10:00:00Z")
        + deal("D2", "two"));
    Path transitions = dir.resolve("transitions.csv");
    Files.writeString(transitions, "deal_id,from_stage,to_stage,changed_at,actor\n"
        + "D1,,Prospecting,2025-02-30T10:00:00+01:00,rep001\n"
        + "D2,,Prospecting,2025-02-28T10:00:00+01:00,rep001\n");
    JsonNode reports = validate("--deals", deals.toString(), "--layout", "gen-deals", "--transitions",
        transitions.toString());
    assertEquals(List.of("2 created_date '2025-02-30T10:00:00Z' is not a date (yyyy-MM-dd or an ISO date-time)"),
        rejections(reports.get("deals")));
    assertEquals(List.of("2 changed_at '2025-02-30T10:00:00+01:00' is not an instant (ISO-8601 date-time)"),
        rejections(reports.get("transitions")));
  }

  @Test
  void a_json_number_where_a_date_is_expected_is_a_rejection_not_an_epoch_day(@TempDir Path dir) throws IOException {
    Path deals = dir.resolve("deals.jsonl");
    Files.writeString(deals, String.join("\n", dealLine("D1", ",\"createdDate\":20454"),
        dealLine("D2", ",\"probabilityOverride\":{\"probability\":\"0.5\",\"setBy\":\"ann\"}"),
        "{\"id\":3,\"stage\":\"Proposal\"}", dealLine("D4", ",\"createdDate\":\"2026-01-05\"")) + "\n");
    JsonNode report = validate("--deals", deals.toString()).get("deals");
    assertCounts(report, 4, 1, 3);
    assertEquals(List.of("1 createdDate '20454' must be an ISO date (2026-01-31), as a JSON string",
            "2 probability '\"0.5\"' must be a decimal, as a JSON number",
            "3 id '3' is not a valid value"),
        rejections(report));
  }

  @Test
  void a_history_whose_rows_are_not_together_is_rejected_whole_naming_both_ranges(@TempDir Path dir)
      throws IOException {
    Path deals = dir.resolve("deals.csv");
    Files.writeString(deals, HEADER + deal("D1", "one") + deal("D2", "two"));
    Path transitions = dir.resolve("transitions.csv");
    Files.writeString(transitions, "deal_id,from_stage,to_stage,changed_at,actor\n"
        + "D1,,Prospecting,2026-01-05T10:00:00Z,rep001\n"
        + "D2,,Prospecting,2026-01-05T11:00:00Z,rep001\n"
        + "D1,Prospecting,Proposal,2026-02-05T10:00:00Z,rep001\n");
    JsonNode report = validate("--deals", deals.toString(), "--layout", "gen-deals", "--transitions",
        transitions.toString()).get("transitions");
    assertCounts(report, 3, 1, 2);
    JsonNode example = report.get("rejections").get(0).get("examples").get(0).get("problems").get(0);
    assertEquals("rows 2 and 4", example.get("detail").asText());
  }

  @Test
  void repeated_ids_are_confirmed_exactly_so_similar_long_ids_are_both_accepted(@TempDir Path dir)
      throws IOException {
    Path deals = dir.resolve("deals.csv");
    Files.writeString(deals, HEADER + deal("0061a00000XyZaBQAV", "one") + deal("0061a00000XyZaBQAW", "two")
        + deal("0061a00000XyZaBQAV", "again"));
    JsonNode report = validate("--deals", deals.toString(), "--layout", "gen-deals").get("deals");
    assertCounts(report, 3, 2, 1);
    assertEquals(List.of("4 deal_id '0061a00000XyZaBQAV' repeats the deal id of an earlier row"), rejections(report));
  }

  @Test
  void a_repeated_key_in_an_outcomes_or_targets_file_is_a_rejection_naming_both_rows(@TempDir Path dir)
      throws IOException {
    Path outcomes = dir.resolve("renewals.csv");
    Files.writeString(outcomes, "deal_id,outcome\nD00007,renewed\nD00008,churned\nD00007,churned\n");
    Run r = run("handoffs", "--as-of", "2026-11-30T12:00:00Z", "--outcomes", outcomes.toString(), "--format", "json");
    assertEquals(0, r.status(), r.err());
    JsonNode report = JSON.readTree(r.out()).get("outcomes");
    assertCounts(report, 3, 2, 1);
    JsonNode problem = report.get("rejections").get(0).get("examples").get(0).get("problems").get(0);
    assertEquals("repeats an earlier row's deal", problem.get("reason").asText());
    assertEquals("first at row 2", problem.get("detail").asText());

    Path deals = dir.resolve("deals.csv");
    Files.writeString(deals, "deal_id,owner,stage,amount,currency,expected_close_date,closed_date\n"
        + "D1,ann,Proposal,1000.00,USD,2026-11-15,\n");
    Path targets = dir.resolve("targets.csv");
    Files.writeString(targets, "period,owner,amount,currency\n2026-Q4,ann,2000,USD\n2026-Q4,ann,3000,USD\n");
    Run p = run("pipeline", "--deals", deals.toString(), "--layout", "gen-deals", "--targets", targets.toString(),
        "--as-of", "2026-10-15");
    assertEquals(0, p.status(), p.err());
    String out = p.out().replaceAll(" +", " ");
    assertTrue(out.contains("targets: 1 of 2 rows rejected, for example row 3: period '2026-Q4' repeats an earlier "
        + "row's period, dimensions and currency (first at row 2)"), out);
    assertTrue(out.contains("USD 2000.00"), out);
    assertFalse(out.contains("USD 3000.00"), out);
  }

  @Test
  void a_json_number_with_a_huge_exponent_or_ten_thousand_digits_is_one_rejection(@TempDir Path dir)
      throws IOException {
    Path deals = dir.resolve("deals.jsonl");
    Files.writeString(deals, String.join("\n", dealLine("D1", ",\"projectedMarginRate\":1e-999999999"),
        dealLine("D2", ",\"projectedMarginRate\":0." + "5".repeat(10_000)), dealLine("D3", "")) + "\n");
    JsonNode report = validate("--deals", deals.toString()).get("deals");
    assertCounts(report, 3, 1, 2);
  }

  @Test
  void a_fifty_megabyte_unquoted_field_is_one_rejection_not_an_out_of_memory_error(@TempDir Path dir)
      throws IOException {
    Path deals = dir.resolve("deals.csv");
    try (Writer w = Files.newBufferedWriter(deals)) {
      w.write(HEADER);
      w.write(deal("D1", "one"));
      w.write("D2,");
      char[] chunk = "y".repeat(1 << 20).toCharArray();
      for (int i = 0; i < 50; i++) {
        w.write(chunk);
      }
      w.write(",A1,rep001,SMB,Inbound,Core,USD,100.00,Proposal,60,,,,,,\n");
      w.write(deal("D3", "three"));
    }
    JsonNode report = validate("--deals", deals.toString(), "--layout", "gen-deals").get("deals");
    assertCounts(report, 3, 2, 1);
    JsonNode problem = report.get("rejections").get(0).get("examples").get(0).get("problems").get(0);
    assertEquals("is longer than 1000000 characters (ImportOptions.maxRecordChars)", problem.get("reason").asText());
    assertEquals("name", problem.get("column").asText());
    assertEquals("y".repeat(200) + "...", problem.get("value").asText());
  }

  @Test
  void many_distinct_unknown_json_properties_keep_the_report_bounded(@TempDir Path dir) throws IOException {
    Path deals = dir.resolve("deals.jsonl");
    try (Writer w = Files.newBufferedWriter(deals)) {
      for (int i = 0; i < 20_000; i++) {
        w.write(dealLine("D" + i, ",\"custom_" + i + "\":1") + "\n");
      }
    }
    JsonNode report = validate("--deals", deals.toString()).get("deals");
    assertCounts(report, 20_000, 0, 20_000);
    // a group per unknown property up to the report's limit, then one for every other column
    assertEquals(101, report.get("rejections").size());
    JsonNode others = report.get("rejections").get(0);
    assertEquals(19_900, others.get("rows").asLong());
    assertTrue(others.get("otherColumns").asBoolean());
  }

  @Test
  void a_rejection_shows_the_cell_as_read_and_the_files_own_column_name(@TempDir Path dir) throws IOException {
    Path export = dir.resolve("opportunities.csv");
    Files.writeString(export, "ID,NAME,ACCOUNT.NAME,OWNER.NAME,LEADSOURCE,AMOUNT,STAGENAME,PROBABILITY,"
        + "FORECASTCATEGORYNAME,CREATEDDATE,CLOSEDATE,TYPE\n"
        + "0061,Acme,Acme Inc,Ana,Web, -250.00 ,Prospecting,10,Pipeline,2026-01-15T10:00:00.000+0000,2026-12-01,New\n");
    JsonNode report = validate("--deals", export.toString(), "--layout", "salesforce-opportunities").get("deals");
    JsonNode problem = report.get("rejections").get(0).get("examples").get(0).get("problems").get(0);
    assertEquals("AMOUNT", problem.get("column").asText());
    assertEquals(" -250.00 ", problem.get("value").asText());
    assertEquals("must not be negative", problem.get("reason").asText());
    assertEquals("read as USD -250.00", problem.get("detail").asText());
  }
}
