package dev.revops.examples.cli;

import dev.revops.examples.sample.AttributionSample;
import dev.revops.examples.sample.RetentionSampleGenerator;
import dev.revops.examples.sample.SampleGenerator;
import dev.revops.examples.sample.SampleLeads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code revops sample}: writes the sample export (the bundled one, or a bigger one) to a folder. */
@Command(name = "sample", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Writes a deterministic sample CRM export (deals.csv, transitions.csv, field-changes.csv and "
        + "a snapshot of a week before, deals-2026-09-24.csv; gen-deals layout) with targets.csv and rates.csv, and "
        + "the sample leads (leads.csv, lifecycle-changes.csv, deal-links.csv, lead-handoffs.jsonl; gen-leads "
        + "layout), the attribution sample (touches.csv, spend.csv), the retention sample (retention-*.csv, .json, .jsonl) to a folder. "
        + "With the defaults it writes exactly the sample bundled in the jar, "
        + "broken rows included."})
final class SampleCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write to.")
  Path out;

  @Option(names = "--deals", paramLabel = "N", defaultValue = "" + SampleGenerator.DEFAULT_DEALS,
      description = "How many deals, 400 to 50,000 (1 to 50,000 with --clean) (default: ${DEFAULT-VALUE}); for "
          + "more, ../shared/bench/gen_deals.py writes the same layout.")
  int deals;

  @Option(names = "--leads", paramLabel = "N", defaultValue = "" + SampleLeads.DEFAULT_LEADS,
      description = "How many leads, 100 to 50,000 (1 to 50,000 with --clean) (default: ${DEFAULT-VALUE}).")
  int leads;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "" + SampleGenerator.DEFAULT_SEED,
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--clean", description = "Leave out the deliberately broken rows.")
  boolean clean;

  @Option(names = "--force", description = "Overwrite existing files.")
  boolean force;

  @Override
  public Integer call() {
    if (deals < (clean ? 1 : 400)) {
      throw new CliException("--deals must be at least " + (clean ? 1 : 400) + (clean ? "" : " (or use --clean)")
          + ", was " + deals);
    }
    if (leads < (clean ? 1 : 100)) {
      throw new CliException("--leads must be at least " + (clean ? 1 : 100) + (clean ? "" : " (or use --clean)")
          + ", was " + leads);
    }
    Limits.check("--deals", deals, 1, Limits.SAMPLE_DEALS);
    Limits.check("--leads", leads, 1, Limits.SAMPLE_LEADS);
    SampleGenerator.Sample sample = SampleGenerator.generate(deals, seed, clean);
    Map<String, String> all = new LinkedHashMap<>(sample.files());
    SampleLeads.Sample leadSample = SampleLeads.generate(leads, seed, clean);
    all.putAll(leadSample.files());
    all.putAll(AttributionSample.files(sample.dealsCsv(), leadSample.leadsCsv(), seed));
    Map<Path, String> files = new LinkedHashMap<>();
    all.putAll(RetentionSampleGenerator.generate(seed, clean).files());
    all.forEach((name, contents) -> files.put(out.resolve(name), contents));
    for (Path p : files.keySet()) {
      if (Files.exists(p) && !force) {
        throw new CliException(p + " exists; pass --force to overwrite it");
      }
    }
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new CliException("cannot create the folder " + out + ": " + Inputs.reason(e), e);
    }
    // each file is written whole or not at all; a failure leaves the files not yet written as they were
    files.forEach(AtomicFile::write);
    spec.commandLine().getOut().printf("wrote %s to %s%n", String.join(", ", all.keySet()), out);
    return 0;
  }
}
