package dev.revops.examples.cli;

import dev.revops.core.io.ImportFormatException;
import dev.revops.core.io.ImportOptions;
import dev.revops.core.io.ImportReport;
import dev.revops.core.io.JsonRecordImporter;
import dev.revops.core.io.RecordImporter;
import dev.revops.core.io.TextInput;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.scope.Scope;
import dev.revops.examples.sample.Bundled;
import dev.revops.forecast.conversion.ProbabilityModel;
import dev.revops.forecast.pipeline.RangeSettings;
import dev.revops.forecast.projection.Projection;
import dev.revops.forecast.projection.ProjectionFigures;
import dev.revops.forecast.projection.ProjectionOptions;
import dev.revops.forecast.projection.ProjectionRange;
import dev.revops.forecast.projection.ProjectionRecord;
import dev.revops.forecast.projection.ProjectionResult;
import dev.revops.forecast.projection.ProjectionRow;
import dev.revops.forecast.projection.RevenueTemplates;
import dev.revops.forecast.projection.ScenarioComparison;
import dev.revops.forecast.projection.ScenarioRow;
import dev.revops.forecast.revenue.Contract;
import dev.revops.forecast.revenue.ContractCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code revops project}: revenue, billings, cash, cost and margin per period from booked contracts
 * and open deals weighted by their probability, with P10/P50/P90 ranges and a scenario against the
 * base, as tables, JSON or CSV.
 */
@Command(name = "project", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Projects recognized revenue, billings, cash, cost and gross margin per period: each booked contract's "
            + "remaining schedule, and each open deal's schedule as if won on its expected close date under its "
            + "product's revenue template, weighted by its probability; with P10/P50/P90 ranges per period.",
        "With --slip-days or --categories it also runs that scenario and shows its difference from the base.",
        "Without --deals it runs on the bundled sample: its deals, contracts and revenue templates."},
    footer = {"", "Examples:",
        "  revops project",
        "  revops project --slip-days 30 --format csv",
        "  revops project --categories commit,best-case --period quarter",
        "  revops project --deals deals.csv --contracts contracts.json --templates templates.json"})
