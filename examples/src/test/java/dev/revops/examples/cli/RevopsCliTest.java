package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevopsCliTest {

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = RevopsCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void validate_without_arguments_reports_on_the_bundled_sample_and_exits_1_for_its_rejections() {
    Run r = run("validate");
    assertEquals(1, r.status(), r.err());
    assertTrue(r.out().contains("Pipeline definition gen-deals@1"), r.out());
    assertTrue(r.out().contains("Deals: bundled:sample/deals.csv (CSV, mapping gen-deals)"), r.out());
    assertTrue(r.out().contains("rows read                       600"), r.out());
    assertTrue(r.out().contains("1 x amount is not a plain decimal number"), r.out());
    assertTrue(r.out().contains("row 19 (D00017): '12,500.00'"), r.out());
    assertTrue(r.out().contains("Stage transitions: bundled:sample/transitions.csv"), r.out());
    assertTrue(r.out().contains("11 rows rejected"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void generate_completion_prints_a_bash_script_that_completes_every_command_and_its_options() {
    Run r = run("generate-completion");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("complete -F _complete_revops"), r.out());   // bash: `source <(revops generate-completion)`
    for (String command : new String[] {"validate", "pipeline", "review", "reconcile", "handoffs", "funnel",
        "project", "retention", "sample"}) {
      assertTrue(r.out().contains("function _picocli_revops_" + command + "()"), command);
    }
    assertTrue(r.out().contains("--format"), "options are completed too");
  }

  @Test
  void every_command_has_help() {
    for (String[] args : new String[][] {{"--help"}, {"validate", "--help"}, {"sample", "--help"}, {"help", "validate"}}) {
      Run r = run(args);
      assertEquals(0, r.status());
      assertTrue(r.out().startsWith("Usage: revops"), r.out());
    }
    assertEquals(0, run().status());
  }

  @Test
  void a_missing_file_or_a_bad_option_is_one_line_and_exit_status_2() {
    Run missing = run("validate", "--deals", "/no/such/deals.csv");
    assertEquals(2, missing.status());
    assertEquals("revops validate: cannot read /no/such/deals.csv: no such file\n", missing.err());
    Run bad = run("validate", "--colour", "red");
    assertEquals(2, bad.status());
    assertEquals(1, bad.err().strip().lines().count(), bad.err());
    assertTrue(bad.err().startsWith("revops validate: Unknown options: '--colour', 'red'"), bad.err());
    Run badDefinition = run("validate", "--definition", "nowhere");
    assertEquals(2, badDefinition.status());
    assertTrue(badDefinition.err().contains("is neither a bundled definition"), badDefinition.err());
  }

  @Test
  void a_clean_file_exits_0_and_the_layout_is_detected_from_the_header(@TempDir Path dir) throws IOException {
    Path deals = dir.resolve("pipeline.csv");
    Files.writeString(deals, "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\r\n"
        + "1C1I7A6R,Moses Frase,GTX Plus Basic,Cancity,Won,2016-10-20,2017-03-01,1054\r\n"
        + "X2,Moses Frase,GTX Basic,,Prospecting,,,\r\n");
    Run r = run("validate", "--deals", deals.toString());
    assertEquals(0, r.status(), r.out() + r.err());
    assertTrue(r.out().contains("Pipeline definition maven-crm@1"), r.out());
    assertTrue(r.out().contains("Every row was accepted."), r.out());
  }

  @Test
  void json_output_is_the_reports_as_json(@TempDir Path dir) throws IOException {
    Run r = run("validate", "--format", "json", "--examples", "1");
    assertEquals(1, r.status());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(600, json.get("deals").get("rowsRead").asInt());
    assertEquals(6, json.get("deals").get("rowsRejected").asInt());
    assertEquals("gen-deals", json.get("definition").get("id").asText());
    assertEquals(1, json.get("deals").get("rejections").get(0).get("examples").size());
  }

  @Test
  void a_file_that_cannot_be_imported_says_why(@TempDir Path dir) throws IOException {
    Path deals = dir.resolve("deals.csv");
    Files.writeString(deals, "deal_id,amount\nD1,5\n");
    Run r = run("validate", "--deals", deals.toString(), "--layout", "gen-deals");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("cannot be imported: header 'deal_id,amount' must have a column for stage"), r.err());
  }

  @Test
  void sample_writes_the_bundled_sample_and_refuses_to_overwrite(@TempDir Path dir) throws IOException {
    Run r = run("sample", "--out", dir.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(Files.readString(dir.resolve("deals.csv")).startsWith("deal_id,name,"));
    assertEquals(2, run("sample", "--out", dir.toString()).status());
    assertEquals(0, run("sample", "--out", dir.toString(), "--force", "--clean", "--deals", "10").status());
    Run clean = run("validate", "--deals", dir.resolve("deals.csv").toString(), "--transitions",
        dir.resolve("transitions.csv").toString());
    assertEquals(0, clean.status(), clean.out());
  }
}
