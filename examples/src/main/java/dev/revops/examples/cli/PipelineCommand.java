package dev.revops.examples.cli;

import dev.revops.core.io.ImportReport;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.period.FiscalCalendar;
import dev.revops.core.period.PeriodKind;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.conversion.ProbabilityModel;
import dev.revops.core.dimension.OpenDimension;
import dev.revops.forecast.pipeline.ForecastRollup;
import dev.revops.forecast.pipeline.PeriodRange;
import dev.revops.forecast.pipeline.PipelineFigures;
import dev.revops.forecast.pipeline.PipelineOptions;
import dev.revops.forecast.pipeline.RangeForecast;
import dev.revops.forecast.pipeline.RangeForecastResult;
import dev.revops.forecast.pipeline.RangeSettings;
import dev.revops.forecast.pipeline.RollupResult;
import dev.revops.forecast.pipeline.RollupRow;
import dev.revops.forecast.pipeline.Target;
import dev.revops.forecast.pipeline.TargetAttainment;
import dev.revops.forecast.pipeline.TargetTracker;
import dev.revops.forecast.pipeline.WeightedPipeline;
import dev.revops.forecast.pipeline.WeightedPipelineResult;
import java.io.PrintWriter;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code revops pipeline}: the weighted pipeline, forecast-category roll-ups, targets and range
 * forecast of a deals file, as tables, JSON or CSV.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Computes the weighted pipeline of open deals, the forecast-category roll-ups per close period, "
            + "attainment of targets, and the range of revenue that may be won per period.",
        "Without --deals it runs on the bundled sample, converted to USD with the sample's rates and "
            + "compared with the sample's targets."},
    footer = {"", "Examples:",
        "  revops pipeline",
        "  revops pipeline --group-by owner --period month --format csv",
        "  revops pipeline --deals deals.csv --currency USD --rates rates.csv --targets targets.csv",
        "  revops pipeline --deals deals.csv --period fiscal-year --fiscal-year-start february"})
