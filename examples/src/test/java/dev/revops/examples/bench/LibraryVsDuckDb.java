package dev.revops.examples.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The whole-process benchmark: the library and DuckDB compute the same three aggregates from the
 * same {@code gen_deals.py} CSV files in one JVM, alternating which goes first, several times; the
 * medians and the ratio library / DuckDB are printed as a table, with the targets.
 *
 * <ul>
 *   <li>End to end: the library parses both files (a thread each) straight into its accumulators;
 *       DuckDB loads both files into tables and runs the three queries.</li>
 *   <li>In memory: the library recomputes the aggregates from deals and histories it has read
 *       (the pipeline and transition counts on one thread, stage velocity on the other), once from
 *       {@code Deal} and {@code DealHistory} objects and once from column batches ({@code DealBatch},
 *       {@code HistoryBatch}); DuckDB runs the three queries on its loaded tables.</li>
 * </ul>
 *
 * <p>Every repetition compares both sides' results (amounts exactly, ratios to 1e-9) and stops at a
 * disagreement. Run through Maven (see README: Benchmarks):
 * {@code mvn -B -q -Pbench -DskipTests test [-Dbench.deals=1000000] [-Dbench.reps=5]}. Arguments:
 * {@code --deals N} (files generated into the temporary folder by {@code gen_deals.py} when absent),
 * or {@code --data DIR} holding {@code deals.csv} and {@code transitions.csv}; {@code --reps N};
 * {@code --shared DIR} (where {@code bench/gen_deals.py} is); {@code --as-of DATE}; {@code --in-memory false}
 * to time end to end only (10M deals and their histories held as objects need more than 8 GB).
 */
public final class LibraryVsDuckDb {
  private LibraryVsDuckDb() {}

