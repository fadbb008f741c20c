package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.metric.Quantile;
import dev.revops.core.spill.IntSpill;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Durations spilled to disk in sorted runs come back as the sorted durations, so their quantiles
 * equal those of holding them all, with any run size; the temp directory is gone afterwards, also
 * after a failure.
 */
class DiskRunsProperties {

  @Provide
  Arbitrary<List<Integer>> durations() {
    return Arbitraries.oneOf(Arbitraries.integers().between(0, 30 * 86_400),
        Arbitraries.integers().between(0, 50), Arbitraries.of(0, Integer.MAX_VALUE)).list().ofMaxSize(3_000);
  }

  @Property(tries = 60)
  void spilled_to_disk_and_in_memory_quantiles_are_equal_with_any_run_size(
      @ForAll("durations") List<Integer> values, @ForAll @IntRange(min = 1, max = 200) int runSize) throws IOException {
    Path parent = Files.createTempDirectory("revops-disk-runs-test");
    try {
      int[] held = values.stream().mapToInt(Integer::intValue).sorted().toArray();
      int[] spilled;
      try (DiskRuns runs = new DiskRuns(parent, "test values", new PrintWriter(new StringWriter()))) {
        IntSpill.Values list = IntSpill.of(runs, runSize).newValues();
        values.forEach(list::add);
        spilled = drain(list.sorted());
        assertEquals(values.size() > runSize, runs.used(), "a run is written only past the size");
      }
      assertArrayEquals(held, spilled);
      if (held.length > 0) {
        for (double p : new double[] {0, 0.25, 0.5, 0.75, 0.9, 0.99, 1}) {
          assertEquals(Quantile.type7(held, p), Quantile.type7(spilled.length, p, r -> spilled[(int) r]));
        }
      }
      assertEquals(List.of(), contents(parent), "the temp directory is deleted");
    } finally {
      Files.deleteIfExists(parent);
    }
  }

  @Test
  void a_failure_while_values_are_spilled_still_deletes_the_temp_directory() throws IOException {
    Path parent = Files.createTempDirectory("revops-disk-runs-test");
    try {
      assertThrows(IllegalStateException.class, () -> {
        try (DiskRuns runs = new DiskRuns(parent, "test values", new PrintWriter(new StringWriter()))) {
          IntSpill.Values list = IntSpill.of(runs, 10).newValues();
          for (int i = 0; i < 1_000; i++) {
            list.add(1_000 - i);
          }
          assertTrue(runs.used());
          assertEquals(1, contents(parent).size());
          throw new IllegalStateException("the command failed");
        }
      });
      assertEquals(List.of(), contents(parent));
    } finally {
      Files.deleteIfExists(parent);
    }
  }

  @Test
  void a_temp_directory_that_cannot_be_made_is_a_one_line_error() {
    Path missing = Path.of("/nonexistent-revops-dir/sub");
    try (DiskRuns runs = new DiskRuns(missing, "stage durations", new PrintWriter(new StringWriter()))) {
      CliException e = assertThrows(CliException.class, () -> runs.write(new int[] {1}, 0, 1));
      assertEquals("cannot create the temp file of stage durations under /nonexistent-revops-dir/sub: no such file",
          e.getMessage());
    }
  }

  private static int[] drain(PrimitiveIterator.OfInt it) {
    List<Integer> out = new ArrayList<>();
    it.forEachRemaining((int v) -> out.add(v));
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static List<Path> contents(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
