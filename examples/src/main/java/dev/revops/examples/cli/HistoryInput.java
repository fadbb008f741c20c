package dev.revops.examples.cli;

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
   * Streams the deals (on a second thread) and the histories together, handing each history with
   * its deal (null when the deals file has none) to {@code action}; deals without a history follow
   * with a null history. Memory holds only deals read ahead of their history (see
   * {@link StreamingJoin}): none when both files are in the same deal order.
   */
  Read read(DealInput deals, BiConsumer<DealHistory, Deal> action, boolean deallessToo, PrintWriter err) {
    if (transitions == null && !deals.bundled()) {
      throw new CliException("--deals needs --transitions (the stage history of those deals)");
    }
    // the deals' progress would garble the transitions' on a terminal: the transitions show it
    PrintWriter quiet = new PrintWriter(Writer.nullWriter());
    try (StreamingJoin join = new StreamingJoin(new DealIndex(deals.definition()), sink -> deals.read(sink, 3, quiet))) {
      long[] unmatched = {0};
      ImportReport historyReport = stream(deals, h -> {
        Deal d = join.join(h.dealId());
        if (d == null) {
          unmatched[0]++;
        }
        action.accept(h, d);
      }, err);
      ImportReport dealReport = deallessToo ? join.finish(d -> action.accept(null, d)) : join.finish();
      return new Read(dealReport, historyReport, unmatched[0]);
    }
  }

  /**
   * Streams the deals and the histories together, as {@link #read(DealInput, BiConsumer, boolean,
   * PrintWriter)} does, handing each pair as one record: a history with its deal, a history alone
   * (the deals file has no such deal) or, with {@code deallessToo}, a deal alone.
   */
  Read records(DealInput deals, Consumer<DealWithHistory> action, boolean deallessToo, PrintWriter err) {
    return read(deals, (history, deal) -> action.accept(history == null ? DealWithHistory.ofDeal(deal)
        : deal == null ? DealWithHistory.ofHistory(history) : DealWithHistory.of(deal, history)), deallessToo, err);
  }

  /** Streams the histories alone (the bundled sample's when no file is given). */
  ImportReport stream(DealInput deals, Consumer<DealHistory> action, PrintWriter err) {
    String source = transitions == null ? Bundled.SAMPLE_TRANSITIONS : transitions.toString();
    HistoryCsvImporter importer = HistoryCsvImporter.of(deals.definition(), Inputs.transitionLayout(transitionLayout))
        .withOptions(ImportOptions.builder().source(source).maxExamplesPerReason(3).build());
    return deals.read(importer, transitions, Bundled::sampleTransitions, action, err, "transitions");
  }
}
