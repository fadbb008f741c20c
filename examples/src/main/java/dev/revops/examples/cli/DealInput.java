package dev.revops.examples.cli;

import dev.revops.core.deal.Deal;
import dev.revops.core.history.DealHistory;
import dev.revops.core.io.ColumnMapping;
import dev.revops.core.io.DealCsvImporter;
import dev.revops.core.io.DealJsonLinesImporter;
import dev.revops.core.io.HistoryCsvImporter;
import dev.revops.core.io.ImportFormatException;
import dev.revops.core.io.ImportOptions;
import dev.revops.core.io.ImportReport;
import dev.revops.core.io.RecordImporter;
import dev.revops.core.io.TextInput;
import dev.revops.core.io.Rejection;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.examples.sample.Bundled;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * The options that say where deals come from and how to read them, shared by the commands that
 * read deals. Without {@code --deals}, the bundled sample is read.
 */
final class DealInput {

  enum ProgressMode { AUTO, ALWAYS, NEVER }

  @Option(names = "--deals", paramLabel = "FILE", description = "Deals: CSV, or JSON Lines (.jsonl), .gz read as it "
      + "is; - or /dev/stdin for standard input (kept in a temporary file, so the layout is detected without losing "
      + "rows). Default: the "
      + "bundled sample.")
  Path deals;

  @Option(names = "--definition", paramLabel = "NAME|FILE",
      description = "Pipeline definition: a bundled one (gen-deals, maven-crm, salesforce-default, hubspot-default, "
          + "pipedrive-default) "
          + "or a JSON file. Default: the bundled one that goes with the layout.")
  String definition;

  @Option(names = "--layout", paramLabel = "NAME",
      description = "Deals layout: gen-deals, maven-crm, salesforce-opportunities, hubspot-deals, salesforce-report, "
          + "salesforce-data-loader, pipedrive-deals or jsonl (revops mapping --print NAME shows one). "
          + "Default: detected from the file's extension and header.")
  String layout;

  @Option(names = "--mapping", paramLabel = "FILE", description = "A column mapping (JSON) instead of a ready layout.")
  Path mapping;

  @Option(names = "--join", paramLabel = "TABLE=FILE", mapFallbackValue = "",
      description = "A reference table the mapping joins (repeatable), e.g. sales_teams=sales_teams.csv; "
          + "maven-crm joins sales_teams, accounts and products (which prices open deals without an amount).")
  Map<String, Path> joins = new LinkedHashMap<>();

  @Option(names = "--pipeline-definition", paramLabel = "PIPELINE=NAME|FILE",
      description = "Read rows of this pipeline (the mapping's pipeline column, e.g. HubSpot's Pipeline) in this "
          + "definition (repeatable); rows of other pipelines are rejected.")
  Map<String, String> pipelineDefinitions = new LinkedHashMap<>();

  @Option(names = "--date-pattern", paramLabel = "PATTERN",
      description = "Dates of the deals file in this pattern (e.g. M/d/yyyy, dd.MM.yyyy), read strictly.")
  String datePattern;

  @Option(names = "--decimal-separator", paramLabel = "CHAR", description = "Decimal separator of numbers: . or ,")
  String decimalSeparator;

  @Option(names = "--thousands-separator", paramLabel = "CHAR",
      description = "Thousands separator of amounts: , . ' or space (digits then in groups of three).")
  String thousandsSeparator;

  @Option(names = "--delimiter", paramLabel = "CHAR", description = "Field delimiter of the deals CSV (default: ,).")
  String delimiter;

