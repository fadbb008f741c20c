package dev.revops.examples.cli;

import dev.revops.core.deal.Deal;
import dev.revops.core.io.DealCsvImporter;
import dev.revops.core.io.DealJsonLinesImporter;
import dev.revops.core.io.HistoryCsvImporter;
import dev.revops.core.io.ImportFormatException;
import dev.revops.core.io.ImportOptions;
import dev.revops.core.io.ImportReport;
import dev.revops.core.io.RecordImporter;
import dev.revops.core.io.Rejection;
import dev.revops.core.json.JsonOptions;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.examples.sample.Bundled;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
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

  enum Format { TABLE, JSON }

  enum ProgressMode { AUTO, ALWAYS, NEVER }

  @Spec
  CommandSpec spec;

  @Option(names = "--deals", paramLabel = "FILE", description = "Deals: CSV, or JSON Lines (.jsonl).")
  Path deals;

  @Option(names = "--transitions", paramLabel = "FILE", description = "Stage transitions CSV (one row per change).")
  Path transitions;

  @Option(names = "--definition", paramLabel = "NAME|FILE",
      description = "Pipeline definition: a bundled one (gen-deals, maven-crm, salesforce-default, hubspot-default) "
          + "or a JSON file. Default: the bundled one that goes with the layout.")
  String definition;

  @Option(names = "--layout", paramLabel = "NAME",
      description = "Deals layout: gen-deals, maven-crm, salesforce-opportunities, hubspot-deals or jsonl. "
          + "Default: detected from the file's extension and header.")
  String layout;

  @Option(names = "--mapping", paramLabel = "FILE", description = "A column mapping (JSON) instead of a ready layout.")
  Path mapping;

  @Option(names = "--transition-layout", paramLabel = "NAME", defaultValue = "gen-deals",
      description = "Transitions layout: gen-deals or salesforce-opportunity-history (default: ${DEFAULT-VALUE}).")
  String transitionLayout;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--examples", paramLabel = "N", defaultValue = "3",
      description = "Example rows shown per problem (default: ${DEFAULT-VALUE}).")
  int examples;

  @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
      description = "Encoding of the input files (default: ${DEFAULT-VALUE}).")
  Charset encoding;

  @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
      description = "Show rows read per second on stderr: auto (when on a terminal), always, never.")
  ProgressMode progress;

  @Override
  public Integer call() {
    if (examples < 0) {
      throw new CliException("--examples must not be negative, was " + examples);
    }
    if (layout != null && mapping != null) {
      throw new CliException("--layout and --mapping exclude each other: give one");
    }
    boolean bundled = deals == null && transitions == null;
    String dealLayout = mapping != null ? null
        : layout != null ? layout
        : deals != null ? Inputs.detectLayout(deals, encoding)
        : "gen-deals";
    if (definition == null && mapping != null) {
      throw new CliException("--mapping needs --definition (the pipeline its stage names belong to)");
    }
    PipelineDefinition def = Inputs.definition(definition != null ? definition : Inputs.definitionFor(dealLayout));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean showProgress = progress == ProgressMode.ALWAYS || (progress == ProgressMode.AUTO && Progress.isTerminal());

    Map<String, Object> reports = new LinkedHashMap<>();
    reports.put("definition", def.ref());
    ImportReport dealReport = null;
    ImportReport historyReport = null;
    if (deals != null || bundled) {
      String source = bundled ? Bundled.SAMPLE_DEALS : deals.toString();
      ImportOptions options = ImportOptions.builder().source(source).maxExamplesPerReason(examples).build();
      RecordImporter<Deal> importer = "jsonl".equals(dealLayout)
          ? DealJsonLinesImporter.of(def).withOptions(options)
          : DealCsvImporter.of(def, mapping != null ? Inputs.mappingFile(mapping) : Inputs.mapping(dealLayout))
              .withOptions(options);
      dealReport = run(importer, bundled ? null : deals, true, err, showProgress, "deals");
      reports.put("deals", dealReport);
    }
    if (transitions != null || bundled) {
      String source = bundled ? Bundled.SAMPLE_TRANSITIONS : transitions.toString();
      HistoryCsvImporter importer = HistoryCsvImporter.of(def, Inputs.transitionLayout(transitionLayout))
          .withOptions(ImportOptions.builder().source(source).maxExamplesPerReason(examples).build());
      historyReport = run(importer, bundled ? null : transitions, false, err, showProgress, "transitions");
      reports.put("transitions", historyReport);
    }
    long rejected = (dealReport == null ? 0 : dealReport.rowsRejected())
        + (historyReport == null ? 0 : historyReport.rowsRejected());
    if (format == Format.JSON) {
      try {
        out.println(RevopsJson.mapper(JsonOptions.builder().indent(true).build()).writeValueAsString(reports));
      } catch (IOException e) {
        throw new IllegalStateException("cannot write the report as JSON", e);
      }
    } else {
      out.printf("Pipeline definition %s (effective %s, %d stages)%n%n", def.ref(), def.effectiveFrom(),
          def.stages().size());
      if (dealReport != null) {
        ReportPrinter.print(out, "Deals", dealReport);
      }
      if (historyReport != null) {
        ReportPrinter.print(out, "Stage transitions", historyReport);
      }
      out.println(rejected == 0 ? "Every row was accepted."
          : String.format(Locale.ROOT, "%,d rows rejected: see the problems above (exit status 1).", rejected));
    }
    out.flush();
    return rejected == 0 ? 0 : 1;
  }

  private <T> ImportReport run(RecordImporter<T> importer, Path file, boolean deals, PrintWriter err,
      boolean showProgress, String label) {
    Progress progress = new Progress(err, showProgress, label);
    Consumer<T> onRecord = r -> progress.tick();
    Consumer<Rejection> onRejection = r -> progress.tick();
    try (Reader in = file == null ? (deals ? Bundled.sampleDeals() : Bundled.sampleTransitions())
        : Inputs.open(file, encoding)) {
      return importer.read(in, onRecord, onRejection);
    } catch (ImportFormatException e) {
      throw new CliException((file == null ? label : file.toString()) + " cannot be imported: " + e.getMessage(), e);
    } catch (IOException e) {
      throw Inputs.unreadable(file, e);
    } finally {
      progress.done();
    }
  }
}
