package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.examples.sample.Bundled;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deals file and a transitions file on disk, large enough to be cut into many ranges (over 4
 * MiB each), give the same output read on one thread and on several: every figure, every rejection
 * with its row number, every count.
 */
class ParallelReadCommandTest {
  @TempDir
  static Path dir;
  static Path deals;
  static Path transitions;

  @BeforeAll
  static void files() throws IOException {
    deals = dir.resolve("deals.csv");
    transitions = dir.resolve("transitions.csv");
    write(deals, copies(lines(Bundled.sampleDeals()), 60, true));
    write(transitions, copies(lines(Bundled.sampleTransitions()), 60, false));
    assertTrue(Files.size(deals) > 4 << 20 && Files.size(transitions) > 4 << 20, "files of several ranges");
  }

  @Test
  void validate_gives_the_same_report_on_one_thread_and_on_two() {
    List<String> args = List.of("validate", "--deals", deals.toString(), "--transitions", transitions.toString(),
        "--format", "json");
    String serial = run(args, "1");
    assertEquals(serial, run(args, "2"));
    assertEquals(serial, run(args, "3"));
    // the sample's row 44 (an unknown stage) in the third copy: 44 + 2 * 600 rows, + 1 for the line break
    // of the row added to the second copy
    assertTrue(serial.contains("\"row\" : 1246,\n        \"recordId\" : \"R3-D00042\""), serial);
  }

  @Test
  void pipeline_gives_the_same_figures_on_one_thread_and_on_two() {
    List<String> args = List.of("pipeline", "--deals", deals.toString(), "--as-of", "2026-10-01", "--group-by",
        "owner,period", "--format", "json");
    assertEquals(run(args, "1"), run(args, "2"));
  }

  @Test
  void a_thread_count_of_zero_is_a_one_line_error() {
    RevopsCliTest.Run r = RevopsCliTest.run("validate", "--deals", deals.toString(), "--threads", "0");
    assertEquals(2, r.status());
    assertEquals("revops validate: --threads must be between 1 and 16, was 0\n", r.err());
  }

  private static String run(List<String> args, String threads) {
    List<String> all = new ArrayList<>(args);
    all.add("--threads");
    all.add(threads);
    RevopsCliTest.Run r = RevopsCliTest.run(all.toArray(String[]::new));
    assertTrue(r.status() <= 1, r.err()); // validate says 1 when rows were rejected
    return r.status() + "\n" + r.out();
  }

  /**
   * The header, then {@code n} copies of the rows, each copy's deal ids made its own (R1-D00000...),
   * every deal's rows kept together; the deals file also gets, in its second copy, a row with a
   * quoted line break and an unclosed quote on its last line.
   */
  private static List<String> copies(List<String> lines, int n, boolean deals) {
    List<String> out = new ArrayList<>(List.of(lines.get(0)));
    for (int k = 1; k <= n; k++) {
      for (String row : lines.subList(1, lines.size())) {
        out.add("R" + k + "-" + row);
      }
      if (deals && k == 2) {
        out.add("R2-X1,\"two\nlines\",A1,harper,SMB,Referral,Core,USD,10.00,Discovery,,,2026-08-14,2026-12-01,,,");
      }
    }
    if (deals) {
      out.add("R0-X2,\"open,A1");
    }
    return out;
  }

  private static List<String> lines(Reader in) throws IOException {
    try (BufferedReader r = new BufferedReader(in)) {
      return r.lines().toList();
    }
  }

  private static void write(Path file, List<String> lines) throws IOException {
    Files.write(file, lines);
  }
}