final class PipelineCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  DealInput input;

  @Mixin
  PeriodInput periods;

  @Mixin
  CurrencyInput money;

  @Option(names = "--group-by", paramLabel = "DIMENSION", split = ",",
      description = "Group by owner, segment, source, product, stage, forecast-category, period, account, "
          + "attribute:NAME and/or level:NAME of the --roster (comma-separated).")
  List<String> groupBy = new ArrayList<>();

  @Mixin
  RosterInput team;

  @Option(names = "--as-of", paramLabel = "DATE|latest",
      description = "The date the deals are seen from; " + AsOfDate.HELP + " (default: today; the sample's "
          + "2026-10-01 for the sample).")
  AsOfDate asOf;

  @Option(names = "--from", paramLabel = "DATE", description = "Count close dates from this day on.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Count close dates before this day.")
  LocalDate to;

  @Option(names = "--targets", paramLabel = "FILE",
      description = "Targets: CSV (period,amount,currency and dimension columns) or JSON (a list of targets).")
  Path targets;

  @Option(names = "--probability", paramLabel = "MODEL", defaultValue = "deal-effective",
      description = "deal-effective (overrides, else stage defaults), stage-default, or a model saved by "
          + "revops conversion --save-model (a .json file) (default: ${DEFAULT-VALUE}).")
  String probability;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Simulation seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--trials", paramLabel = "N", defaultValue = "10000",
      description = "Simulation trials, 1 to 1,000,000 (default: ${DEFAULT-VALUE}): memory holds one number a trial, "
          + "time grows with trials x open deals of a period.")
  int trials;

  @Option(names = "--no-range", description = "Leave out the range of won revenue per period (no simulation is run; "
      + "the JSON has no \"range\").")
  boolean noRange;

  @Mixin
  FormatOption output;

  @Option(names = "--examples", paramLabel = "N", defaultValue = "3",
      description = "Example deal ids shown per exclusion reason, 0 to 100 (default: ${DEFAULT-VALUE}).")
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
    team.read(input.encoding, notes);
    List<OpenDimension> dimensions = team.dimensions(groupBy, "--group-by");
    PeriodKind kind = periods.kind();
    FiscalCalendar calendar = periods.calendar();
    LocalDate day = input.asOf(asOf, sample);
    CurrencyInput.Conversion conversion = money.resolve(sample, input.encoding, notes);
    Scope scope = parse(() -> scope(day, kind, calendar, conversion, def), "options");
    PipelineOptions options = parse(() -> PipelineOptions.builder().scope(scope).addAllGroupBy(dimensions)
        .roster(team.roster()).creditDate(team.creditDate()).windowStart(Optional.ofNullable(from)).windowEnd(Optional.ofNullable(to)).build(), "options");
    ProbabilityModel model = Options.model(probability, "--probability", def, notes);
    RangeSettings settings = parse(() -> RangeSettings.builder().seed(seed).trials(trials).build(), "--trials");
    List<Target> goals = Options.targets(input, targets, calendar, kind, conversion.currency(), notes, err);

    WeightedPipeline weighted = new WeightedPipeline(options, model);
    ForecastRollup rollup = new ForecastRollup(options);
    Optional<RangeForecast> range = noRange ? Optional.empty() : Optional.of(new RangeForecast(options, model, settings));
    TargetTracker tracker = new TargetTracker(goals, options, model);
    ImportReport imported = input.read(deal -> {
      weighted.add(deal);
      rollup.add(deal);
      range.ifPresent(x -> x.add(deal));
      tracker.add(deal);
    }, 3, err);
    WeightedPipelineResult w = weighted.result();
    RollupResult r = rollup.result();
    Optional<RangeForecastResult> g = range.map(x -> simulate(x, input.threads()));
    List<TargetAttainment> attainment = tracker.result();

    Output o = new Output(output.format, out);
    o.asOf(scope.asOf(), scope.zone(), input.latestDate());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("import", imported);
    json.put("notes", notes);
    json.put("weightedPipeline", w);
    json.put("rollups", r);
    json.put("targets", attainment);
    g.ifPresent(x -> json.put("range", x));
    team.json().ifPresent(t -> json.put("roster", t));
    o.json(json);
    // the tables are built only to be shown: JSON carries the results themselves (5,000 grouped rows
    // formatted for nothing cost about a second)
    if (!o.isJson()) {
      print(o, def, model, imported, w, r, attainment, g);
    }
    o.flush();
    return 0;
  }

  private void print(Output o, PipelineDefinition def, ProbabilityModel model, ImportReport imported,
      WeightedPipelineResult w, RollupResult r, List<TargetAttainment> attainment, Optional<RangeForecastResult> g) {
    PrintWriter out = o.text();
    PipelineOptions opts = w.options();
    out.printf("Pipeline as of %s: definition %s, probability %s, periods %s%n", w.asOf(), def.ref(), model.ref(),
        opts.scope().periodKind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    out.printf(Locale.ROOT, "Deals: %s: %,d rows read, %,d accepted, %,d rejected%s%n", imported.source().orElse("input"),
        imported.rowsRead(), imported.rowsAccepted(), imported.rowsRejected(),
        imported.rowsRejected() > 0 ? " (revops validate lists them)" : "");
    imported.notes().forEach(n -> out.printf("  %s%n", n));
    team.line().ifPresent(out::println);
    notes.forEach(out::println);
    out.println();
    printWeighted(o, w);
    printRollups(o, r);
    printTargets(o, attainment);
    g.ifPresent(x -> printRanges(o, x));
  }

  /**
   * The ranges, the simulations on --threads threads (the result is the same draw for draw: see
   * {@link RangeForecast#result(java.util.concurrent.Executor, int)}).
   */
  private static RangeForecastResult simulate(RangeForecast range, int cores) {
    ExecutorService pool = Executors.newFixedThreadPool(cores, task -> {
      Thread t = new Thread(task, "range-simulation");
      t.setDaemon(true);
      return t;
    });
    try {
      return range.result(pool, cores);
    } finally {
      pool.shutdownNow();
    }
  }

  private void printWeighted(Output o, WeightedPipelineResult w) {
    PrintWriter out = o.text();
    PipelineOptions opts = w.options();

    out.println("Weighted pipeline of open deals (amount x probability, summed exactly, rounded once)");
    Table totals = new Table("weighted-pipeline", Table.currency(), Table.figure("deals", "deals"),
        Table.figure("open amount", "openAmount"), Table.figure("weighted", "weighted"),
        Table.figure("weighted cost to close", "weightedCostToClose"),
        Table.figure("weighted margin", "weightedProjectedMargin"));
    for (PipelineFigures f : w.totals()) {
      totals.row(f.openAmount().getCurrencyCode(), Table.count(f.deals()), Table.amount(f.openAmount()),
          Table.amount(f.weighted()), Table.amount(f.weightedCostToClose()), Table.amount(f.weightedProjectedMargin()));
    }
    o.print(totals, "  ");
    out.printf(Locale.ROOT, "  counted %,d open deals (%,d expected to close before %s); excluded: %s%n", w.counted(),
        w.pastDue(), w.asOf(), exclusions(w.excluded()));
    if (!w.groups().isEmpty()) {
      List<Table.Column> header = new ArrayList<>();
      opts.groupBy().forEach(d -> header.add(d.isClosePeriod() ? Table.period(d.key()) : Table.key(d.key())));
      header.addAll(List.of(Table.currency(), Table.figure("deals", "deals"), Table.figure("open amount", "openAmount"),
          Table.figure("weighted", "weighted"), Table.figure("weighted cost to close", "weightedCostToClose"),
          Table.figure("weighted margin", "weightedProjectedMargin")));
      Table groups = new Table("weighted-pipeline", header);
      for (PipelineFigures f : w.groups()) {
        List<Object> row = new ArrayList<>();
        opts.groupBy().forEach(d -> row.add(f.group().get(d.key())));
        row.addAll(List.of(f.openAmount().getCurrencyCode(), Table.count(f.deals()), Table.amount(f.openAmount()),
            Table.amount(f.weighted()), Table.amount(f.weightedCostToClose()),
            Table.amount(f.weightedProjectedMargin())));
        groups.row(row);
      }
      out.println("  by " + opts.groupBy().stream().map(OpenDimension::key).collect(Collectors.joining(", "))
          + " (groups add up exactly to the totals)");
      o.print(groups, "  ");
    }
    out.println();
  }

  private void printRollups(Output o, RollupResult r) {
    PrintWriter out = o.text();
    PipelineOptions opts = r.options();

    out.println("Forecast categories per period (commit = commit + closed; most likely = most likely + commit + closed;");
    out.println("  best case = best case + most likely + commit + closed; open pipeline = pipeline + best case + most likely + commit)");
    List<OpenDimension> rowDims = opts.groupBy().stream().filter(d -> !d.isClosePeriod()).toList();
    List<Table.Column> header = new ArrayList<>(List.of(Table.period("period")));
    rowDims.forEach(d -> header.add(Table.key(d.key())));
    header.addAll(List.of(Table.currency(), Table.figure("closed", "closed"), Table.figure("commit", "commit"),
        Table.figure("most likely", "mostLikely"), Table.figure("best case", "bestCase"),
        Table.figure("pipeline", "pipeline"), Table.figure("commit fc", "commitForecast"),
        Table.figure("most likely fc", "mostLikelyForecast"), Table.figure("best case fc", "bestCaseForecast"),
        Table.figure("open pipeline", "openPipeline")));
    Table rollups = new Table("rollup", header);
    List<RollupRow> rows = new ArrayList<>(r.totals());
    rows.addAll(r.rows());
    rows.sort((a, b) -> a.period().compareTo(b.period()));
    for (RollupRow x : rows) {
      List<Object> row = new ArrayList<>(List.of(x.period().label()));
      rowDims.forEach(d -> row.add(x.group().isEmpty() ? Cell.note("(all)") : Cell.text(x.group().get(d.key()))));
      row.addAll(List.of(x.closed().getCurrencyCode(), Table.amount(x.closed()), Table.amount(x.commit()),
          Table.amount(x.mostLikely()), Table.amount(x.bestCase()), Table.amount(x.pipeline()),
          Table.amount(x.commitForecast()), Table.amount(x.mostLikelyForecast()), Table.amount(x.bestCaseForecast()),
          Table.amount(x.openPipeline())));
      rollups.row(row);
    }
    o.print(rollups, "  ");
    out.printf(Locale.ROOT, "  counted %,d deals; excluded: %s%n", r.counted(), exclusions(r.excluded()));
    out.println();
  }

  private void printTargets(Output o, List<TargetAttainment> attainment) {
    PrintWriter out = o.text();

    if (!attainment.isEmpty()) {
      out.println("Targets (coverage = open pipeline / remaining target; needed win rate = remaining / open pipeline)");
      Table t = new Table("target", Table.period("period"), Table.group("group"), Table.figure("target", "target"),
          Table.figure("closed won", "closedWon"), Table.figure("gap", "gap"),
          Table.figure("open pipeline", "openPipeline"), Table.figure("weighted", "weightedPipeline"),
          Table.figure("coverage", "coverage"), Table.figure("needed win rate", "neededWinRate"),
          Table.figure("attained", "attainment"));
      for (TargetAttainment a : attainment) {
        t.row(a.target().period(), a.target().group().isEmpty() ? Cell.note("(all)") : Cell.text(group(a.target().group())),
            Cell.money(a.target().amount()), Table.amount(a.closedWon()), Table.amount(a.gap()),
            Table.amount(a.openPipeline()), Cell.of(a.weightedPipeline(), Table::amount),
            a.coverage().map(Table::multiple).orElse(Cell.note("met")), Cell.of(a.neededWinRate(), Table::percent),
            Cell.of(a.attainment(), Table::percent).append(a.matched() ? "" : " (no deals)"));
      }
      o.print(t, "  ");
      out.println();
    }
  }

  private void printRanges(Output o, RangeForecastResult g) {
    PrintWriter out = o.text();
    out.printf("Range of won revenue per period (won so far + open deals won independently; seed %d)%n",
        g.settings().seed());
    Table ranges = new Table("range", Table.period("period"), Table.currency(), Table.figure("won so far", "closedWon"),
        Table.figure("open deals", "openDeals"), Table.figure("expected", "expected"),
        Table.figure("std dev", "standardDeviation"), Table.figure("P10", "p10"), Table.figure("P50", "p50"),
        Table.figure("P90", "p90"), Table.figure("method", "method"));
    for (PeriodRange p : g.periods()) {
      ranges.row(p.period().label(), p.expected().getCurrencyCode(), Table.amount(p.closedWon()),
          Table.count(p.openDeals()), Table.amount(p.expected()), Table.amount(p.standardDeviation()),
          Table.amount(p.p10()), Table.amount(p.p50()), Table.amount(p.p90()),
          new Cell(p.method().name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + p.trials().map(n -> " (" + Table.count(n).text() + " trials)").orElse(""), p.method().name(), null));
    }
    o.print(ranges, "  ");
    out.printf(Locale.ROOT, "  counted %,d open and %,d won deals; excluded: %s%n", g.openDeals(), g.wonDeals(),
        exclusions(g.excluded()));
  }

  /** The scope of every figure: as of the start of the day in UTC, the periods, the currency. */
  private Scope scope(LocalDate day, PeriodKind kind, FiscalCalendar calendar, CurrencyInput.Conversion conversion,
      PipelineDefinition def) {
    Scope.Builder b = Scope.builder();
    b.asOf(day, ZoneOffset.UTC).periodKind(kind).fiscalCalendar(calendar).reportingCurrency(conversion.currency())
        .exchangeRates(conversion.rates()).addBasedOn(def.ref()).exampleLimit(examples);
    return b.build();
  }

  static String group(Map<String, String> group) {
    return group.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
  }

  static String exclusions(List<Exclusion> excluded) {
    if (excluded.isEmpty()) {
      return "none";
    }
    String shown = excluded.stream().limit(Limits.REASONS).map(e -> String.format(Locale.ROOT, "%s %,d%s", e.reason(),
            e.count(), e.examples().isEmpty() ? "" : " (e.g. " + String.join(", ", e.examples()) + ")"))
        .collect(Collectors.joining("; "));
    return excluded.size() <= Limits.REASONS ? shown
        : shown + String.format(Locale.ROOT, "; %,d more reasons", excluded.size() - Limits.REASONS);
  }

  private static <T> T parse(Supplier<T> what, String option) {
    return Options.value(what, option);
  }

}

