package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code --verbose}: the library's log (SLF4J) on standard error. Run as a separate process, as a
 * user runs the CLI, because a logger's level is fixed when it is first made.
 */
class VerboseLogTest {

  /** The test class path without Spark's logging provider, so that the CLI's own one answers. */
  private static String classPath() {
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.contains("log4j")).collect(Collectors.joining(File.pathSeparator));
  }

  private static String[] run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classPath(), RevopsCli.class.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    return new String[] {String.valueOf(p.exitValue()), new String(out, StandardCharsets.UTF_8), err};
  }

  @Test
  void without_verbose_nothing_is_logged_with_it_one_summary_per_import_and_with_vv_each_rejected_row()
      throws Exception {
    String[] quiet = run("validate");
    assertEquals("1", quiet[0], quiet[2]);                          // the sample has rejected rows
    assertEquals("", quiet[2]);

    String[] verbose = run("validate", "--verbose");
    assertEquals(quiet[1], verbose[1]);                             // the report itself is the same
    // the bundled deals: 600 rows read, 594 accepted, 6 rejected (as `validate` reports them)
    assertTrue(verbose[2].contains("bundled:sample/deals.csv: 600 CSV rows of deals read, 594 accepted, 6 rejected"),
        verbose[2]);
    assertFalse(verbose[2].contains("DEBUG"), verbose[2]);

    String[] debug = run("validate", "-vv");
    assertEquals(quiet[1], debug[1]);
    List<String> info = verbose[2].lines().filter(l -> l.contains(" INFO ")).toList();
    List<String> rejected = debug[2].lines().filter(l -> l.contains(" DEBUG dev.revops.core.io.import - rejected ")).toList();
    // every rejection the report counts, once each: the sum of the summaries' "N rejected"
    long counted = info.stream().mapToLong(l -> Long.parseLong(l.replaceAll(".* (\\d+) rejected.*", "$1"))).sum();
    assertEquals(counted, rejected.size(), debug[2]);
    assertTrue(rejected.stream().anyMatch(l -> l.contains("D00017")), debug[2]);   // the "12,500.00" amount row
  }
}
