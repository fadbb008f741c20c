package dev.revops.examples.cli;

import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealTimeline;
import dev.revops.core.history.FieldChange;
import dev.revops.core.io.FieldChangeCsv;
import dev.revops.core.io.ImportOptions;
import dev.revops.core.roster.CreditDate;
import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.io.ImportReport;
import dev.revops.core.money.Money;
import dev.revops.core.period.Period;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.roster.RosterImport;
import dev.revops.core.scope.Scope;
import dev.revops.examples.sample.Bundled;
import dev.revops.forecast.calls.AccuracyResult;
import dev.revops.forecast.calls.AdjustedForecast;
import dev.revops.forecast.calls.AdjustedResult;
import dev.revops.forecast.calls.CallAccuracy;
import dev.revops.forecast.calls.CallOptions;
import dev.revops.forecast.calls.CallOutcome;
import dev.revops.forecast.calls.CallOutcomes;
import dev.revops.forecast.calls.DealGrouping;
import dev.revops.forecast.calls.ForecastAdjustment;
import dev.revops.forecast.calls.ForecastCall;
import dev.revops.forecast.calls.GroupingResult;
import dev.revops.forecast.calls.HierarchyResult;
import dev.revops.forecast.calls.HierarchyRollup;
import dev.revops.forecast.calls.SystemForecastAtWeek;
import dev.revops.forecast.calls.SystemForecastResult;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.forecast.conversion.ProbabilityModel;
import java.util.HashMap;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code revops calls}: the pipeline rolled up the sales hierarchy, grouped by any open dimension,
 * the forecast without and with adjustments per person, and who calls best.
 */
@Command(name = "calls", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Rolls the deals up the sales hierarchy of a roster (each person's own deals and everyone's below them, "
            + "per close period), groups them by any dimension (level:NAME of the roster, attribute:NAME, account, "
            + "owner...), layers manager and owner adjustments on the forecast of a period, and measures each "
            + "caller's calls of the ended periods against what was won (error, bias, WMAPE per caller and level), "
            + "beside the system's forecast at the same instant, rebuilt from the stage histories (--transitions): "
            + "won by then plus the open pipeline of the period then, weighted by the stage probabilities or --model.",
        "Without --deals it runs on the bundled sample with its roster, calls and adjustments."},
    footer = {"", "Examples:",
        "  revops calls",
        "  revops calls --group-by level:manager --format json",
        "  revops calls --week 1 --model markov.json",
        "  revops calls --deals sales_pipeline.csv --layout maven-crm --roster sales_teams.csv "
            + "--group-by level:regional_office"})