final class ProjectCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  DealInput input;

  @Mixin
  PeriodInput periods;

  @Option(names = "--contracts", paramLabel = "FILE",
      description = "Booked contracts: JSON (an array, or one per line) or CSV (one row per obligation). Default: the "
          + "bundled sample's with the sample's deals, none with other deals.")
  Path contracts;

  @Option(names = "--templates", paramLabel = "FILE",
      description = "Revenue templates (JSON, one per product). Default: the bundled sample's.")
  Path templates;

  @Option(names = "--as-of", paramLabel = "DATE|latest",
      description = "The first day projected; " + AsOfDate.HELP + " (default: today; the sample's 2026-10-01 for "
          + "the sample).")
  AsOfDate asOf;

  @Option(names = "--probability", paramLabel = "MODEL", defaultValue = "deal-effective",
      description = "deal-effective (overrides, else stage defaults), stage-default, or a model saved by "
          + "revops conversion --save-model (a .json file) (default: ${DEFAULT-VALUE}).")
  String probability;

  @Option(names = "--slip-days", paramLabel = "N", defaultValue = "0",
      description = "A scenario: every open deal closes N days later (0 to 3,660; default: ${DEFAULT-VALUE}).")
  int slipDays;

  @Option(names = "--categories", paramLabel = "CATEGORY", split = ",",
      description = "A scenario: only open deals of these forecast categories (pipeline, best-case, most-likely, "
          + "commit; comma-separated).")
  List<String> categories = new ArrayList<>();

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Simulation seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--trials", paramLabel = "N", defaultValue = "2000",
      description = "Simulation trials, 1 to 1,000,000 (default: ${DEFAULT-VALUE}): memory holds two numbers a trial "
          + "and period, time grows with trials x open deals.")
  int trials;

  @Mixin
  FormatOption output;

  @Option(names = "--examples", paramLabel = "N", defaultValue = "3",
      description = "Example ids shown per exclusion reason, 0 to 100 (default: ${DEFAULT-VALUE}).")
  int examples;

  private final List<String> notes = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Limits.check("--trials", trials, 1, Limits.TRIALS);
    Limits.check("--examples", examples, 0, Limits.EXAMPLES);
    PipelineDefinition def = input.definition();
    boolean sample = input.bundled();
    LocalDate day = input.asOf(asOf, sample);
    Scope scope = Options.value(() -> Scope.builder().asOf(day, ZoneOffset.UTC).periodKind(periods.kind("month"))
        .fiscalCalendar(periods.calendar()).addBasedOn(def.ref()).exampleLimit(examples).build(), "options");
    RangeSettings ranges = Options.value(() -> RangeSettings.builder().seed(seed).trials(trials).build(), "--trials");
    ProjectionOptions base = Options.value(() -> ProjectionOptions.builder().scope(scope).ranges(ranges).build(),
        "options");
    Optional<ProjectionOptions> scenario = scenario(scope, ranges);
    ProbabilityModel model = Options.model(probability, "--probability", def, notes);
    RevenueTemplates t = templates();
    Projection baseRun = new Projection(base, model, t);
    Optional<Projection> scenarioRun = scenario.map(o -> new Projection(o, model, t));
    Consumer<ProjectionRecord> feed = r -> {
      baseRun.add(r);
      scenarioRun.ifPresent(s -> s.add(r));
    };
    ImportReport deals = input.read(d -> feed.accept(ProjectionRecord.openDeal(d)), 3, err);
    Optional<ImportReport> booked = sample || contracts != null
        ? Optional.of(readContracts(c -> feed.accept(ProjectionRecord.booked(c)))) : Optional.empty();
    ProjectionResult result = baseRun.result();
    Optional<ProjectionResult> other = scenarioRun.map(Projection::result);
    Optional<ScenarioComparison> comparison = other.map(o -> ScenarioComparison.of(result, o));

    Output o = new Output(output.format, out);
    o.asOf(scope.asOf(), scope.zone(), input.latestDate());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("import", deals);
    booked.ifPresent(b -> json.put("contractsImport", b));
    json.put("notes", notes);
    json.put("projection", result);
    other.ifPresent(x -> json.put("scenario", x));
    comparison.ifPresent(c -> json.put("comparison", c));
    o.json(json);
    print(o, deals, booked, result, comparison);
    o.flush();
    return 0;
  }

  private Optional<ProjectionOptions> scenario(Scope scope, RangeSettings ranges) {
    if (slipDays == 0 && categories.isEmpty()) {
      return Optional.empty();
    }
    List<ForecastCategory> kept = new ArrayList<>();
    for (String c : categories) {
      kept.add(Options.value(() -> ForecastCategory.valueOf(c.strip().toUpperCase(Locale.ROOT).replace('-', '_')),
          "--categories"));
    }
    String name = (slipDays > 0 ? "slip " + slipDays + " days" : "") + (slipDays > 0 && !kept.isEmpty() ? ", " : "")
        + (kept.isEmpty() ? "" : "only " + String.join(" and ", categories));
    return Optional.of(Options.value(() -> ProjectionOptions.builder().scope(scope).ranges(ranges).scenario(name)
        .slipDays(slipDays).addAllCategories(kept).build(), "--slip-days"));
  }

  private RevenueTemplates templates() {
    if (templates != null) {
      return Json.readSettings(templates, RevenueTemplates.class);
    }
    notes.add("Revenue templates: " + Bundled.SAMPLE_TEMPLATES + ".");
    try (Reader in = Bundled.sampleTemplates()) {
      return RevopsJson.mapper().readValue(in, RevenueTemplates.class);
    } catch (IOException e) {
      throw new CliException("the bundled revenue templates cannot be read: " + e.getMessage(), e);
    }
  }

  private ImportReport readContracts(Consumer<Contract> sink) {
    boolean csv = contracts != null && contracts.toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    String source = contracts == null ? Bundled.SAMPLE_CONTRACTS : contracts.toString();
    ImportOptions importOptions = ImportOptions.builder().source(source).maxExamplesPerReason(3).build();
    RecordImporter<Contract> importer = csv ? ContractCsv.importer(ZoneOffset.UTC).withOptions(importOptions)
        : JsonRecordImporter.of("contracts", "contract", Contract.class, Contract::id).withOptions(importOptions);
    TextInput in = contracts == null ? Bundled::sampleContracts : () -> Inputs.open(contracts, StandardCharsets.UTF_8);
    try {
      ImportReport report = importer.read(in, sink, r -> { });
      Options.warnRejected(report, "contracts", notes);
      return report;
    } catch (ImportFormatException e) {
      throw new CliException(source + " cannot be imported: " + e.getMessage(), e);
    } catch (IOException e) {
      throw Inputs.unreadable(contracts, e);
    }
  }

  // ---- tables

  private void print(Output o, ImportReport deals, Optional<ImportReport> booked, ProjectionResult r,
      Optional<ScenarioComparison> comparison) {
    PrintWriter out = o.text();
    out.printf(Locale.ROOT, "Projection as of %s: templates %s, probability %s, %s periods%n",
        r.options().scope().asOfDate(), r.templates(), r.probabilityModel(),
        r.options().scope().periodKind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    out.printf(Locale.ROOT, "Deals: %s: %,d rows read, %,d accepted, %,d rejected%n", deals.source().orElse("input"),
        deals.rowsRead(), deals.rowsAccepted(), deals.rowsRejected());
    booked.ifPresent(b -> out.printf(Locale.ROOT, "Contracts: %s: %,d accepted, %,d rejected%n",
        b.source().orElse("input"), b.recordsAccepted(), b.rowsRejected()));
    notes.forEach(out::println);
    out.println();
    out.println("Per period: booked contracts' schedules + open deals' schedules x probability (total = booked + pipeline)");
    Table t = new Table("projection", Table.period("period"), Table.currency(),
        Table.figure("booked revenue", "bookedRevenue"), Table.figure("pipeline revenue", "pipelineRevenue"),
        Table.figure("revenue", "revenue"), Table.figure("billings", "billings"), Table.figure("cash", "cash"),
        Table.figure("cost", "cost"), Table.figure("gross margin", "grossMargin"));
    for (ProjectionRow x : r.rows()) {
      ProjectionFigures f = x.total();
      t.row(x.period().label(), f.revenue().getCurrencyCode(), Table.amount(x.booked().revenue()),
          Table.amount(x.pipeline().revenue()), Table.amount(f.revenue()), Table.amount(f.billings()),
          Table.amount(f.cash()), Table.amount(f.cost()), Table.amount(f.grossMargin()));
    }
    o.print(t, "  ");
    out.printf(Locale.ROOT, "  counted %,d open deals (%,d past due, projected from %s) and %,d booked contracts; "
        + "excluded: %s%n", r.openDeals(), r.pastDue(), r.options().scope().asOfDate(), r.bookedContracts(),
        PipelineCommand.exclusions(r.provenance().excluded()));
    out.println();
    printRanges(o, r);
    comparison.ifPresent(c -> printComparison(o, c));
  }

  private void printRanges(Output o, ProjectionResult r) {
    PrintWriter out = o.text();
    out.printf("Ranges per period (each open deal won or lost whole; seed %d)%n",
        r.options().ranges().map(RangeSettings::seed).orElse(0L));
    Table t = new Table("range", Table.period("period"), Table.currency(), Table.figure("revenue P10", "revenueP10"),
        Table.figure("revenue P50", "revenueP50"), Table.figure("revenue P90", "revenueP90"),
        Table.figure("cash P10", "cashP10"), Table.figure("cash P50", "cashP50"), Table.figure("cash P90", "cashP90"));
    for (ProjectionRange x : r.ranges()) {
      t.row(x.period().label(), x.revenueP10().getCurrencyCode(), Table.amount(x.revenueP10()),
          Table.amount(x.revenueP50()), Table.amount(x.revenueP90()), Table.amount(x.cashP10()),
          Table.amount(x.cashP50()), Table.amount(x.cashP90()));
    }
    o.print(t, "  ");
    out.println();
  }

  private void printComparison(Output o, ScenarioComparison c) {
    o.text().printf("Scenario '%s' against the base (scenario - base)%n", c.scenario());
    Table t = new Table("scenario", Table.period("period"), Table.currency(), Table.figure("revenue", "revenue"),
        Table.figure("billings", "billings"), Table.figure("cash", "cash"), Table.figure("gross margin", "grossMargin"));
    for (ScenarioRow x : c.rows()) {
      ProjectionFigures d = x.difference();
      t.row(x.period().label(), d.revenue().getCurrencyCode(), Table.amount(d.revenue()), Table.amount(d.billings()),
          Table.amount(d.cash()), Table.amount(d.grossMargin()));
    }
    o.print(t, "  ");
  }
}