  /**
   * Runs the benchmark.
   *
   * @param args see the class comment
   * @throws Exception when a side fails or the two disagree
   */
  public static void main(String[] args) throws Exception {
    int deals = 1_000_000;
    int reps = 5;
    Path data = null;
    Path shared = Path.of("../shared");
    LocalDate asOf = LocalDate.parse("2026-10-01");
    boolean inMemory = true;
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 == args.length) {
        throw new IllegalArgumentException("argument " + args[i] + " needs a value");
      }
      switch (args[i]) {
        case "--deals" -> deals = Integer.parseInt(args[i + 1]);
        case "--reps" -> reps = Integer.parseInt(args[i + 1]);
        case "--data" -> data = Path.of(args[i + 1]);
        case "--shared" -> shared = Path.of(args[i + 1]);
        case "--as-of" -> asOf = LocalDate.parse(args[i + 1]);
        case "--in-memory" -> inMemory = Boolean.parseBoolean(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (data == null) {
      data = Path.of(System.getProperty("java.io.tmpdir"), "revops-bench-" + deals);
      generate(shared, deals, data, asOf);
    }
    Path dealsFile = data.resolve("deals.csv");
    Path transitionsFile = data.resolve("transitions.csv");
    System.out.printf(Locale.ROOT, "%s: %,d bytes of deals, %,d bytes of transitions; as of %s; %d repetitions%n",
        data, Files.size(dealsFile), Files.size(transitionsFile), asOf, reps);
    System.out.println(machine());

    LibraryAggregates library = new LibraryAggregates(asOf);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Double> libraryEndToEnd = new ArrayList<>();
    List<Double> libraryInMemory = new ArrayList<>();
    List<Double> libraryInColumns = new ArrayList<>();
    List<Double> duckLoad = new ArrayList<>();
    List<Double> duckQueries = new ArrayList<>();
    List<Double> duckEndToEnd = new ArrayList<>();
    try {
      // one unmeasured round each, so both sides run warm (JIT, file cache)
      for (int rep = -1; rep < reps; rep++) {
        boolean libraryFirst = rep % 2 == 0;
        Timings l = null;
        Timings d = null;
        for (int side = 0; side < 2; side++) {
          if ((side == 0) == libraryFirst) {
            l = library(library, dealsFile, transitionsFile, pool, inMemory);
          } else {
            d = duck(asOf, dealsFile, transitionsFile);
          }
        }
        check("library end to end", l.endToEnd, "DuckDB", d.endToEnd);
        if (inMemory) {
          check("library in memory", l.inMemory, "DuckDB", d.endToEnd);
          check("library in columns", l.inColumns, "DuckDB", d.endToEnd);
        }
        System.out.printf(Locale.ROOT, "%s: library end to end %.2f s, in memory %.3f s (objects), %.3f s (columns);"
            + " DuckDB load %.2f s, queries %.3f s (%s)%n", rep < 0 ? "warm-up" : "rep " + (rep + 1)
            + (libraryFirst ? " (library first)" : " (DuckDB first)"), l.endToEndSeconds, l.inMemorySeconds,
            l.inColumnsSeconds, d.loadSeconds, d.querySeconds, l.endToEnd.sizes());
        if (rep >= 0) {
          libraryEndToEnd.add(l.endToEndSeconds);
          libraryInMemory.add(l.inMemorySeconds);
          libraryInColumns.add(l.inColumnsSeconds);
          duckLoad.add(d.loadSeconds);
          duckQueries.add(d.querySeconds);
          duckEndToEnd.add(d.loadSeconds + d.querySeconds);
        }
      }
    } finally {
      pool.shutdown();
    }
    double e2eRatio = median(libraryEndToEnd) / median(duckEndToEnd);
    System.out.println();
    System.out.println("| measure (median of " + reps + ") | library | DuckDB | library / DuckDB | target | met |");
    System.out.println("|---|---|---|---|---|---|");
    System.out.printf(Locale.ROOT, "| end to end from CSV: parse + 3 aggregates | %.2f s | %.2f s (load %.2f + queries %.2f)"
        + " | %.2f | <= 1.0 | %s |%n", median(libraryEndToEnd), median(duckEndToEnd), median(duckLoad),
        median(duckQueries), e2eRatio, e2eRatio <= 1.0 ? "yes" : "no");
    if (inMemory) {
      double memRatio = median(libraryInMemory) / median(duckQueries);
      System.out.printf(Locale.ROOT, "| 3 aggregates on data in memory, as objects | %.3f s | %.3f s | %.2f | <= 0.33 (3x faster) | %s |%n",
          median(libraryInMemory), median(duckQueries), memRatio, memRatio <= 1.0 / 3 ? "yes" : "no");
      double columnsRatio = median(libraryInColumns) / median(duckQueries);
      System.out.printf(Locale.ROOT, "| 3 aggregates on data in memory, as columns | %.3f s | %.3f s | %.2f | <= 0.33 (3x faster) | %s |%n",
          median(libraryInColumns), median(duckQueries), columnsRatio, columnsRatio <= 1.0 / 3 ? "yes" : "no");
    } else {
      System.out.printf(Locale.ROOT, "| 3 queries on DuckDB's loaded tables | not run (--in-memory false) | %.3f s | | | |%n",
          median(duckQueries));
    }
    System.out.println();
    System.out.println("Both sides agreed in every repetition (amounts exactly, ratios to 1e-9).");
  }

  /** One repetition of the library: end to end, then reading into memory and recomputing. */
  private static Timings library(LibraryAggregates library, Path deals, Path transitions, ExecutorService pool,
      boolean inMemory) {
    Timings t = new Timings();
    // each measured section starts from a collected heap, on both sides: the previous round's
    // data (gigabytes of it) is not this round's work
    System.gc();
    long t0 = System.nanoTime();
    t.endToEnd = library.fromFiles(deals, transitions, pool);
    long t1 = System.nanoTime();
    t.endToEndSeconds = (t1 - t0) / 1e9;
    if (!inMemory) {
      return t;
    }
    LibraryAggregates.Loaded loaded = library.load(deals, transitions, pool);
    long t2 = System.nanoTime();
    t.loadSeconds = (t2 - t1) / 1e9;
    t.inMemory = library.fromMemory(loaded, pool);
    long t3 = System.nanoTime();
    t.inMemorySeconds = (t3 - t2) / 1e9;
    // the objects let go before the columns are read: one representation in the heap at a time
    loaded = null;
    System.gc();
    LibraryAggregates.Columns columns = library.loadColumns(deals, transitions, pool);
    System.gc();
    long t4 = System.nanoTime();
    t.inColumns = library.fromColumns(columns, pool);
    t.inColumnsSeconds = (System.nanoTime() - t4) / 1e9;
    return t;
  }

  /** One repetition of DuckDB: a fresh database, load, queries. */
  private static Timings duck(LocalDate asOf, Path deals, Path transitions) throws Exception {
    Timings t = new Timings();
    System.gc();
    try (DuckDbAggregates duck = new DuckDbAggregates(LibraryAggregates.DEFINITION, asOf)) {
      long t0 = System.nanoTime();
      duck.load(deals, transitions);
      long t1 = System.nanoTime();
      t.endToEnd = duck.aggregates();
      long t2 = System.nanoTime();
      t.loadSeconds = (t1 - t0) / 1e9;
      t.querySeconds = (t2 - t1) / 1e9;
    }
    return t;
  }

  private static final class Timings {
    Aggregates endToEnd;
    Aggregates inMemory;
    Aggregates inColumns;
    double endToEndSeconds;
    double loadSeconds;
    double inMemorySeconds;
    double inColumnsSeconds;
    double querySeconds;
  }

  private static void check(String a, Aggregates x, String b, Aggregates y) {
    List<String> differences = x.differences(y);
    if (!differences.isEmpty()) {
      throw new IllegalStateException(a + " and " + b + " disagree:\n  " + String.join("\n  ", differences));
    }
  }

  static double median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  private static String machine() {
    Runtime rt = Runtime.getRuntime();
    long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getTotalMemorySize();
    return String.format(Locale.ROOT, "machine: %d cores, %.0f GiB memory, %s %s (%s), max heap %.1f GiB, %s %s",
        rt.availableProcessors(), memory / (double) (1L << 30), System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"), System.getProperty("java.vendor"), rt.maxMemory() / (double) (1L << 30),
        System.getProperty("os.name"), System.getProperty("os.arch"));
  }

  /** Writes the files with gen_deals.py unless they are there. */
  static void generate(Path shared, int deals, Path out, LocalDate asOf) throws IOException, InterruptedException {
    if (Files.exists(out.resolve("deals.csv")) && Files.exists(out.resolve("transitions.csv"))) {
      return;
    }
    Path script = shared.resolve("bench/gen_deals.py");
    if (!Files.exists(script)) {
      throw new IllegalStateException(script + " not found: give --shared DIR, or --data DIR with the files");
    }
    System.out.println("generating " + deals + " deals into " + out + " with " + script);
    // into a folder beside, moved when whole, so that an interrupted run leaves no half files behind
    Path partial = Files.createTempDirectory(out.toAbsolutePath().getParent(), "partial-");
    Process p = new ProcessBuilder("python3", script.toString(), "--deals", Integer.toString(deals), "--out",
        partial.toString(), "--as-of", asOf.toString()).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("gen_deals.py failed with exit code " + p.exitValue());
    }
    Files.move(partial, out);
  }
}
