package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.deal.Deal;
import dev.revops.core.io.DealCsvImporter;
import dev.revops.core.io.ImportOptions;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.examples.sample.Bundled;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalSortTest {
  private final ObjectMapper json = RevopsJson.mapper();

  @Test
  void records_come_out_by_key_and_equal_keys_in_the_order_they_came(@TempDir Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (ExternalSort<String> sort = new ExternalSort<>(dir, json, String.class, s -> s.substring(0, 1), 2)) {
      List.of("b1", "a1", "b2", "a2", "c1", "a3").forEach(sort);
      assertEquals(3, contents(dir).size());   // three runs of two on disk
      sort.sorted().forEachRemaining(out::add);
    }
    assertEquals(List.of("a1", "a2", "a3", "b1", "b2", "c1"), out);
    assertEquals(List.of(), contents(dir));
  }

  @Test
  void more_runs_than_one_merge_holds_are_merged_in_rounds(@TempDir Path dir) throws IOException {
    // 200 runs of one record: a first level merges them into runs of 64, 64, 64 and 8, then those 4
    List<String> in = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      in.add(String.format("%03d", i % 50) + "-" + String.format("%03d", i));
    }
    Collections.shuffle(in, new Random(7));
    List<String> expected = new ArrayList<>(in);
    expected.sort(Comparator.comparing(s -> s.substring(0, 3)));   // stable: equal keys keep input order
    List<String> out = new ArrayList<>();
    try (ExternalSort<String> sort = new ExternalSort<>(dir, json, String.class, s -> s.substring(0, 3), 1)) {
      in.forEach(sort);
      Iterator<String> sorted = sort.sorted();
      assertTrue(contents(dir).size() <= ExternalSort.FAN_IN);
      sorted.forEachRemaining(out::add);
    }
    assertEquals(expected, out);
    assertEquals(List.of(), contents(dir));
  }

  @Test
  void whole_deals_survive_the_round_trip_through_the_runs(@TempDir Path dir) throws IOException {
    PipelineDefinition def = Inputs.definition("gen-deals");
    List<Deal> deals = new ArrayList<>();
    DealCsvImporter.of(def, Inputs.mapping("gen-deals")).withOptions(ImportOptions.builder().source("sample").build())
        .read(Bundled::sampleDeals, deals::add, r -> { });
    Collections.shuffle(deals, new Random(3));
    List<Deal> out = new ArrayList<>();
    try (ExternalSort<Deal> sort = new ExternalSort<>(dir, RevopsJson.mapper(def), Deal.class, Deal::id, 7)) {
      deals.forEach(sort);
      sort.sorted().forEachRemaining(out::add);
    }
    deals.sort(Comparator.comparing(Deal::id));
    assertEquals(594, out.size());   // the sample's 600 rows less 6 rejected
    assertEquals(deals, out);
    assertEquals(List.of(), contents(dir));
  }

  @Test
  void a_merge_stopped_by_a_failure_leaves_no_temp_file(@TempDir Path dir) throws IOException {
    List<String> seen = new ArrayList<>();
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> {
      try (ExternalSort<String> sort = new ExternalSort<>(dir, json, String.class, s -> s, 2)) {
        List.of("f", "e", "d", "c", "b", "a").forEach(sort);
        sort.sorted().forEachRemaining(s -> {
          seen.add(s);
          if (s.equals("b")) {
            throw new IllegalStateException("the consumer failed at b");
          }
        });
      }
    });
    assertEquals("the consumer failed at b", e.getMessage());
    assertEquals(List.of("a", "b"), seen);
    assertEquals(List.of(), contents(dir));
  }

  @Test
  void records_that_fit_one_run_never_touch_the_disk(@TempDir Path dir) throws IOException {
    try (ExternalSort<String> sort = new ExternalSort<>(dir, json, String.class, s -> s, 10)) {
      List.of("b", "a").forEach(sort);
      assertEquals(List.of("a", "b"), iterate(sort.sorted()));
      assertEquals(List.of(), contents(dir));
    }
  }

  @Test
  void a_run_of_zero_records_is_refused(@TempDir Path dir) {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new ExternalSort<>(dir, json, String.class, s -> s, 0));
    assertEquals("runSize must be at least 1, was 0", e.getMessage());
  }

  private static List<String> iterate(Iterator<String> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  private static List<Path> contents(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }
}
