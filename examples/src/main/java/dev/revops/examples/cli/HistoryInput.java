package dev.revops.examples.cli;

import dev.revops.core.deal.DealHistoryJoin;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.deal.Deal;
import dev.revops.core.history.DealHistory;
import dev.revops.core.io.HistoryCsvImporter;
import dev.revops.core.io.ImportOptions;
import dev.revops.core.io.ImportReport;
import dev.revops.examples.sample.Bundled;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.json.RevopsJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * The options that say where stage histories come from, and the join of each history with its
 * deal, shared by the commands that read both.
 */
final class HistoryInput {
  @Option(names = "--transitions", paramLabel = "FILE",
      description = "Stage transitions CSV (one row per change). Default: the bundled sample's, with the bundled deals.")
  Path transitions;

  @Option(names = "--transition-layout", paramLabel = "NAME", defaultValue = "gen-deals",
      description = "Transitions layout: gen-deals or salesforce-opportunity-history (default: ${DEFAULT-VALUE}).")
  String transitionLayout;

  /** The most records a sorted run holds in memory. */
  static final int MAX_SORT_RUN = 1_000_000;

  @Option(names = "--sort-run", paramLabel = "RECORDS", defaultValue = "50000",
      description = "When the deals or the transitions are not sorted by deal id, they are sorted on disk in runs "
          + "of this many records held in memory (default: ${DEFAULT-VALUE}; at most 1,000,000).")
  int sortRun;

  @Option(names = "--temp-dir", paramLabel = "DIR",
      description = "Where inputs not sorted by deal id are sorted (default: the system's temp directory).")
  Path tempDir;

  /** What reading deals and histories found. */
  record Read(ImportReport deals, ImportReport histories, long unmatched) {}

  /**
   * Streams the deals and the histories together (each read on its own thread), handing each
   * history with its deal (null when the deals file has none) to {@code action}; with {@code
   * deallessToo}, deals without a history too, with a null history. For callers that take the two
   * apart; see {@link #records}.
   */
  Read read(DealInput deals, BiConsumer<DealHistory, Deal> action, boolean deallessToo, PrintWriter err) {
    return records(deals, r -> action.accept(r.history().orElse(null), r.deal().orElse(null)), deallessToo, err);
  }

  /**
   * Streams the deals and the histories together, each file read on its own thread, and joins them
   * with the library's {@link DealHistoryJoin}, which pairs records of inputs sorted by deal id (text
   * order) holding one record of each side. Files in any order are accepted: a first pass reads both
   * files until each ends or shows a deal id out of order; a file out of order is then sorted on
   * disk ({@link ExternalSort}, in runs of {@code --sort-run} records under {@code --temp-dir}) as it
   * is read for the join. Hands each history with its deal, or alone when the deals file has none;
   * with {@code deallessToo}, deals without a history too. The import reports are those of reading
   * the files, whatever their order; the temp files are deleted before returning, also on failure.
   */
  Read records(DealInput deals, Consumer<DealWithHistory> action, boolean deallessToo, PrintWriter err) {
    if (transitions == null && !deals.bundled()) {
      throw new CliException("--deals needs --transitions (the stage history of those deals)");
    }
    int run = Limits.check("--sort-run", sortRun, 1, MAX_SORT_RUN);
    // the deals' progress would garble the transitions' on a terminal: the transitions show it
    PrintWriter quiet = new PrintWriter(Writer.nullWriter());
    OneIdTable first = new OneIdTable();
    boolean[] sorted = sortedById(first.deals(sink -> deals.read(sink, 3, quiet)),
        first.histories(sink -> stream(deals, sink, quiet)));
    OneIdTable then = new OneIdTable();
    Function<Consumer<Deal>, ImportReport> readDeals = then.deals(sink -> deals.read(sink, 3, quiet));
    Function<Consumer<DealHistory>, ImportReport> readHistories = then.histories(sink -> stream(deals, sink, err));
    if (sorted[0] && sorted[1]) {
      return join(readDeals, readHistories, action, deallessToo);
    }
    Path dir = sortDirectory();
    try {
      ObjectMapper json = RevopsJson.mapper(deals.definition());
      return join(sorted[0] ? readDeals : sorting(readDeals, dir, json, Deal.class, Deal::id, run),
          sorted[1] ? readHistories : sorting(readHistories, dir, json, DealHistory.class, DealHistory::dealId, run),
          action, deallessToo);
    } finally {
      deleteSortDirectory(dir, err);
    }
  }

  /**
   * One exact id table at a time for the two files read side by side. Each importer holds one: the
   * deals' check for repeated ids for its whole reading, the transitions' grouping check only for its
   * first reading (the deal id column alone), let go before its first history is handed on. Held at
   * once they take about 190 MB each at ten million ids, more than a 512 MB heap spares; so the deals
   * start being read when the transitions' first history comes (or their reading ends), and the two
   * tables never coexist. Exact as before (each importer's own check, unchanged); the price is the
   * transitions' first reading done before the deals' parsing starts rather than beside it.
   */
  private static final class OneIdTable {
    private final CountDownLatch grouped = new CountDownLatch(1);

    Function<Consumer<Deal>, ImportReport> deals(Function<Consumer<Deal>, ImportReport> read) {
      return sink -> {
        try {
          grouped.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new CliException("interrupted while reading the deals", e);
        }
        return read.apply(sink);
      };
    }

