package dev.revops.examples.cli;

import dev.revops.core.deal.DealHistoryJoin;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.deal.Deal;
import dev.revops.core.history.DealHistory;
import dev.revops.core.io.HistoryCsvImporter;
import dev.revops.core.io.ImportOptions;
import dev.revops.core.io.ImportReport;
import dev.revops.examples.sample.Bundled;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
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
   * with the library's {@link DealHistoryJoin}: memory stays constant, and both files must be sorted
   * by deal id (text order), as exports sorted by id are. Hands each history with its deal, or alone
   * when the deals file has none; with {@code deallessToo}, deals without a history too.
   *
   * @throws CliException if a record comes out of deal id order (the files must be sorted)
   */
  Read records(DealInput deals, Consumer<DealWithHistory> action, boolean deallessToo, PrintWriter err) {
    if (transitions == null && !deals.bundled()) {
      throw new CliException("--deals needs --transitions (the stage history of those deals)");
    }
    // the deals' progress would garble the transitions' on a terminal: the transitions show it
    PrintWriter quiet = new PrintWriter(Writer.nullWriter());
    try (BackgroundReader<Deal> dealReader = new BackgroundReader<>(sink -> deals.read(sink, 3, quiet),
            "revops-deals-reader");
        BackgroundReader<DealHistory> historyReader = new BackgroundReader<>(sink -> stream(deals, sink, err),
            "revops-histories-reader")) {
      DealHistoryJoin join = DealHistoryJoin.of(dealReader, historyReader);
      long unmatched = 0;
      while (join.hasNext()) {
        DealWithHistory record = join.next();
        if (join.outOfOrder() > 0) {
          throw new CliException("the deals and the transitions must both be sorted by deal id (text order); they "
              + "are not, around deal " + record.id() + ": sort both files by deal id");
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

  /** Streams the histories alone (the bundled sample's when no file is given). */
  ImportReport stream(DealInput deals, Consumer<DealHistory> action, PrintWriter err) {
    String source = transitions == null ? Bundled.SAMPLE_TRANSITIONS : transitions.toString();
    HistoryCsvImporter importer = HistoryCsvImporter.of(deals.definition(), Inputs.transitionLayout(transitionLayout))
        .withOptions(ImportOptions.builder().source(source).maxExamplesPerReason(3).build());
    return deals.read(importer, transitions, Bundled::sampleTransitions, action, err, "transitions");
  }
}
