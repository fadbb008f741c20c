package dev.revops.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.examples.sample.SampleGenerator;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's cross-check, small: the library and DuckDB agree on generated files. */
class LibraryVsDuckDbTest {
  @TempDir
  static Path dir;

  static Path deals;
  static Path transitions;
  static ExecutorService pool;

  @BeforeAll
  static void writeFiles() throws Exception {
    SampleGenerator.Sample s = SampleGenerator.generate(5_000, 8L, true);
    deals = Files.writeString(dir.resolve("deals.csv"), s.dealsCsv());
    transitions = Files.writeString(dir.resolve("transitions.csv"), s.transitionsCsv());
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void stop() {
    pool.shutdown();
  }

  @Test
  void the_library_and_duckdb_agree_on_the_three_aggregates() throws Exception {
    LibraryAggregates library = new LibraryAggregates(SampleGenerator.AS_OF);
    Aggregates ours = library.fromFiles(deals, transitions, pool);
    Aggregates theirs;
    try (DuckDbAggregates duck = new DuckDbAggregates(LibraryAggregates.DEFINITION, SampleGenerator.AS_OF)) {
      duck.load(deals, transitions);
      theirs = duck.aggregates();
    }
    assertEquals(List.of(), ours.differences(theirs));
    assertEquals(List.of(), theirs.differences(ours));
    LibraryAggregates.Columns columns = library.loadColumns(deals, transitions, pool);
    assertEquals(List.of(), library.fromColumns(columns, pool).differences(theirs));
    // every aggregate has rows: five open stages, many pipeline groups
    assertTrue(ours.weighted().size() > 50, ours.sizes());
    assertEquals(5, ours.timeInStage().size(), ours.sizes());
    assertEquals(5, ours.closedShare().size(), ours.sizes());
  }

  @Test
  void end_to_end_in_memory_from_objects_or_columns_and_one_pass_give_the_same_aggregates() {
    LibraryAggregates library = new LibraryAggregates(SampleGenerator.AS_OF);
    LibraryAggregates.Loaded loaded = library.load(deals, transitions, pool);
    Aggregates one = library.onePass(loaded);
    assertEquals(List.of(), one.differences(library.fromMemory(loaded, pool)));
    assertEquals(List.of(), one.differences(library.fromColumns(library.loadColumns(deals, transitions, pool), pool)));
    assertEquals(List.of(), one.differences(library.fromFiles(deals, transitions, pool)));
  }

  @Test
  void a_disagreement_is_reported_with_both_values() {
    Aggregates a = new Aggregates(new TreeMap<>(Map.of("rep1|USD|2026-Q4", new BigDecimal("10.00"))),
        new TreeMap<>(Map.of("Proposal", new Aggregates.Visits(3, 100.0, 90.0))),
        new TreeMap<>(Map.of("Proposal", new Aggregates.Passed(4, 1))));
    Aggregates b = new Aggregates(new TreeMap<>(Map.of("rep1|USD|2026-Q4", new BigDecimal("10.01"))),
        new TreeMap<>(Map.of("Proposal", new Aggregates.Visits(3, 100.0 * (1 + 2e-9), 90.0))),
        new TreeMap<>(Map.of("Proposal", new Aggregates.Passed(4, 2))));
    assertEquals(List.of("weighted pipeline rep1|USD|2026-Q4: 10.00 <> 10.01",
        "time in stage Proposal mean seconds: 100 <> 100.0000002000000",
        "share of closed deals Proposal won: 0.25 <> 0.5"), a.differences(b));
    // within 1e-9 is agreement
    Aggregates c = new Aggregates(a.weighted(), new TreeMap<>(Map.of("Proposal",
        new Aggregates.Visits(3, 100.0 * (1 + 5e-10), 90.0))), a.closedShare());
    assertEquals(List.of(), a.differences(c));
  }

  @Test
  void duckdb_sums_round_by_the_library_rule_keeping_the_currency_total() {
    SortedMap<String, BigDecimal> exact = new TreeMap<>(Map.of(
        "a|USD|2026-Q4", new BigDecimal("1.004"), "b|USD|2026-Q4", new BigDecimal("1.004"),
        "c|USD|2026-Q4", new BigDecimal("1.007"), "a|JPY|2026-Q4", new BigDecimal("10.5")));
    // USD: exact total 3.015 rounds half-even to 3.02; floors 1.00 + 1.00 + 1.00 miss 2 cents, which
    // go to c (0.7 cent discarded) and then a (0.4, earlier than b); JPY has no minor unit: 10.5 -> 10
    SortedMap<String, BigDecimal> rounded = DuckDbAggregates.rounded(exact);
    assertEquals(new BigDecimal("1.01"), rounded.get("a|USD|2026-Q4"));
    assertEquals(new BigDecimal("1.00"), rounded.get("b|USD|2026-Q4"));
    assertEquals(new BigDecimal("1.01"), rounded.get("c|USD|2026-Q4"));
    assertEquals(new BigDecimal("10"), rounded.get("a|JPY|2026-Q4"));
    assertFalse(rounded.containsKey("a|EUR|2026-Q4"));
  }
}