    Function<Consumer<DealHistory>, ImportReport> histories(Function<Consumer<DealHistory>, ImportReport> read) {
      return sink -> {
        try {
          return read.apply(h -> {
            grouped.countDown();
            sink.accept(h);
          });
        } finally {
          grouped.countDown();
        }
      };
    }
  }

  /** The merge-join of two readers sorted by deal id, each run on its own thread. */
  private static Read join(Function<Consumer<Deal>, ImportReport> readDeals,
      Function<Consumer<DealHistory>, ImportReport> readHistories, Consumer<DealWithHistory> action,
      boolean deallessToo) {
    try (BackgroundReader<Deal> dealReader = new BackgroundReader<>(readDeals, "revops-deals-reader");
        BackgroundReader<DealHistory> historyReader = new BackgroundReader<>(readHistories,
            "revops-histories-reader")) {
      DealHistoryJoin join = DealHistoryJoin.of(dealReader, historyReader);
      long unmatched = 0;
      while (join.hasNext()) {
        DealWithHistory record = join.next();
        if (join.outOfOrder() > 0) {
          // the first pass found both in order, so a file changed between the passes
          throw new CliException("the deals or the transitions changed while they were read (a record came out of "
              + "deal id order around deal " + record.id() + "): run the command again");
        }
        if (record.deal().isEmpty()) {
          unmatched++;
        }
        if (record.history().isPresent() || deallessToo) {
          action.accept(record);
        }
      }
      return new Read(dealReader.report(), historyReader.report(), unmatched);
    }
  }

  /**
   * Whether the deals and the histories each come in deal id order: reads both side by side (each
   * on its own thread) and stops reading a file at its first record out of order, so an unsorted
   * file costs little; a sorted one is read to its end.
   */
  private static boolean[] sortedById(Function<Consumer<Deal>, ImportReport> readDeals,
      Function<Consumer<DealHistory>, ImportReport> readHistories) {
    try (BackgroundReader<Deal> d = new BackgroundReader<>(readDeals, "revops-deals-order");
        BackgroundReader<DealHistory> h = new BackgroundReader<>(readHistories, "revops-histories-order")) {
      IdOrder<Deal> dealOrder = new IdOrder<>(d, Deal::id);
      IdOrder<DealHistory> historyOrder = new IdOrder<>(h, DealHistory::dealId);
      // both sides step in turn, so that both threads keep reading
      while (dealOrder.step() | historyOrder.step()) {
        continue;
      }
      return new boolean[] {dealOrder.sorted, historyOrder.sorted};
    }
  }

  /** Reads records in turn, checking that their ids never go down. */
  private static final class IdOrder<T> {
    private final Iterator<T> records;
    private final Function<T, String> id;
    private String last;
    private boolean done;
    boolean sorted = true;

    IdOrder(Iterator<T> records, Function<T, String> id) {
      this.records = records;
      this.id = id;
    }

    /** Reads one record; false once the records end or one is out of order. */
    boolean step() {
      if (done || !records.hasNext()) {
        done = true;
        return false;
      }
      String next = id.apply(records.next());
      if (last != null && next.compareTo(last) < 0) {
        sorted = false;
        done = true;
        return false;
      }
      last = next;
      return true;
    }
  }

  /**
   * A reading that sorts the records by deal id before handing them on: the file is read into an
   * external sort, whose runs are merged back into the sink; the report is the file's. The temp
   * files are deleted at the end of the reading, also when it fails or is stopped.
   */
  private static <T> Function<Consumer<T>, ImportReport> sorting(Function<Consumer<T>, ImportReport> read, Path dir,
      ObjectMapper json, Class<T> type, Function<T, String> id, int run) {
    return sink -> {
      try (ExternalSort<T> sort = new ExternalSort<>(dir, json, type, id, run)) {
        ImportReport report = read.apply(sort);
        sort.sorted().forEachRemaining(sink);
        return report;
      }
    };
  }

  /** A new directory for the sorted runs, under {@code --temp-dir} or the system's temp directory. */
  private Path sortDirectory() {
    try {
      return tempDir == null ? Files.createTempDirectory("revops-sort-")
          : Files.createTempDirectory(tempDir, "revops-sort-");
    } catch (IOException e) {
      throw new CliException("cannot create a directory to sort the inputs in" + (tempDir == null ? "" : " under "
          + tempDir) + ": " + Inputs.reason(e), e);
    }
  }

  /**
   * Deletes the sort directory and whatever a stopped reading left in it; a failure is a warning,
   * so that it never hides the command's own outcome.
   */
  private static void deleteSortDirectory(Path dir, PrintWriter err) {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      err.println("revops: warning: cannot delete the temp directory " + dir + ": " + Inputs.reason(e));
      err.flush();
    }
  }

  /** Streams the histories alone (the bundled sample's when no file is given). */
  ImportReport stream(DealInput deals, Consumer<DealHistory> action, PrintWriter err) {
    String source = transitions == null ? Bundled.SAMPLE_TRANSITIONS : StandardInput.shown(transitions);
    HistoryCsvImporter importer = HistoryCsvImporter.of(deals.definition(), Inputs.transitionLayout(transitionLayout))
        .withOptions(ImportOptions.builder().source(source).maxExamplesPerReason(3).build());
    return deals.read(importer, transitions, Bundled::sampleTransitions, action, err, "transitions");
  }
}
