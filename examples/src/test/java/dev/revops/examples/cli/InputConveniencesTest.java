package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Standard input and gzip on the input options, the as-of on the first line of every report,
 * {@code --as-of latest} and the warning for an old export.
 */
class InputConveniencesTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path SAMPLE = Path.of("src/main/resources/dev/revops/examples/sample");
  static final String HEADER = "deal_id,name,account_id,owner,segment,source,product,currency,amount,stage,probability,"
      + "forecast_category,created_date,expected_close_date,closed_date,cost_to_close,margin_pct\n";

  /** Runs the CLI in this JVM with {@code stdin} as standard input. */
  static RevopsCliTest.Run withStandardInput(byte[] stdin, String... args) {
    InputStream before = System.in;
    try {
      System.setIn(new ByteArrayInputStream(stdin));
      return RevopsCliTest.run(args);
    } finally {
      System.setIn(before);
    }
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  static void oneLineError(RevopsCliTest.Run r, String expected) {
    assertEquals(2, r.status(), r.out() + r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains(expected), r.err());
    assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
  }

  /** The import report of a JSON run, without its source (a file's name, or "standard input"). */
  static JsonNode report(RevopsCliTest.Run r, String field) throws IOException {
    JsonNode n = JSON.readTree(r.out()).get(field).deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) n).remove("source");
    return n;
  }

  @Test
  void the_transitions_may_come_from_standard_input_and_give_the_figures_the_file_gives() throws IOException {
    Path deals = SAMPLE.resolve("deals.csv");
    Path transitions = SAMPLE.resolve("transitions.csv");
    RevopsCliTest.Run file = RevopsCliTest.run("velocity", "--deals", deals.toString(), "--transitions",
        transitions.toString(), "--as-of", "2026-10-01", "--format", "json");
    RevopsCliTest.Run piped = withStandardInput(Files.readAllBytes(transitions), "velocity", "--deals",
        deals.toString(), "--transitions", "-", "--as-of", "2026-10-01", "--format", "json");
    assertEquals(0, piped.status(), piped.err());
    JsonNode a = JSON.readTree(file.out());
    JsonNode b = JSON.readTree(piped.out());
    assertEquals(a.get("stageVelocity"), b.get("stageVelocity"));
    assertEquals(report(file, "transitions"), report(piped, "transitions"));
    // 2,168 transition rows in the sample file (one header line): all read from the pipe
    assertEquals(2_168, b.at("/transitions/rowsRead").asLong());
  }

  @Test
  void deals_piped_to_a_real_process_are_read_whole_after_the_layout_is_detected() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        RevopsCli.class.getName(), "validate", "--deals", "/dev/stdin", "--format", "json")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (OutputStream in = p.getOutputStream()) {
      Files.copy(SAMPLE.resolve("deals.csv"), in);
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    // the sample: 600 rows, 6 of them rejected on purpose (exit 1)
    assertEquals(1, p.exitValue(), out);
    JsonNode report = JSON.readTree(out);
    assertEquals(600, report.at("/deals/rowsRead").asLong(), out);
    assertEquals(594, report.at("/deals/rowsAccepted").asLong(), out);
    assertEquals("standard input", report.at("/deals/source").asText(), out);
  }

  @Test
  void gzipped_standard_input_and_json_lines_on_standard_input_are_recognised() throws IOException {
    byte[] csv = Files.readAllBytes(SAMPLE.resolve("deals.csv"));
    RevopsCliTest.Run gz = withStandardInput(gzip(csv), "validate", "--deals", "-", "--format", "json");
    RevopsCliTest.Run plain = RevopsCliTest.run("validate", "--deals", SAMPLE.resolve("deals.csv").toString(),
        "--format", "json");
    assertEquals(1, gz.status(), gz.err());
    assertEquals(report(plain, "deals"), report(gz, "deals"));
    String jsonl = "{\"id\":\"J1\",\"stage\":\"prospecting\",\"amount\":\"USD 100.00\",\"createdDate\":\"2026-01-05\"}\n"
        + "{\"id\":\"J2\",\"stage\":\"closed-won\",\"amount\":\"USD 250.00\",\"createdDate\":\"2026-01-05\","
        + "\"closedDate\":\"2026-02-01\"}\n";
    RevopsCliTest.Run lines = withStandardInput(jsonl.getBytes(StandardCharsets.UTF_8), "validate", "--deals", "-");
    assertEquals(0, lines.status(), lines.out() + lines.err());
    assertTrue(lines.out().contains("Deals: standard input (JSON Lines"), lines.out());
  }

  @Test
  void empty_standard_input_is_a_one_line_error() {
    oneLineError(withStandardInput(new byte[0], "validate", "--deals", "-"),
        "standard input is empty: a deals CSV needs a header row");
    oneLineError(withStandardInput(new byte[0], "pipeline", "--deals", "-", "--as-of", "latest"),
        "standard input is empty");
  }

  @Test
  void a_gzipped_file_reads_as_the_file_and_a_broken_one_is_a_one_line_error(@TempDir Path dir) throws IOException {
    byte[] csv = Files.readAllBytes(SAMPLE.resolve("deals.csv"));
    byte[] gz = gzip(csv);
    Path good = dir.resolve("deals.csv.gz");
    Files.write(good, gz);
    RevopsCliTest.Run r = RevopsCliTest.run("validate", "--deals", good.toString(), "--format", "json");
    RevopsCliTest.Run plain = RevopsCliTest.run("validate", "--deals", SAMPLE.resolve("deals.csv").toString(),
        "--format", "json");
    assertEquals(report(plain, "deals"), report(r, "deals"));
    Path truncated = dir.resolve("truncated.csv.gz");
    Files.write(truncated, Arrays.copyOf(gz, gz.length / 2));
    oneLineError(RevopsCliTest.run("validate", "--deals", truncated.toString()),
        "truncated.csv.gz ends before its gzip stream does: the file is empty or truncated");
    Path notGzip = dir.resolve("plain.csv.gz");
    Files.write(notGzip, csv);
    oneLineError(RevopsCliTest.run("validate", "--deals", notGzip.toString()),
        "plain.csv.gz is not a valid gzip file (not in GZIP format)");
    Path empty = dir.resolve("empty.csv.gz");
    Files.write(empty, new byte[0]);
    oneLineError(RevopsCliTest.run("pipeline", "--deals", empty.toString()), "empty.csv.gz ends before its gzip "
        + "stream does");
    // a gzipped transitions file too
    Path transitions = dir.resolve("transitions.csv.gz");
    Files.write(transitions, gzip(Files.readAllBytes(SAMPLE.resolve("transitions.csv"))));
    RevopsCliTest.Run v = RevopsCliTest.run("velocity", "--deals", good.toString(), "--transitions",
        transitions.toString(), "--as-of", "2026-10-01");
    assertEquals(0, v.status(), v.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"pipeline", "velocity", "conversion", "review", "reconcile", "handoffs", "funnel", "retention",
      "project", "calls", "winloss", "attribution", "cac"})
  void every_report_states_its_as_of_on_its_first_line_and_in_its_json(String command) throws IOException {
    RevopsCliTest.Run table = RevopsCliTest.run(command);
    assertTrue(table.status() == 0 || table.status() == 1, table.err());
    assertEquals("As of 2026-10-01 (UTC)", table.out().lines().findFirst().orElseThrow());
    RevopsCliTest.Run json = RevopsCliTest.run(command, "--format", "json");
    assertTrue(json.out().contains("\"asOf\" : \"2026-10-01T00:00:00Z\""), command);
    RevopsCliTest.Run csv = RevopsCliTest.run(command, "--format", "csv");
    assertTrue(csv.out().startsWith("section,period,group,currency,measure,value"), command);
  }

  /** Three deals: the latest created or closed date is 2024-03-20; an expected close date of 2024-12-31 is a plan. */
  static Path threeDeals(Path dir) throws IOException {
    Path f = dir.resolve("deals.csv");
    Files.writeString(f, HEADER
        + "A,Deal A,AC1,kim,SMB,Inbound,Core,USD,1000.00,Prospecting,10,Pipeline,2024-01-10,2024-12-31,,,\n"
        + "B,Deal B,AC2,kim,SMB,Inbound,Core,USD,2000.00,Closed Won,100,Closed,2024-01-15,2024-03-01,2024-03-20,,\n"
        + "C,Deal C,AC3,lee,SMB,Inbound,Core,USD,3000.00,Closed Lost,0,Omitted,2024-02-01,2024-03-10,2024-03-05,,\n");
    return f;
  }

  @ParameterizedTest
  @ValueSource(strings = {"pipeline", "winloss", "project", "calls"})
  void as_of_latest_is_the_latest_created_or_closed_date_of_the_deals(String command, @TempDir Path dir)
      throws IOException {
    Path deals = threeDeals(dir);
    Path roster = dir.resolve("roster.csv");
    Files.writeString(roster, "person,manager,level,from,to\nboss,,manager,,\nkim,boss,rep,,\nlee,boss,rep,,\n");
    List<String> extra = command.equals("calls") ? List.of("--roster", roster.toString()) : List.of();
    List<String> args = new ArrayList<>(List.of(command, "--deals", deals.toString(), "--as-of", "latest"));
    args.addAll(extra);
    RevopsCliTest.Run r = RevopsCliTest.run(args.toArray(String[]::new));
    assertTrue(r.status() == 0 || r.status() == 1, r.out() + r.err());
    // B closed 2024-03-20, after every created date (latest 2024-02-01) and the other close (2024-03-05)
    assertEquals("As of 2024-03-20 (UTC)", r.out().lines().findFirst().orElseThrow(), r.out());
    byte[] bytes = Files.readAllBytes(deals);
    List<String> piped0 = new ArrayList<>(List.of(command, "--deals", "-", "--as-of", "LATEST"));
    piped0.addAll(extra);
    RevopsCliTest.Run piped = withStandardInput(bytes, piped0.toArray(String[]::new));
    assertEquals("As of 2024-03-20 (UTC)", piped.out().lines().findFirst().orElseThrow(), piped.out() + piped.err());
  }

  @Test
  void as_of_latest_on_velocity_and_conversion_reads_the_deals_first(@TempDir Path dir) throws IOException {
    Path deals = threeDeals(dir);
    Path transitions = dir.resolve("transitions.csv");
    Files.writeString(transitions, "deal_id,from_stage,to_stage,changed_at,actor\n"
        + "A,,Prospecting,2024-01-10T09:00:00Z,kim\n"
        + "B,,Prospecting,2024-01-15T09:00:00Z,kim\nB,Prospecting,Closed Won,2024-03-20T09:00:00Z,kim\n"
        + "C,,Prospecting,2024-02-01T09:00:00Z,lee\nC,Prospecting,Closed Lost,2024-03-05T09:00:00Z,lee\n");
    for (String command : List.of("velocity", "conversion")) {
      RevopsCliTest.Run r = RevopsCliTest.run(command, "--deals", deals.toString(), "--transitions",
          transitions.toString(), "--as-of", "latest");
      assertEquals(0, r.status(), r.out() + r.err());
      assertEquals("As of 2024-03-20 (UTC)", r.out().lines().findFirst().orElseThrow(), r.out());
    }
  }

  @Test
  void handoffs_as_of_latest_is_the_latest_instant_a_handoff_was_sent_or_answered() throws IOException {
    // worked out from the file itself, not by the command: the latest sentAt or outcome.at of any line
    // (the sample's deliberately wrong instants, such as 2026-02-30, are not instants and are skipped)
    java.time.Instant latest = java.time.Instant.MIN;
    for (String line : Files.readAllLines(SAMPLE.resolve("handoffs.jsonl"))) {
      JsonNode h = JSON.readTree(line);
      for (JsonNode at : List.of(h.path("sentAt"), h.at("/outcome/at"))) {
        try {
          if (at.isTextual() && java.time.Instant.parse(at.asText()).isAfter(latest)) {
            latest = java.time.Instant.parse(at.asText());
          }
        } catch (java.time.format.DateTimeParseException e) {
          // rejected by the import too
        }
      }
    }
    java.time.ZonedDateTime at = latest.atZone(java.time.ZoneOffset.UTC);
    RevopsCliTest.Run r = RevopsCliTest.run("handoffs", "--as-of", "latest");
    assertTrue(r.status() == 0 || r.status() == 1, r.err());
    assertEquals("As of " + at.toLocalDate() + " " + at.toLocalTime() + " (UTC)", r.out().lines().findFirst()
        .orElseThrow(), r.out());
  }

  @Test
  void as_of_latest_without_any_date_in_the_deals_is_a_one_line_error(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("undated.csv");
    Files.writeString(f, HEADER + "A,Deal A,AC1,kim,SMB,Inbound,Core,USD,1000.00,Prospecting,10,Pipeline,,,,,\n");
    oneLineError(RevopsCliTest.run("pipeline", "--deals", f.toString(), "--as-of", "latest"),
        "--as-of latest: no deal of " + f + " has a created or closed date to take the latest of");
    oneLineError(RevopsCliTest.run("winloss", "--deals", f.toString(), "--as-of", "soon"),
        "'soon' is not a date (yyyy-MM-dd, a day that exists) or latest");
  }

  @Test
  void an_export_more_than_a_year_older_than_the_as_of_is_warned_on_the_second_line(@TempDir Path dir)
      throws IOException {
    Path deals = threeDeals(dir);
    // latest 2024-03-20; a year later is 2025-03-20: as of that day no warning, the day after a warning
    RevopsCliTest.Run atAYear = RevopsCliTest.run("pipeline", "--deals", deals.toString(), "--as-of", "2025-03-20");
    assertFalse(atAYear.out().contains("Warning"), atAYear.out());
    RevopsCliTest.Run after = RevopsCliTest.run("pipeline", "--deals", deals.toString(), "--as-of", "2025-03-21");
    List<String> lines = new ArrayList<>(after.out().lines().limit(2).toList());
    assertEquals(List.of("As of 2025-03-21 (UTC)", "Warning: the latest date in the input, 2024-03-20, is more than "
        + "a year before the as-of date 2025-03-21: give --as-of latest or the date the data was exported"), lines);
    RevopsCliTest.Run json = RevopsCliTest.run("winloss", "--deals", deals.toString(), "--as-of", "2026-10-01",
        "--format", "json");
    assertEquals("the latest date in the input, 2024-03-20, is more than a year before the as-of date 2026-10-01: "
        + "give --as-of latest or the date the data was exported", JSON.readTree(json.out()).at("/warnings/0").asText());
    RevopsCliTest.Run sample = RevopsCliTest.run("pipeline", "--format", "json");
    assertTrue(JSON.readTree(sample.out()).path("warnings").isMissingNode(), "the sample is recent");
  }
}
