package dev.revops.examples.cli;

import dev.revops.core.deal.Deal;
import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.io.ImportReport;
import dev.revops.core.money.CurrencyMismatchException;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.roster.Roster;
import dev.revops.core.roster.RosterImport;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.conversion.ProbabilityModel;
import dev.revops.forecast.pipeline.RangeSettings;
import dev.revops.forecast.projection.Projection;
import dev.revops.forecast.projection.ProjectionFigures;
import dev.revops.forecast.projection.ProjectionGroup;
import dev.revops.forecast.projection.ProjectionOptions;
import dev.revops.forecast.projection.ProjectionRange;
import dev.revops.forecast.projection.ProjectionRecord;
import dev.revops.forecast.projection.ProjectionResult;
import dev.revops.forecast.projection.ProjectionRow;
import dev.revops.forecast.projection.RevenueTemplates;
import dev.revops.forecast.projection.ScenarioComparison;
import dev.revops.forecast.projection.ScenarioRow;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
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
        "  revops project --group-by owner,attribute:region --currency USD",
        "  revops project --group-by level:manager --format csv",
        "  revops project --deals deals.csv --contracts contracts.json --templates templates.json --currency EUR "
            + "--rates rates.csv"})
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

  @Option(names = "--group-by", paramLabel = "DIMENSION", split = ",",
      description = "Also per group of these dimensions: level:NAME (a level of the roster), attribute:NAME, account, "
          + "owner, segment, source, product, stage, forecast-category, close-period (comma-separated). A booked "
          + "contract is grouped by the won deal it was booked from (none without one).")
  List<String> groupBy = new ArrayList<>();

  @Option(names = "--roster", paramLabel = "FILE",
      description = "The roster whose levels --group-by level:NAME names (CSV). Default: the bundled sample's with the "
          + "sample.")
  Path roster;

  @Option(names = "--currency", paramLabel = "CODE",
      description = "Report every figure in this currency, each deal and contract converted at the rate of its close "
          + "or booking date (other currencies need --rates). Default: figures per currency.")
  String currency;

  @Option(names = "--rates", paramLabel = "FILE",
      description = "Dated exchange rates into --currency: CSV (from,to,effectiveFrom,rate) or JSON. Default: the "
          + "bundled sample's with the sample, else none.")
  Path rates;

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
    Scope scope = Options.value(() -> scope(day, def, sample), "options");
    RangeSettings ranges = Options.value(() -> RangeSettings.builder().seed(seed).trials(trials).build(), "--trials");
    Optional<RosterImport> team = groupBy.stream().anyMatch(g -> g.strip().startsWith("level:")) || roster != null
        ? Optional.of(ProjectionInputs.roster(rosterFile(sample), input.encoding, notes)) : Optional.empty();
    List<OpenDimension> dimensions = new ArrayList<>();
    groupBy.forEach(n -> dimensions.add(Options.value(() -> OpenDimension.parse(n.strip(),
        team.map(RosterImport::roster).orElse(Roster.empty())), "--group-by")));
    ProjectionOptions base = Options.value(() -> ProjectionOptions.builder().scope(scope).ranges(ranges)
        .addAllGroupBy(dimensions).roster(team.map(RosterImport::roster)).build(), "--group-by");
    Optional<ProjectionOptions> scenario = scenario(base);
    ProbabilityModel model = Options.model(probability, "--probability", def, notes);
    RevenueTemplates t = ProjectionInputs.templates(templates, notes);
    Projection baseRun = new Projection(base, model, t);
    Optional<Projection> scenarioRun = scenario.map(o -> new Projection(o, model, t));
    Consumer<ProjectionRecord> feed = r -> {
      baseRun.add(r);
      scenarioRun.ifPresent(s -> s.add(r));
    };
    Read read = read(feed, !dimensions.isEmpty(), sample, err);
    ImportReport deals = read.deals();
    Optional<ImportReport> booked = read.contracts();
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
    if (!o.isJson()) {
      print(o, deals, booked, result, comparison);
    }
    o.flush();
    return 0;
  }

  /** What reading the deals and the contracts found. */
  private record Read(ImportReport deals, Optional<ImportReport> contracts) {}

  /**
   * Feeds the open deals, then the booked contracts; grouped, each contract with the won deal it
   * was booked from, the won deals being held (at most {@link ProjectionInputs#MAX_WON_DEALS}).
   */
  private Read read(Consumer<ProjectionRecord> feed, boolean grouped, boolean sample, PrintWriter err) {
    Map<String, Deal> won = new HashMap<>();
    try {
      ImportReport deals = input.read(d -> {
        if (grouped && d.isWon()) {
          if (won.size() >= ProjectionInputs.MAX_WON_DEALS) {
            throw new CliException(String.format(Locale.ROOT, "--group-by holds each won deal to group its contract: "
                + "more than %,d won deals", ProjectionInputs.MAX_WON_DEALS));
          }
          won.put(d.id(), d);
        }
        feed.accept(ProjectionRecord.openDeal(d));
      }, 3, err);
      Optional<ImportReport> booked = sample || contracts != null ? Optional.of(ProjectionInputs.contracts(contracts,
          c -> feed.accept(new ProjectionRecord.Booked(c, Optional.empty(), c.dealId().map(won::get))), notes))
          : Optional.empty();
      return new Read(deals, booked);
    } catch (CurrencyMismatchException e) {
      throw ProjectionInputs.mixedCurrencies(e);
    }
  }

  /** As of the start of the day in UTC, in the periods asked, in the reporting currency if one is asked. */
  private Scope scope(LocalDate day, PipelineDefinition def, boolean sample) {
    if (currency == null && rates != null) {
      throw new CliException("--rates needs --currency (the currency to convert into)");
    }
    Scope.Builder b = Scope.builder().asOf(day, ZoneOffset.UTC).periodKind(periods.kind("month"))
        .fiscalCalendar(periods.calendar()).addBasedOn(def.ref()).exampleLimit(examples);
    if (currency != null) {
      b.reportingCurrency(Options.value(() -> Money.currency(currency.toUpperCase(Locale.ROOT)), "--currency"));
      if (rates != null || sample) {
        b.exchangeRates(Options.rates(rates, input.encoding, notes));
      }
    }
    return b.build();
  }

  private Path rosterFile(boolean sample) {
    if (roster == null && !sample) {
      throw new CliException("--roster FILE is required to group by a roster level with --deals");
    }
    return roster;
  }

  private Optional<ProjectionOptions> scenario(ProjectionOptions base) {
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
    return Optional.of(Options.value(() -> ProjectionOptions.builder().scope(base.scope()).ranges(base.ranges())
        .addAllGroupBy(base.groupBy()).roster(base.roster()).scenario(name).slipDays(slipDays).addAllCategories(kept)
        .build(), "--slip-days"));
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
    o.print(rows("projection", List.of(), r.rows().stream().map(x -> new Keyed(List.of(), x)).toList()), "  ");
    out.printf(Locale.ROOT, "  counted %,d open deals (%,d past due, projected from %s) and %,d booked contracts; "
        + "excluded: %s%n", r.openDeals(), r.pastDue(), r.options().scope().asOfDate(), r.bookedContracts(),
        PipelineCommand.exclusions(r.provenance().excluded()));
    out.println();
    printGroups(o, r);
    printRanges(o, r);
    comparison.ifPresent(c -> printComparison(o, c));
  }

  /** A row of a projection with the values of its group's dimensions. */
  record Keyed(List<String> values, ProjectionRow row) {}

  /**
   * A table of rows: booked and pipeline revenue, then the totals (the cost to close among them
   * when the templates have one), each row after its group's values under the keys.
   */
  static Table rows(String section, List<String> keys, List<Keyed> rows) {
    boolean costToClose = rows.stream().anyMatch(x -> x.row().total().costToClose().isPresent());
    List<Table.Column> columns = new ArrayList<>();
    keys.forEach(k -> columns.add(Table.key(k)));
    columns.addAll(List.of(Table.period("period"), Table.currency(), Table.figure("booked revenue", "bookedRevenue"),
        Table.figure("pipeline revenue", "pipelineRevenue"), Table.figure("revenue", "revenue"),
        Table.figure("billings", "billings"), Table.figure("cash", "cash"), Table.figure("cost", "cost")));
    if (costToClose) {
      columns.add(Table.figure("of it to close", "costToClose"));
    }
    columns.add(Table.figure("gross margin", "grossMargin"));
    Table t = new Table(section, columns);
    for (Keyed k : rows) {
      ProjectionRow x = k.row();
      ProjectionFigures f = x.total();
      List<Object> cells = new ArrayList<>(k.values());
      cells.addAll(List.of(x.period().label(), f.revenue().getCurrencyCode(), Table.amount(x.booked().revenue()),
          Table.amount(x.pipeline().revenue()), Table.amount(f.revenue()), Table.amount(f.billings()),
          Table.amount(f.cash()), Table.amount(f.cost())));
      if (costToClose) {
        cells.add(Table.amount(f.costToClose().orElse(Money.zero(f.revenue().getCurrency()))));
      }
      cells.add(Table.amount(f.grossMargin()));
      t.row(cells);
    }
    return t;
  }

  private void printGroups(Output o, ProjectionResult r) {
    if (r.options().groupBy().isEmpty()) {
      return;
    }
    List<String> keys = r.options().groupBy().stream().map(OpenDimension::name).toList();
    o.text().printf("Per group (%s): the groups sum to the rows above%n", String.join(", ", keys));
    List<Keyed> rows = new ArrayList<>();
    for (ProjectionGroup g : r.groups()) {
      List<String> values = keys.stream().map(k -> g.group().get(k)).toList();
      g.rows().forEach(x -> rows.add(new Keyed(values, x)));
    }
    o.print(rows("projection-group", keys, rows), "  ");
    o.text().println();
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
