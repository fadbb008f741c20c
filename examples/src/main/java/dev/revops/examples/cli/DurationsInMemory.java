package dev.revops.examples.cli;

import dev.revops.core.spill.IntSpill;
import dev.revops.core.spill.RunStore;
import picocli.CommandLine.Option;

/**
 * {@code --durations-in-memory N}, on the commands that learn stage durations from histories
 * ({@code velocity}, {@code review}): how many durations are held before they are written, as sorted
 * runs, to a temporary file and merged back, so that medians and percentiles stay exact on any
 * number of deals.
 */
final class DurationsInMemory {
  /** The default: 4,000,000 durations, 16 MB. */
  static final int DEFAULT = 4_000_000;

  @Option(names = "--durations-in-memory", paramLabel = "N", defaultValue = "4000000",
      description = "Stage visit durations held in memory (4 bytes each) before they are written, as sorted runs, "
          + "to a temp file under --temp-dir and merged back: medians and percentiles stay exact (default: "
          + "${DEFAULT-VALUE}; 1 to 100,000,000).")
  int count = DEFAULT;

  /** Checks the option's value (a one-line error outside its range). */
  int checked() {
    return Limits.check("--durations-in-memory", count, 1, 100_000_000);
  }

  /** The spill of durations into a store, within the option's budget. */
  IntSpill spill(RunStore runs) {
    return IntSpill.of(runs, checked());
  }
}
