package dev.revops.examples.cli;

import dev.revops.core.io.HistoryCsvImporter;
import dev.revops.core.io.ImportOptions;
import dev.revops.core.io.ImportReport;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.examples.sample.Bundled;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code revops validate}: reads a pipeline definition and deals (CSV or JSON Lines), optionally
 * transitions, and prints the import report. Exits 0 when every row was accepted, 1 when any was
 * rejected, 2 when the input cannot be read at all.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Reads deals (and optionally stage transitions) against a pipeline definition and prints what was "
            + "accepted and what was rejected, grouped by problem, with example rows.",
        "Without --deals and --transitions it validates the sample bundled in the jar (which has a few "
            + "deliberately broken rows).",
        "",
        "Exit status: 0 every row accepted, 1 some rows rejected, 2 the input could not be read."},
    footer = {"", "Examples:",
        "  revops validate",
        "  revops validate --deals ../shared/data/maven-crm-sales-opportunities/sales_pipeline.csv",
        "  revops validate --deals deals.csv --transitions transitions.csv --definition my-pipeline.json",
        "  revops validate --deals export.csv --layout salesforce-opportunities --format json"})
final class ValidateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  DealInput input;

  @Option(names = "--transitions", paramLabel = "FILE", description = "Stage transitions CSV (one row per change).")
  Path transitions;

  @Option(names = "--transition-layout", paramLabel = "NAME", defaultValue = "gen-deals",
      description = "Transitions layout: gen-deals or salesforce-opportunity-history (default: ${DEFAULT-VALUE}).")
  String transitionLayout;

  @Mixin
  FormatOption output;

  @Option(names = "--examples", paramLabel = "N", defaultValue = "3",
      description = "Example rows shown per problem, 0 to 100 (default: ${DEFAULT-VALUE}).")
  int examples;

  @Override
  public Integer call() {
    Limits.check("--examples", examples, 0, Limits.EXAMPLES);
    boolean bundled = input.bundled() && transitions == null;
    PipelineDefinition def = input.definition();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();

    Map<String, Object> reports = new LinkedHashMap<>();
    reports.put("definition", def.ref());
    ImportReport dealReport = null;
    ImportReport historyReport = null;
    if (!input.bundled() || bundled) {
      dealReport = input.read(d -> { }, examples, err);
      reports.put("deals", dealReport);
    }
    if (transitions != null || bundled) {
      String source = bundled ? Bundled.SAMPLE_TRANSITIONS : transitions.toString();
      HistoryCsvImporter importer = HistoryCsvImporter.of(def, Inputs.transitionLayout(transitionLayout))
          .withOptions(ImportOptions.builder().source(source).maxExamplesPerReason(examples).build());
      historyReport = input.read(importer, transitions, Bundled::sampleTransitions, h -> { }, err, "transitions");
      reports.put("transitions", historyReport);
    }
    long rejected = (dealReport == null ? 0 : dealReport.rowsRejected())
        + (historyReport == null ? 0 : historyReport.rowsRejected());
    Output o = new Output(output.format, out);
    o.json(reports);
    PrintWriter text = o.text();
    text.printf("Pipeline definition %s (effective %s, %d stages)%n%n", def.ref(), def.effectiveFrom(),
        def.stages().size());
    if (dealReport != null) {
      ReportPrinter.print(o, "Deals", "deals", dealReport);
    }
    if (historyReport != null) {
      ReportPrinter.print(o, "Stage transitions", "transitions", historyReport);
    }
    text.println(rejected == 0 ? "Every row was accepted."
        : String.format(Locale.ROOT, "%,d rows rejected: see the problems above (exit status 1).", rejected));
    out.flush();
    return rejected == 0 ? 0 : 1;
  }
}