  @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
      description = "Encoding of the input files (default: ${DEFAULT-VALUE}).")
  Charset encoding;

  @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
      description = "Show records read per second on stderr: auto (when on a terminal), always, never.")
  ProgressMode progress;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads that parse one CSV file on disk (UTF-8, not .gz, not standard input), with the result "
          + "of the serial read; 1 reads on one thread. Default: 1 (on 2 cores, 2 threads were slower).")
  Integer threads;

  private PipelineDefinition resolved;
  private String resolvedLayout;
  private LocalDate latest;

  /** Whether no deals file was given. */
  boolean bundled() {
    return deals == null;
  }

  /** The deals' layout: given, detected, or the bundled sample's. */
  String layout() {
    if (resolvedLayout == null) {
      if (layout != null && mapping != null) {
        throw new CliException("--layout and --mapping exclude each other: give one");
      }
      resolvedLayout = mapping != null ? "mapping"
          : layout != null ? layout
          : deals != null ? Inputs.detectLayout(deals, encoding)
          : "gen-deals";
    }
    return resolvedLayout;
  }

  /** The pipeline definition: given, or the one that goes with the layout. */
  PipelineDefinition definition() {
    if (resolved == null) {
      if (definition == null && mapping != null) {
        throw new CliException("--mapping needs --definition (the pipeline its stage names belong to)");
      }
      resolved = Inputs.definition(definition != null ? definition : Inputs.definitionFor(layout()));
    }
    return resolved;
  }

  /**
   * The latest created or closed date of the deals read so far by this input (any file it read),
   * if one had a date; expected close dates are plans, not dates of the data, and are left out.
   */
  synchronized Optional<LocalDate> latestDate() {
    return Optional.ofNullable(latest);
  }

  private synchronized void seen(Deal d) {
    for (Optional<LocalDate> date : List.of(d.createdDate(), d.closedDate())) {
      date.filter(x -> latest == null || x.isAfter(latest)).ifPresent(x -> latest = x);
    }
  }

  /**
   * The as-of date of a report on these deals: the one given; for {@code latest} the latest date of
   * the deals ({@link #latestDate()}), found in a first pass over them (standard input is read from
   * its temporary copy); without {@code --as-of}, today or the sample's date.
   *
   * @param given the option's value, or null when it was not given
   * @param sample whether the command runs on the bundled sample (whose date is then the default)
   * @return the date
   * @throws CliException for {@code latest} when no deal has a created or closed date
   */
  LocalDate asOf(AsOfDate given, boolean sample) {
    if (given == null) {
      return Options.asOf(null, sample);
    }
    if (!given.latest()) {
      return given.date().orElseThrow();
    }
    read(d -> { }, 0, new PrintWriter(java.io.Writer.nullWriter()));
    return latestDate().orElseThrow(() -> new CliException("--as-of latest: no deal of "
        + (deals == null ? Bundled.SAMPLE_DEALS : StandardInput.shown(deals)) + " has a created or closed date to take "
        + "the latest of; give --as-of DATE"));
  }

  boolean showProgress() {
    return progress == ProgressMode.ALWAYS || (progress == ProgressMode.AUTO && Progress.isTerminal());
  }

  /**
   * Reads every deal, handing accepted ones to {@code sink}.
   *
   * @param sink receives the accepted deals
   * @param examples example rows kept per problem in the report
   * @param err where progress goes
   * @return the import report
   */
  ImportReport read(Consumer<Deal> sink, int examples, PrintWriter err) {
    return read(deals, Bundled::sampleDeals, Bundled.SAMPLE_DEALS, sink, examples, err);
  }

  /**
   * Reads another deals file in the same layout and definition (an earlier snapshot, say).
   *
   * @param file the file, or null for a bundled resource
   * @param bundledInput the bundled resource
   * @param bundledName the bundled resource's name, for reports
   * @param sink receives the accepted deals
   * @param examples example rows kept per problem in the report
   * @param err where progress goes
   * @return the import report
   */
  ImportReport read(Path file, Supplier<Reader> bundledInput, String bundledName, Consumer<Deal> sink, int examples,
      PrintWriter err) {
    String source = file == null ? bundledName : StandardInput.shown(file);
    ImportOptions options = ImportOptions.builder().source(source).maxExamplesPerReason(examples).build();
    RecordImporter<Deal> importer = "jsonl".equals(layout())
        ? DealJsonLinesImporter.of(definition()).withOptions(options)
        : csvImporter(options);
    return read(importer, file, bundledInput, d -> {
      seen(d);
      sink.accept(d);
    }, err, "deals");
  }

  /** The CSV importer: the mapping with the one-off format options, its tables and pipelines. */
  private DealCsvImporter csvImporter(ImportOptions options) {
    ColumnMapping m = Mappings.withFormat(mapping != null ? Inputs.mappingFile(mapping) : Inputs.mapping(layout()),
        datePattern, decimalSeparator, thousandsSeparator, delimiter);
    DealCsvImporter importer = DealCsvImporter.of(definition(), m).withOptions(options);
    for (Map.Entry<String, Path> j : joins.entrySet()) {
      importer = importer.withTable(Mappings.table(m, j.getKey(), j.getValue(), encoding));
    }
    if (!pipelineDefinitions.isEmpty()) {
      Map<String, PipelineDefinition> byPipeline = new LinkedHashMap<>();
      pipelineDefinitions.forEach((label, def) -> byPipeline.put(label, Inputs.definition(def)));
      importer = importer.withPipelines(byPipeline);
    }
    return importer;
  }

  /** The parse threads: {@code --threads}, or 1. */
  int threads() {
    return threads == null ? ParallelFile.defaultThreads() : Limits.check("--threads", threads, 1, MAX_THREADS);
  }

  /** The most parse threads one file is read with. */
  static final int MAX_THREADS = 16;

  /**
   * The parallel read of a CSV file on disk (see {@link ParallelFile}), or null when the file or the
   * importer does not qualify (then it is read serially).
   */
  @SuppressWarnings("unchecked")
  private <T> ImportReport parallel(RecordImporter<T> importer, Path file, Consumer<T> onRecord,
      Consumer<Rejection> onRejection) throws IOException {
    int n = threads();
    if (!ParallelFile.applies(file, encoding, n)) {
      return null;
    }
    if (importer instanceof DealCsvImporter deals) {
      Consumer<Deal> sink = (Consumer<Deal>) onRecord;
      return ParallelFile.read(file, n, (bytes, pool, t) -> deals.read(bytes, pool, t, sink, onRejection));
    }
    if (importer instanceof HistoryCsvImporter histories) {
      Consumer<DealHistory> sink = (Consumer<DealHistory>) onRecord;
      return ParallelFile.read(file, n, (bytes, pool, t) -> histories.read(bytes, pool, t, sink, onRejection));
    }
    return null;
  }

  /** Reads a file (or a bundled resource when it is null) with an importer, showing progress. */
  <T> ImportReport read(RecordImporter<T> importer, Path file, Supplier<Reader> bundledInput, Consumer<? super T> sink,
      PrintWriter err, String label) {
    Progress p = new Progress(err, showProgress(), label);
    Consumer<T> onRecord = r -> {
      p.tick();
      sink.accept(r);
    };
    Consumer<Rejection> onRejection = r -> p.tick();
    // a re-readable input: the importers of records that span rows read it twice
    TextInput in = file == null ? bundledInput::get : () -> Inputs.open(file, encoding);
    try {
      ImportReport parallel = file == null ? null : parallel(importer, file, onRecord, onRejection);
      return parallel != null ? parallel : importer.read(in, onRecord, onRejection);
    } catch (ImportFormatException e) {
      throw new CliException((file == null ? label : StandardInput.shown(file)) + " cannot be imported: "
          + e.getMessage(), e);
    } catch (IOException e) {
      throw Inputs.unreadable(file, e);
    } finally {
      p.done();
    }
  }
}
