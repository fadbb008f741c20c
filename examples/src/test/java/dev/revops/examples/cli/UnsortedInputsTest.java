package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.revops.examples.sample.Bundled;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deals and transitions files in any order give the figures of the same files sorted by deal id: the
 * CLI sorts an unsorted input on disk before joining, and leaves no temp file behind.
 */
class UnsortedInputsTest {

  @Test
  void shuffled_sample_files_give_the_velocity_of_the_sorted_ones(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("sorted"));
    Files.createDirectories(dir.resolve("shuffled"));
    Path temp = Files.createDirectories(dir.resolve("temp"));
    List<String> deals = lines(Bundled.sampleDeals());
    List<String> transitions = lines(Bundled.sampleTransitions());
    write(dir.resolve("sorted/deals.csv"), deals);
    write(dir.resolve("sorted/transitions.csv"), transitions);
    write(dir.resolve("shuffled/deals.csv"), shuffledRows(deals));
    write(dir.resolve("shuffled/transitions.csv"), shuffledDeals(transitions));

    JsonNode sorted = figures(run("velocity", dir.resolve("sorted"), temp, "50000"));
    // runs of 7 records: 86 runs of the 600 deals, more than one merge holds, so they are merged in two levels
    JsonNode shuffled = figures(run("velocity", dir.resolve("shuffled"), temp, "7"));
    assertEquals(594, sorted.get("deals").get("recordsAccepted").asLong());   // 600 rows, 6 rejected
    assertEquals(sorted, shuffled);
    assertEquals(List.of(), contents(temp));
  }

  @Test
  void shuffled_sample_files_give_the_conversion_of_the_sorted_ones(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("sorted"));
    Files.createDirectories(dir.resolve("shuffled"));
    Path temp = Files.createDirectories(dir.resolve("temp"));
    List<String> deals = lines(Bundled.sampleDeals());
    List<String> transitions = lines(Bundled.sampleTransitions());
    write(dir.resolve("sorted/deals.csv"), deals);
    write(dir.resolve("sorted/transitions.csv"), transitions);
    // the deals alone out of order: only that file is sorted
    write(dir.resolve("shuffled/deals.csv"), shuffledRows(deals));
    write(dir.resolve("shuffled/transitions.csv"), transitions);

    JsonNode sorted = figures(run("conversion", dir.resolve("sorted"), temp, "50000"));
    JsonNode shuffled = figures(run("conversion", dir.resolve("shuffled"), temp, "3"));
    assertEquals(sorted, shuffled);
    assertEquals(List.of(), contents(temp));
  }

  @Test
  void velocity_with_its_durations_spilled_to_disk_gives_the_figures_of_holding_them(@TempDir Path dir)
      throws IOException {
    Path temp = Files.createDirectories(dir.resolve("temp"));
    write(dir.resolve("deals.csv"), lines(Bundled.sampleDeals()));
    write(dir.resolve("transitions.csv"), lines(Bundled.sampleTransitions()));
    JsonNode held = figures(run("velocity", dir, temp, "50000"));
    // 1 and 7 durations in memory: a run per visit, hundreds merged level by level; runs of 7
    for (String inMemory : List.of("1", "7")) {
      JsonNode spilled = figures(run("velocity", dir, temp, "50000", "--durations-in-memory", inMemory));
      assertEquals(held, spilled);
      assertEquals(List.of(), contents(temp));
    }
    assertEquals(5, held.get("stageVelocity").get("stages").size());
  }

  @Test
  void a_durations_in_memory_of_zero_is_a_one_line_error() {
    RevopsCliTest.Run r = RevopsCliTest.run("velocity", "--durations-in-memory", "0");
    assertEquals(2, r.status());
    assertEquals("revops velocity: --durations-in-memory must be between 1 and 100,000,000, was 0\n", r.err());
  }

  @Test
  void a_sort_run_of_zero_is_a_one_line_error() {
    RevopsCliTest.Run r = RevopsCliTest.run("velocity", "--sort-run", "0");
    assertEquals(2, r.status());
    assertEquals("revops velocity: --sort-run must be between 1 and 1,000,000, was 0\n", r.err());
  }

  private static String run(String command, Path files, Path temp, String sortRun, String... more) {
    List<String> args = new ArrayList<>(List.of(command, "--deals", files.resolve("deals.csv").toString(),
        "--transitions", files.resolve("transitions.csv").toString(), "--as-of", "2026-10-01", "--format", "json",
        "--temp-dir", temp.toString(), "--sort-run", sortRun));
    args.addAll(List.of(more));
    RevopsCliTest.Run r = RevopsCliTest.run(args.toArray(String[]::new));
    assertEquals(0, r.status(), r.err());
    return r.out();
  }

  /** The output without what names or points into the input files: their paths and example rows. */
  private static JsonNode figures(String out) throws IOException {
    JsonNode json = new ObjectMapper().readTree(out);
    for (String report : List.of("deals", "transitions")) {
      ObjectNode r = (ObjectNode) json.get(report);
      r.remove("source");
      // the groups come in the order of their first row, which the shuffle changes
      List<JsonNode> groups = new ArrayList<>();
      r.withArray("rejections").forEach(g -> groups.add(((ObjectNode) g).without("examples")));
      groups.sort(Comparator.comparing(JsonNode::toString));
      r.putArray("rejections").addAll(groups);
    }
    return json;
  }

  /** The header, then the rows in a fixed random order (so the test repeats). */
  private static List<String> shuffledRows(List<String> lines) {
    List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
    Collections.shuffle(rows, new Random(14));
    List<String> out = new ArrayList<>(List.of(lines.get(0)));
    out.addAll(rows);
    assertNotEquals(lines, out);
    return out;
  }

  /** The header, then the deals in a fixed random order, each deal's rows kept together as the importer needs. */
  private static List<String> shuffledDeals(List<String> lines) {
    Map<String, List<String>> byDeal = new LinkedHashMap<>();
    for (String row : lines.subList(1, lines.size())) {
      byDeal.computeIfAbsent(row.substring(0, row.indexOf(',')), k -> new ArrayList<>()).add(row);
    }
    List<List<String>> groups = new ArrayList<>(byDeal.values());
    Collections.shuffle(groups, new Random(14));
    List<String> out = new ArrayList<>(List.of(lines.get(0)));
    groups.forEach(out::addAll);
    assertNotEquals(lines, out);
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

  private static List<Path> contents(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }
}