final class CallsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  DealInput input;

  @Mixin
  PeriodInput periods;

  @Mixin
  CurrencyInput money;

  @Option(names = "--roster", paramLabel = "FILE",
      description = "The sales hierarchy: CSV person,manager,level,from,to, or the sales-teams layout "
          + "sales_agent,manager,regional_office (told apart by the header). Default: the sample's.")
  Path roster;

  @Option(names = "--group-by", paramLabel = "DIMENSION", split = ",",
      description = "Group by level:NAME (a level of the roster), attribute:NAME, account, owner, segment, source, "
          + "product, stage, forecast-category and/or period (comma-separated).")
  List<String> groupBy = new ArrayList<>();

  @Option(names = "--credit", paramLabel = "DAY", defaultValue = "close-date",
      description = "The day deals are credited to the roster on: close-date or as-of (default: ${DEFAULT-VALUE}).")
  String credit;

  @Option(names = "--as-of", paramLabel = "DATE|latest",
      description = "The date the deals are seen from; " + AsOfDate.HELP + " (default: today; the sample's "
          + "2026-10-01 for the sample).")
  AsOfDate asOf;

  @Option(names = "--calls", paramLabel = "FILE",
      description = "Forecast calls: CSV caller,period,category,amount,currency,submitted_at. Default: the sample's.")
  Path calls;

  @Option(names = "--adjustments", paramLabel = "FILE",
      description = "Adjustments: CSV adjuster,subject,period,category,amount,currency,at. Default: the sample's.")
  Path adjustments;

  @Option(names = "--category", paramLabel = "CATEGORY", defaultValue = "commit",
      description = "The forecast category adjusted and called (default: ${DEFAULT-VALUE}).")
  String category;

  @Option(names = "--forecast-period", paramLabel = "LABEL",
      description = "The period whose forecast is shown with adjustments (default: the period of the as-of date).")
  String forecastPeriod;

  @Option(names = "--week", paramLabel = "N", defaultValue = "5",
      description = "Calls are taken as of the end of week N of each ended period, 0 to 53 (default: ${DEFAULT-VALUE}).")
  int week;

  @Mixin
  HistoryInput histories;

  @Option(names = "--field-changes", paramLabel = "FILE",
      description = "Field changes CSV (deal_id, field, from_value, to_value, changed_at, actor), so the system "
          + "forecast at week N sees amounts and close dates as they were then. Default: the sample's with the sample; "
          + "without it they are taken as unchanged.")
  Path fieldChanges;

  @Option(names = "--model", paramLabel = "FILE|NAME",
      description = "What weighs the open pipeline of the system forecast at week N: a model saved by revops "
          + "conversion --save-model (FILE.json), deal-effective, or stage-default (default: the definition's stage "
          + "probabilities).")
  String model;

  @Mixin
  FormatOption output;

  @Option(names = "--examples", paramLabel = "N", defaultValue = "3",
      description = "Example ids shown per exclusion reason, 0 to 100 (default: ${DEFAULT-VALUE}).")
  int examples;

  private final List<String> notes = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Limits.check("--examples", examples, 0, Limits.EXAMPLES);
    Limits.check("--week", week, 0, Limits.STATES);
    if (!input.bundled() && histories.transitions == null && (model != null || fieldChanges != null)) {
      throw new CliException((model != null ? "--model" : "--field-changes") + " is for the system forecast at week "
          + "N, which is rebuilt from the stage histories: give --transitions too");
    }
    PipelineDefinition def = input.definition();
    boolean sample = input.bundled();
    LocalDate day = input.asOf(asOf, sample);
    CurrencyInput.Conversion conversion = money.resolve(sample, input.encoding, notes);
    Scope scope = Options.value(() -> Scope.builder().asOf(day, ZoneOffset.UTC).periodKind(periods.kind())
        .fiscalCalendar(periods.calendar()).reportingCurrency(conversion.currency()).exchangeRates(conversion.rates())
        .addBasedOn(def.ref()).exampleLimit(examples).build(), "options");
    RosterImport team = readRoster(sample);
    List<OpenDimension> dimensions = new ArrayList<>();
    groupBy.forEach(n -> dimensions.add(Options.value(() -> OpenDimension.parse(n.strip(), team.roster()), "--group-by")));
    CallOptions options = Options.value(() -> CallOptions.builder().scope(scope).roster(team.roster())
        .creditDate(CallInputs.creditDate(credit)).addAllGroupBy(dimensions).build(), "options");
    ForecastCategory cat = Options.value(() -> ForecastCategory.parse(category), "--category");
    Period forecast = Options.value(() -> forecastPeriod == null ? scope.periodOf(day)
        : scope.fiscalCalendar().parse(scope.periodKind(), forecastPeriod), "--forecast-period");

    List<ForecastCall> submitted = new ArrayList<>();
    List<ForecastAdjustment> adjusted = new ArrayList<>();
    ImportReport callsImport = readCalls(sample, scope, conversion, submitted, err);
    ImportReport adjustmentsImport = readAdjustments(sample, scope, conversion, adjusted, err);
    List<Period> ended = endedPeriods(submitted, scope);
    ProbabilityModel weights = model == null ? BuiltInModel.STAGE_DEFAULT : Options.model(model, "--model", def, notes);
    SystemInputs system = new SystemInputs(new SystemForecastAtWeek(options, ended, week, weights), weights);
    HierarchyRollup rollup = new HierarchyRollup(options);
    DealGrouping grouping = new DealGrouping(options);
    ImportReport imported = readDeals(def, rollup, grouping, system, err);
    Results r = new Results(imported, team, grouping.result(), rollup.result());
    r.callsImport = callsImport;
    r.adjustmentsImport = adjustmentsImport;
    r.adjusted = adjustedForecasts(r.hierarchy, forecast, cat, adjusted, scope);
    r.system = system.rebuilt ? Optional.of(system.forecast.result()) : Optional.empty();
    r.systemInputs = system;
    r.outcomes = outcomes(r.hierarchy, submitted, ended, cat, scope, r.system);
    r.accuracy = new CallAccuracy(scope).addAll(r.outcomes).result();
    print(r, def, scope, dimensions);
    return 0;
  }

  /** Everything the command computes, as its JSON shows it. */
  static final class Results {
    final ImportReport deals;
    final RosterImport roster;
    final GroupingResult grouping;
    final HierarchyResult hierarchy;
    ImportReport callsImport;
    ImportReport adjustmentsImport;
    List<AdjustedResult> adjusted;
    List<CallOutcome> outcomes;
    AccuracyResult accuracy;
    Optional<SystemForecastResult> system = Optional.empty();
    SystemInputs systemInputs;

    Results(ImportReport deals, RosterImport roster, GroupingResult grouping, HierarchyResult hierarchy) {
      this.deals = deals;
      this.roster = roster;
      this.grouping = grouping;
      this.hierarchy = hierarchy;
    }
  }

  private RosterImport readRoster(boolean sample) {
    if (roster == null && !sample) {
      throw new CliException("--roster FILE is required with --deals (the sales hierarchy the deals roll up)");
    }
    return CallInputs.roster(roster, input, notes);
  }

  private ImportReport readCalls(boolean sample, Scope scope, CurrencyInput.Conversion conversion,
      List<ForecastCall> into, PrintWriter err) {
    if (calls == null && !sample) {
      return null;
    }
    return CallInputs.calls(input, calls, Bundled::sampleCalls, Bundled.SAMPLE_CALLS, scope, conversion.currency(),
        into, notes, err);
  }

  private ImportReport readAdjustments(boolean sample, Scope scope, CurrencyInput.Conversion conversion,
      List<ForecastAdjustment> into, PrintWriter err) {
    if (adjustments == null && !sample) {
      return null;
    }
    return CallInputs.adjustments(input, adjustments, scope, conversion.currency(), into, notes, err);
  }

  /** The forecast of the period with adjustments, one per currency of its rows. */
  private static List<AdjustedResult> adjustedForecasts(HierarchyResult h, Period period, ForecastCategory cat,
      List<ForecastAdjustment> adjustments, Scope scope) {
    TreeSet<String> currencies = new TreeSet<>();
    h.rows().stream().filter(x -> x.period().equals(period)).forEach(x -> currencies.add(x.own().won().getCurrencyCode()));
    List<AdjustedResult> out = new ArrayList<>();
    for (String code : currencies) {
      out.add(AdjustedForecast.of(h, period.label(), cat, Money.currency(code), adjustments, scope));
    }
    return out;
  }

  /** The ended periods someone called, in order. */
  private static List<Period> endedPeriods(List<ForecastCall> submitted, Scope scope) {
    TreeSet<Period> ended = new TreeSet<>();
    for (ForecastCall c : submitted) {
      Period p = scope.fiscalCalendar().parse(scope.periodKind(), c.period());
      if (!p.end().isAfter(scope.asOfDate())) {
        ended.add(p);
      }
    }
    return new ArrayList<>(ended);
  }

  /** The outcomes of every ended period someone called, as of the end of week N, beside the system's when rebuilt. */
  private List<CallOutcome> outcomes(HierarchyResult h, List<ForecastCall> submitted, List<Period> ended,
      ForecastCategory cat, Scope scope, Optional<SystemForecastResult> system) {
    List<CallOutcome> out = new ArrayList<>();
    ended.forEach(p -> out.addAll(system.isPresent()
        ? CallOutcomes.asOfWeek(h, submitted, p, week, cat, scope, system.get())
        : CallOutcomes.asOfWeek(h, submitted, p, week, cat, scope, Map.of())));
    return out;
  }

  /** The system forecast at week N being rebuilt, the model weighing it, and what its inputs gave. */
  static final class SystemInputs {
    final SystemForecastAtWeek forecast;
    final ProbabilityModel model;
    boolean rebuilt;
    ImportReport transitions;
    ImportReport fieldChanges;
    long notRebuilt;
    long historiesWithoutDeal;

    SystemInputs(SystemForecastAtWeek forecast, ProbabilityModel model) {
      this.forecast = forecast;
      this.model = model;
    }

    /** The inputs as the JSON shows them. */
    Map<String, Object> json(String weights) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rebuilt", rebuilt);
      m.put("probabilityModel", model.ref());
      m.put("weights", weights);
      m.put("transitions", Optional.ofNullable(transitions));
      m.put("fieldChanges", Optional.ofNullable(fieldChanges));
      m.put("dealsNotRebuilt", notRebuilt);
      m.put("historiesWithoutDeal", historiesWithoutDeal);
      return m;
    }
  }

  /**
   * Reads the deals into the roll-up and the grouping and, with stage histories (the sample's, or
   * --transitions), each deal's timeline into the system forecast at week N.
   */
  private ImportReport readDeals(PipelineDefinition def, HierarchyRollup rollup, DealGrouping grouping,
      SystemInputs system, PrintWriter err) {
    if (!input.bundled() && histories.transitions == null) {
      notes.add("No system forecast at week " + week + ": give --transitions (the stage histories it is rebuilt "
          + "from).");
      return input.read(deal -> {
        rollup.add(deal);
        grouping.add(deal);
      }, 3, err);
    }
    Map<String, List<FieldChange>> changes = new HashMap<>();
    system.fieldChanges = readFieldChanges(def, changes, err);
    HistoryInput.Read read = histories.records(input, record -> {
      if (record.deal().isEmpty()) {
        system.historiesWithoutDeal++;
        return;
      }
      Deal deal = record.deal().get();
      rollup.add(deal);
      grouping.add(deal);
      try {
        system.forecast.add(DealTimeline.of(deal, record.history(), changes.getOrDefault(deal.id(), List.of()),
            def.timeZone()));
      } catch (InvalidValueException e) {
        system.notRebuilt++;
      }
    }, true, err);
    system.rebuilt = true;
    system.transitions = read.histories();
    if (system.notRebuilt > 0) {
      notes.add(String.format(Locale.ROOT, "%,d deals whose history or field changes disagree with their record are "
          + "not in the system forecast at week %d.", system.notRebuilt, week));
    }
    return read.deals();
  }

  private ImportReport readFieldChanges(PipelineDefinition def, Map<String, List<FieldChange>> into, PrintWriter err) {
    if (fieldChanges == null && !input.bundled()) {
      notes.add("No --field-changes: the system forecast at week " + week + " takes amounts and close dates as they "
          + "are now.");
      return null;
    }
    String source = fieldChanges == null ? Bundled.SAMPLE_FIELD_CHANGES : fieldChanges.toString();
    ImportReport report = input.read(FieldChangeCsv.importer(def.timeZone()).withOptions(ImportOptions.builder()
            .source(source).maxExamplesPerReason(3).build()), fieldChanges, Bundled::sampleFieldChanges,
        c -> into.computeIfAbsent(c.dealId(), k -> new ArrayList<>()).add(c), err, "field changes");
    Options.warnRejected(report, "field changes", notes);
    return report;
  }

  /** What weighs the system forecast, in words. */
  private String weights(PipelineDefinition def, ProbabilityModel m) {
    if (model == null) {
      return "the stage probabilities of " + def.ref() + " (" + m.ref() + ")";
    }
    return model.toLowerCase(Locale.ROOT).endsWith(".json") ? "the saved model " + model + " (" + m.ref() + ")"
        : m.ref().toString();
  }

  private void print(Results r, PipelineDefinition def, Scope scope, List<OpenDimension> dimensions) {
    Output o = new Output(output.format, spec.commandLine().getOut());
    o.asOf(scope.asOf(), scope.zone(), input.latestDate());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("import", r.deals);
    json.put("roster", Map.of("report", r.roster.report(), "levels", r.roster.roster().levels()));
    json.put("callsImport", Optional.ofNullable(r.callsImport));
    json.put("adjustmentsImport", Optional.ofNullable(r.adjustmentsImport));
    json.put("notes", notes);
    json.put("grouping", r.grouping);
    json.put("hierarchy", r.hierarchy);
    json.put("adjusted", r.adjusted);
    json.put("systemForecastInputs", r.systemInputs.json(weights(def, r.systemInputs.model)));
    json.put("systemForecast", r.system);
    json.put("outcomes", r.outcomes);
    json.put("accuracy", r.accuracy);
    o.json(json);
    PrintWriter out = o.text();
    out.printf("Forecast calls as of %s: definition %s, periods %s, credited on the %s%n", scope.asOfDate(), def.ref(),
        scope.periodKind().name().toLowerCase(Locale.ROOT).replace('_', '-'), credit);
    out.printf(Locale.ROOT, "Deals: %s: %,d rows read, %,d accepted, %,d rejected%n", r.deals.source().orElse("input"),
        r.deals.rowsRead(), r.deals.rowsAccepted(), r.deals.rowsRejected());
    out.printf(Locale.ROOT, "Roster: %s: %,d rows read, %,d accepted, %,d rejected; levels %s%n",
        r.roster.report().source().orElse("input"), r.roster.report().rowsRead(), r.roster.report().rowsAccepted(),
        r.roster.report().rowsRejected(), r.roster.roster().levels());
    notes.forEach(out::println);
    out.println();
    CallsPrinter.grouping(o, r.grouping, dimensions);
    CallsPrinter.hierarchy(o, r.hierarchy);
    CallsPrinter.adjusted(o, r.adjusted);
    CallsPrinter.accuracy(o, r.outcomes, r.accuracy, week, r.system.map(x -> "System forecast at week " + week
        + " = won in the period by then + the open pipeline expected to close in it then, rebuilt from the stage "
        + "histories, weighted by " + weights(def, r.systemInputs.model)));
    o.flush();
  }
}
