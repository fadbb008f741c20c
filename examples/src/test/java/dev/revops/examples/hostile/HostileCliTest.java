package dev.revops.examples.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.examples.cli.RevopsCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against what a hostile or careless user sends: one case per defect class of
 * the "Nothing lost" issue that the CLI fixes. Every error is one line on stderr with exit status 2,
 * never a stack trace nor an "unexpected" exception.
 */
class HostileCliTest {

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = RevopsCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  /** Exit status 2 and one line on stderr, starting with the command, holding {@code expected}. */
  static void oneLineError(Run r, String expected) {
    assertEquals(2, r.status(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().startsWith("revops "), r.err());
    assertFalse(r.err().contains("unexpected") || r.err().contains("\tat ") || r.err().contains("Exception"),
        r.err());
    assertTrue(r.err().contains(expected), "expected '" + expected + "' in: " + r.err());
  }

  /** The fields of each record of RFC 4180 CSV (CRLF or LF ends a record outside quotes). */
  static List<List<String>> csv(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
        f.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ',') {
        fields.add(f.toString());
        f.setLength(0);
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(f.toString());
        f.setLength(0);
        records.add(fields);
        fields = new ArrayList<>();
      } else {
        f.append(c);
      }
    }
    return records;
  }

  static final String HEADER = "deal_id,owner,stage,amount,currency,expected_close_date,closed_date\n";

  @Test
  void a_value_holding_a_line_break_a_quote_or_a_comma_stays_one_csv_field(@TempDir Path dir) throws IOException {
    Path deals = dir.resolve("deals.csv");
    Files.writeString(deals, HEADER
        + "D1,\"ann\nsmith, \"\"jr\"\"\",Proposal,1000.00,USD,2026-11-15,\n"
        + "D2,bob,Proposal,500.00,USD,2026-11-20,\n");
    Run r = run("pipeline", "--deals", deals.toString(), "--layout", "gen-deals", "--group-by", "owner", "--as-of",
        "2026-10-01", "--format", "csv");
    assertEquals(0, r.status(), r.err());
    List<List<String>> records = csv(r.out());
    assertEquals(List.of("section", "period", "group", "currency", "measure", "value"), records.get(0));
    records.forEach(rec -> assertEquals(6, rec.size(), rec.toString()));
    // the owner's group, line break, comma and quotes included, with its weighted amount: 1000.00 x 0.6
    assertTrue(records.contains(List.of("weighted-pipeline", "", "owner=ann\nsmith, \"jr\"", "USD", "weighted",
        "600.00")), records.toString());
    // a record per figure of the tables, whatever the values hold: 1 total and 2 groups of 5 figures in
    // the weighted pipeline, the roll-up's 9 figures for the period total and 2 owners, the range's 7
    long weighted = records.stream().filter(x -> x.get(0).equals("weighted-pipeline")).count();
    assertEquals(15, weighted);
  }

  @Test
  void an_unknown_time_zone_is_one_line() {
    oneLineError(run("reconcile", "--zone", "Mars/Base"), "--zone 'Mars/Base' is not a time zone");
    oneLineError(run("handoffs", "--zone", "Mars/Base"), "--zone 'Mars/Base' is not a time zone");
  }

  @Test
  void an_unreadable_file_is_one_line_with_the_systems_reason(@TempDir Path dir) throws IOException {
    oneLineError(run("validate", "--deals", dir.toString()), "cannot read " + dir + ": is a directory");
    oneLineError(run("validate", "--deals", dir.resolve("none.csv").toString()), "no such file");
    oneLineError(run("reconcile", "--books", dir.resolve("none.json").toString()), "no such file");
    oneLineError(run("pipeline", "--deals", "a\u0000b.csv"), "is not a file path");
    Path nothing = Files.writeString(dir.resolve("model.json"), "null");
    oneLineError(run("pipeline", "--probability", nothing.toString()), "holds no value");
    Path locked = Files.writeString(dir.resolve("locked.csv"), HEADER);
    if (locked.toFile().setReadable(false) && !Files.isReadable(locked)) {
      // not when the tests run as root, who reads anything
      oneLineError(run("validate", "--deals", locked.toString()), "permission denied");
    }
  }

  @Test
  void an_unwritable_file_is_one_line_with_the_reason_and_the_previous_file_stays(@TempDir Path dir)
      throws IOException {
    oneLineError(run("conversion", "--save-model", dir.resolve("no/such/model.json").toString()), "no such folder");
    oneLineError(run("conversion", "--save-model", dir.toString()), "is a directory");
    oneLineError(run("conversion", "--save-model", "/dev/null"), "not a regular file");
    Path out = Files.createDirectories(dir.resolve("sample"));
    Files.createDirectories(out.resolve("transitions.csv"));
    Run sample = run("sample", "--out", out.toString(), "--force");
    oneLineError(sample, "transitions.csv: is a directory");
    try (var files = Files.list(out)) {
      assertEquals(List.of(out.resolve("deals.csv"), out.resolve("transitions.csv")), files.sorted().toList(),
          "the files before the one that failed are whole, no temporary file is left");
    }
  }

  @Test
  void closing_the_books_backwards_is_one_line_and_leaves_the_books_as_they_were(@TempDir Path dir)
      throws IOException {
    Path books = dir.resolve("books.json");
    assertEquals(0, run("reconcile", "--close-before", "2026-09-01", "--save-books", books.toString()).status());
    byte[] closed = Files.readAllBytes(books);
    Run back = run("reconcile", "--books", books.toString(), "--close-before", "2026-06-01", "--save-books",
        books.toString());
    oneLineError(back, "2026-06-01");
    assertArrayEquals(closed, Files.readAllBytes(books));
  }

  @Test
  void an_aggregate_beyond_a_long_is_one_line_naming_its_group_and_currency(@TempDir Path dir) throws IOException {
    Path deals = dir.resolve("deals.csv");
    // 5e18 cents each, within a long; together 1e19 cents, beyond 9,223,372,036,854,775,807
    Files.writeString(deals, HEADER + "D1,ann,Negotiation,50000000000000000.00,USD,2026-11-15,\n"
        + "D2,ann,Negotiation,50000000000000000.00,USD,2026-11-20,\n");
    Run r = run("pipeline", "--deals", deals.toString(), "--layout", "gen-deals", "--group-by", "owner", "--as-of",
        "2026-10-01");
    oneLineError(r, "2026-Q4, owner=ann in USD is beyond the largest amount");
  }

  @Test
  void an_option_out_of_its_documented_bounds_is_one_line() {
    oneLineError(run("pipeline", "--trials", "0"), "--trials must be between 1 and 1,000,000, was 0");
    oneLineError(run("pipeline", "--trials", "2000000000"), "--trials must be between 1 and 1,000,000");
    oneLineError(run("pipeline", "--examples", "101"), "--examples must be between 0 and 100");
    oneLineError(run("validate", "--examples", "-1"), "--examples must be between 0 and 100");
    oneLineError(run("review", "--list", "1001"), "--list must be between 0 and 1,000");
    oneLineError(run("handoffs", "--list", "-1"), "--list must be between 0 and 1,000");
    oneLineError(run("reconcile", "--horizon", "100000000"), "--horizon must be between 0 and 120");
    oneLineError(run("reconcile", "--from", "1900-01", "--to", "2026-01"), "is more than 600 periods");
    oneLineError(run("velocity", "--lookback", "36501"), "--lookback must be between 1 and 36,500");
    oneLineError(run("velocity", "--aging-list", "5000000"), "--aging-list must be between 0 and 1,000");
    oneLineError(run("conversion", "--half-life", "0"), "--half-life must be between 1 and 36,500");
    oneLineError(run("conversion", "--prior-strength", "1e999999999"), "--prior-strength must be between 0 and");
    oneLineError(run("conversion", "--prior-strength", "1e-999999999"), "--prior-strength may have at most 9 decimals");
    oneLineError(run("sample", "--out", "/tmp/never-written", "--deals", "50001"), "--deals must be between 1 and 50,000");
  }

  @Test
  void a_giant_line_or_an_oversized_settings_file_is_refused_before_it_fills_memory(@TempDir Path dir)
      throws IOException {
    Path giant = dir.resolve("deals.csv");
    Files.writeString(giant, "x".repeat((1 << 20) + 1));
    oneLineError(run("validate", "--deals", giant.toString()), "has a line longer than 1,048,576 characters");
    Path definition = dir.resolve("definition.json");
    Files.writeString(definition, " ".repeat((16 << 20) + 1) + "{}");
    oneLineError(run("validate", "--definition", definition.toString()), "a settings file may have at most");
    Path holidays = dir.resolve("holidays.txt");
    Files.writeString(holidays, "2026-12-25".repeat(20));
    oneLineError(run("velocity", "--holidays", holidays.toString()), "has a line longer than 100 characters");
  }

  @Test
  void listing_many_distinct_rejections_stays_bounded(@TempDir Path dir) throws IOException {
    // every line a problem of its own (an unknown property named after the line): the summary lists 10
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      lines.append("{\"id\":\"H").append(i).append("\",\"unknown").append(i).append("\":1}\n");
    }
    Path handoffs = Files.writeString(dir.resolve("handoffs.jsonl"), lines);
    Run r = run("handoffs", "--handoffs", handoffs.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("5,000 lines read, 5,000 rejected"), r.out());
    long listed = r.out().lines().filter(l -> l.startsWith("  rejected: ")).count();
    assertTrue(listed <= 11, listed + " lines of rejections");
  }

  @Test
  void a_targets_or_outcomes_file_holding_more_than_is_kept_in_memory_is_one_line(@TempDir Path dir)
      throws IOException {
    // 100,001 distinct targets: one owner each, in the sample's quarter; repeats would be rejections
    StringBuilder targets = new StringBuilder("period,owner,amount,currency\n");
    for (int i = 0; i <= 100_000; i++) {
      targets.append("2026-Q4,o").append(i).append(",1000,USD\n");
    }
    Path t = Files.writeString(dir.resolve("targets.csv"), targets);
    oneLineError(run("pipeline", "--targets", t.toString()), t + " holds more than 100,000 targets: at most "
        + "100,000 are read");
    // a million repeats of one key are rejections, not targets held: the file is read
    StringBuilder repeated = new StringBuilder("period,owner,amount,currency\n");
    repeated.append("2026-Q4,,1000,USD\n".repeat(200_000));
    Run r = run("pipeline", "--targets", Files.writeString(dir.resolve("repeated.csv"), repeated).toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("targets: 199,999 of 200,000 rows rejected"), r.out());
    StringBuilder outcomes = new StringBuilder("deal_id,outcome\n");
    for (int i = 0; i <= 1_000_000; i++) {
      outcomes.append('D').append(i).append(",renewed\n");
    }
    Path o = Files.writeString(dir.resolve("outcomes.csv"), outcomes);
    oneLineError(run("handoffs", "--outcomes", o.toString()), o + " holds more than 1,000,000 outcomes: at most "
        + "1,000,000 are read");
  }
}
