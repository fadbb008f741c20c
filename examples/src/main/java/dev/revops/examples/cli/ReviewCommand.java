package dev.revops.examples.cli;

import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.conversion.StageProbabilityModel;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.FieldChange;
import dev.revops.core.io.FieldChangeCsv;
import dev.revops.core.io.ImportOptions;
import dev.revops.core.io.ImportReport;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.period.WorkingCalendar;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.scope.Scope;
import dev.revops.examples.sample.Bundled;
import dev.revops.examples.sample.SampleGenerator;
import dev.revops.forecast.conversion.ConversionMethod;
import dev.revops.forecast.conversion.ConversionOptions;
import dev.revops.forecast.conversion.TransitionCounts;
import dev.revops.forecast.conversion.ProbabilityModel;
import dev.revops.forecast.pipeline.RangeSettings;
import dev.revops.forecast.pipeline.Target;
import dev.revops.forecast.calls.ManagerReviewResult;
import dev.revops.forecast.review.AgingThresholds;
import dev.revops.forecast.review.CoverageTrend;
import dev.revops.forecast.review.CoverageTrendResult;
import dev.revops.forecast.review.DealSeries;
import dev.revops.forecast.review.ExecutionReview;
import dev.revops.forecast.review.ExecutionReviewResult;
import dev.revops.forecast.review.ForecastReconciliationResult;
import dev.revops.forecast.review.PipelineReviewResult;
import dev.revops.forecast.review.ForecastReconciliation;
import dev.revops.forecast.review.PipelineReview;
import dev.revops.forecast.review.PipelineState;
import dev.revops.forecast.review.ReviewOptions;
import dev.revops.forecast.review.SnapshotDeals;
import dev.revops.forecast.review.SnapshotSeries;
import dev.revops.forecast.velocity.StageVelocity;
import dev.revops.forecast.velocity.VelocityOptions;
import java.io.PrintWriter;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code revops review}: Monday's pipeline review, Wednesday's forecast reconciliation and
 * Friday's execution review between two (or more) pipeline states, from snapshot files or rebuilt
 * from the current deals, their stage histories and field changes.
 */
@Command(name = "review", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "The weekly reviews between two pipeline states: the waterfall of each close period, stage movements, "
            + "slips and deals at risk (Monday); the forecast against its targets and what moved it (Wednesday); "
            + "what closed and slipped, and how accurate the forecasts of ended periods were (Friday).",
        "A state is a snapshot file (DATE=FILE, or a file whose name holds its date) or a DATE, rebuilt from "
            + "--deals, --transitions and --field-changes. Without states it compares the two bundled sample "
            + "snapshots (2026-09-24 and 2026-10-01)."},
    footer = {"", "Examples:",
        "  revops review",
        "  revops review --from 2026-09-01 --to 2026-10-01 --earlier 2026-07-01,2026-08-01 --period month",
        "  revops review --from exports/deals-2026-11-16.csv --to exports/deals-2026-11-23.csv --currency USD "
            + "--rates rates.csv",
        "  revops review --deals deals.csv --transitions transitions.csv --field-changes changes.csv "
            + "--from 2026-11-16 --to 2026-11-23",
        "  revops review --revenue",
        "  revops review --deals deals.csv --transitions transitions.csv --from 2026-11-16 --to 2026-11-23 "
            + "--templates templates.json --contracts contracts.json --revenue-targets revenue-targets.csv",
        "  revops review --by-manager",
        "  revops review --from 2026-09-24 --to 2026-10-01 --earlier 2026-04-01,2026-07-01 --coverage-trend"})
final class ReviewCommand implements Callable<Integer> {

  private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

  @Spec
  CommandSpec spec;

  @Mixin
  DealInput input;

  @Mixin
  HistoryInput histories;

  @Mixin
  DurationsInMemory durations;

  @Mixin
  PeriodInput periodInput;

  @Mixin
  CurrencyInput money;

  @Option(names = "--field-changes", paramLabel = "FILE",
      description = "Field changes CSV (deal_id, field, from_value, to_value, changed_at, actor), to rebuild states "
          + "given as dates. Default: the bundled sample's, with the bundled deals.")
  Path fieldChanges;

  @Option(names = "--from", paramLabel = "STATE", description = "The previous state (\"last week\").")
  String from;

  @Option(names = "--to", paramLabel = "STATE", description = "The latest state (\"now\").")
  String to;

  @Option(names = "--earlier", paramLabel = "STATE", split = ",",
      description = "Earlier states still, for slips and forecast accuracy over more periods (comma-separated, at most "
          + "51).")
  List<String> earlier = new ArrayList<>();

  @Option(names = "--periods", paramLabel = "LABELS", split = ",",
      description = "The close periods shown (for example 2026-Q4,2027-Q1) or all. Default: the latest state's "
          + "period and the next.")
  List<String> periods = new ArrayList<>();

  @Option(names = "--group-by", paramLabel = "DIMENSION", split = ",",
      description = "Group the forecast reconciliation by owner, segment, source, product, account, attribute:NAME "
          + "and/or level:NAME of the --roster (comma-separated).")
  List<String> groupBy = new ArrayList<>();

  @Mixin
  RosterInput team;

  @Option(names = "--targets", paramLabel = "FILE", description = "Targets: CSV or JSON.")
  Path targets;

  @Option(names = "--probability", paramLabel = "MODEL", defaultValue = "deal-effective",
      description = "Where weighted amounts' probabilities come from: deal-effective, stage-default or a saved model "
          + "(.json) (default: ${DEFAULT-VALUE}).")
  String probability;

  @Option(names = "--reference", paramLabel = "MODEL",
      description = "The model probability overrides are judged against: markov (learned from the transitions), "
          + "stage-default or a saved model (.json). Default: markov with transitions, else stage-default.")
  String reference;

  @Option(names = "--aging-percentile", paramLabel = "P", defaultValue = "90",
      description = "A deal is stalled when in its stage longer than this percentile of the stage's completed "
          + "visits (default: ${DEFAULT-VALUE}).")
  int agingPercentile;

  @Option(names = "--list", paramLabel = "N", defaultValue = "10",
      description = "Deals listed per list, 0 to 1,000 (default: ${DEFAULT-VALUE}).")
  int list;

  @Option(names = "--revenue",
      description = "Wednesday also sets projected revenue and cash per month against revenue targets; with the "
          + "bundled sample, from its revenue templates, contracts and revenue targets.")
  boolean revenue;

  @Option(names = "--revenue-targets", paramLabel = "FILE",
      description = "Monthly revenue targets for the revenue view: CSV (period,amount,currency) or JSON.")
  Path revenueTargets;

  @Option(names = "--templates", paramLabel = "FILE",
      description = "Revenue templates (JSON) for the revenue view.")
  Path templates;

  @Option(names = "--contracts", paramLabel = "FILE",
      description = "Booked contracts (JSON or CSV) for the revenue view.")
  Path contracts;

  @Mixin
  ManagerInput managers;

  @Mixin
  FormatOption output;

  /** One state as given: its date, and its snapshot file (or bundled snapshot), or neither to rebuild it. */
  record State(LocalDate date, Path file, Supplier<Reader> bundled, String source) {
    boolean snapshot() {
      return file != null || bundled != null;
    }
  }

  /** What reading the inputs found, for the report. */
  record Inputs(List<ImportReport> deals, Optional<ImportReport> transitions, Optional<ImportReport> fieldChanges,
      List<String> notes) {}

  private final List<String> notes = new ArrayList<>();
  /** The revenue view of Wednesday, when asked. */
  private Optional<RevenueView.Result> revenueResult = Optional.empty();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    checkLimits();
    List<State> states = states();
    boolean snapshots = states.get(0).snapshot();
    if (snapshots && input.deals == null && states.get(states.size() - 1).file() != null) {
      // the layout and definition of snapshot files come from the latest one
      input.deals = states.get(states.size() - 1).file();
    }
    PipelineDefinition def = input.definition();
    CurrencyInput.Conversion conversion = money.resolve(input.bundled(), input.encoding, notes);
    ProbabilityModel model = Options.model(probability, "--probability", def, notes);
    managers.use(team);
    if (managers.wanted()) {
      managers.check(input, conversion);
    }
    boolean haveHistories = histories.transitions != null || input.bundled();
    LocalDate latest = states.get(states.size() - 1).date();
    Feed feed = snapshots ? new SnapshotFeed(def, states, haveHistories, err) : new RebuiltFeed(def, err);
    Learned learned = haveHistories ? learn(def, latest, feed, err) : new Learned(Map.of(), Optional.empty());
    ProbabilityModel ref = referenceModel(def, learned, haveHistories);
    ReviewOptions options = options(def, states, conversion, learned);
    List<Target> goals = Options.targets(input, targets, periodInput.calendar(), periodInput.kind(),
        conversion.currency(), notes, err);

    PipelineReview monday = new PipelineReview(options, def, model, ref);
    ForecastReconciliation wednesday = Options.value(() -> new ForecastReconciliation(options, model, goals,
        RangeSettings.defaults()), "--targets");
    ExecutionReview friday = new ExecutionReview(options, model);
    Optional<RevenueView> revenueView = RevenueView.of(new RevenueView.Files(revenue, revenueTargets, templates,
        contracts), input, options.scope(), model, notes, err);
    Optional<ManagerInput.Read> byManager = managers.wanted()
        ? Optional.of(managers.read(input, options, model, goals, conversion, notes, err)) : Optional.empty();
    Optional<CoverageTrend> trend = managers.coverageTrend
        ? Optional.of(Options.value(() -> new CoverageTrend(options, model, goals), "--targets")) : Optional.empty();
    Inputs read = feed.feed(options, s -> {
      monday.add(s);
      wednesday.add(s);
      friday.add(s);
      revenueView.ifPresent(v -> v.add(s));
      byManager.ifPresent(m -> s.latest().ifPresent(m.review()::add));
      trend.ifPresent(t -> t.add(s));
    });
    revenueResult = revenueView.map(RevenueView::finish);
    Reviews reviews = new Reviews(monday.result(), wednesday.result(), friday.result());
    Extras extras = new Extras(byManager, byManager.map(m -> Options.value(m.review()::result, "--team-targets")),
        trend.map(CoverageTrend::result));
    print(options, def, model, ref, read, reviews, extras);
    return 0;
  }

  /** The sections only some options add: the review per manager and the coverage trend. */
  record Extras(Optional<ManagerInput.Read> read, Optional<ManagerReviewResult> managers,
      Optional<CoverageTrendResult> coverage) {}

  private void checkLimits() {
    Limits.check("--list", list, 0, Limits.LIST);
    durations.checked();
    Limits.check("--aging-percentile", agingPercentile, 1, 99);
    if (earlier.size() > Limits.STATES - 2) {
      throw new CliException("--earlier gives " + earlier.size() + " states: a review takes at most " + Limits.STATES
          + " states in all (" + (Limits.STATES - 2) + " earlier ones)");
    }
  }

  /** The review options: the scope from the command line, the states, grouping, thresholds and list length. */
  private ReviewOptions options(PipelineDefinition def, List<State> states, CurrencyInput.Conversion conversion,
      Learned learned) {
    List<PipelineState> pipelineStates = new ArrayList<>();
    for (State s : states) {
      pipelineStates.add(PipelineState.builder().label(s.date().toString())
          .asOf(s.date().atStartOfDay(def.timeZone()).toInstant())
          .source(s.snapshot() ? "snapshot " + s.source() : "rebuilt from " + s.source()).build());
    }
    LocalDate latest = states.get(states.size() - 1).date();
    Scope scope = Options.value(() -> Scope.builder().asOf(latest, def.timeZone()).periodKind(periodInput.kind())
        .fiscalCalendar(periodInput.calendar()).reportingCurrency(conversion.currency())
        .exchangeRates(conversion.rates()).addBasedOn(def.ref()).exampleLimit(list).build(), "options");
    team.read(input.encoding, notes);
    team.line().ifPresent(notes::add);
    List<OpenDimension> dimensions = team.dimensions(groupBy, "--group-by");
    return Options.value(() -> ReviewOptions.builder().scope(scope).addAllStates(pipelineStates)
        .addAllGroupBy(dimensions).roster(team.roster()).creditDate(team.creditDate())
        .putAllAgingThresholdDays(learned.thresholds())
        .listLimit(list).build(), "options");
  }

  /** The three reviews' results. */
  record Reviews(PipelineReviewResult monday, ForecastReconciliationResult wednesday, ExecutionReviewResult friday) {}

  private void print(ReviewOptions options, PipelineDefinition def, ProbabilityModel model, ProbabilityModel ref,
      Inputs read, Reviews reviews, Extras extras) {
    Output o = new Output(output.format, spec.commandLine().getOut());
    o.asOf(options.scope().asOf(), options.scope().zone(), input.latestDate());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("states", options.states());
    json.put("imports", read.deals());
    read.transitions().ifPresent(t -> json.put("transitions", t));
    read.fieldChanges().ifPresent(f -> json.put("fieldChanges", f));
    json.put("notes", notes);
    json.put("pipelineReview", reviews.monday());
    json.put("forecastReconciliation", reviews.wednesday());
    json.put("forecastChanges", ReviewPrinter.changes(reviews.wednesday()));
    revenueResult.ifPresent(r -> json.put("revenueView", r.json()));
    json.put("executionReview", reviews.friday());
    extras.read().ifPresent(m -> json.put("managerReviewInputs", m.json()));
    extras.managers().ifPresent(m -> json.put("managerReview", m));
    extras.coverage().ifPresent(c -> json.put("coverageTrend", c));
    o.json(json);
    ReviewPrinter printer = new ReviewPrinter(o, options, shownPeriods(options, options.dateOf(
        options.states().size() - 1)));
    printer.header(def, model, ref, read, notes);
    printer.monday(reviews.monday());
    printer.wednesday(reviews.wednesday());
    revenueResult.ifPresent(r -> RevenueView.print(o, r));
    extras.managers().ifPresent(printer::managers);
    extras.coverage().ifPresent(printer::coverage);
    printer.friday(reviews.friday());
    o.flush();
  }

  // ---- states

  private List<State> states() {
    boolean none = from == null && to == null && earlier.isEmpty();
    if (none) {
      if (!input.bundled() || histories.transitions != null || fieldChanges != null) {
        throw new CliException("give --from and --to: dates to rebuild from --deals, --transitions and "
            + "--field-changes, or snapshot files (DATE=FILE)");
      }
      return List.of(new State(SampleGenerator.PREVIOUS, null, Bundled::samplePreviousDeals,
              Bundled.SAMPLE_PREVIOUS_DEALS),
          new State(SampleGenerator.AS_OF, null, Bundled::sampleDeals, Bundled.SAMPLE_DEALS));
    }
    if (from == null || to == null) {
      throw new CliException("give both --from and --to");
    }
    State previous = state(from, "--from");
    State latest = state(to, "--to");
    List<State> states = new ArrayList<>();
    for (String e : earlier) {
      State s = state(e, "--earlier");
      if (!s.date().isBefore(previous.date())) {
        throw new CliException("--earlier " + e + " must be before --from " + from);
      }
      states.add(s);
    }
    states.sort((a, b) -> a.date().compareTo(b.date()));
    states.add(previous);
    if (!latest.date().isAfter(previous.date())) {
      throw new CliException("--to " + to + " must be after --from " + from);
    }
    states.add(latest);
    for (int i = 1; i < states.size(); i++) {
      if (!states.get(i).date().isAfter(states.get(i - 1).date())) {
        throw new CliException("two states are dated " + states.get(i).date() + ": each state needs its own date");
      }
      if (states.get(i).snapshot() != states.get(0).snapshot()) {
        throw new CliException("give every state as a snapshot file or every state as a date, not some of each");
      }
    }
    return states;
  }

  private State state(String spec, String option) {
    if (isDate(spec)) {
      return new State(LocalDate.parse(spec), null, null, sourcesForRebuild());
    }
    int eq = spec.indexOf('=');
    if (eq > 0 && isDate(spec.substring(0, eq))) {
      String file = spec.substring(eq + 1);
      return new State(LocalDate.parse(spec.substring(0, eq)), Path.of(file), null, file);
    }
    Matcher m = DATE.matcher(Path.of(spec).getFileName().toString());
    if (m.find()) {
      try {
        return new State(LocalDate.parse(m.group(1)), Path.of(spec), null, spec);
      } catch (DateTimeParseException e) {
        // falls through to the error below
      }
    }
    throw new CliException(option + " '" + spec + "' must be a date (yyyy-MM-dd), DATE=FILE, or a snapshot file "
        + "whose name holds the date it was exported (deals-2026-11-23.csv)");
  }

  private static boolean isDate(String s) {
    if (s.length() != 10) {
      return false;
    }
    try {
      LocalDate.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private String sourcesForRebuild() {
    return (input.bundled() ? Bundled.SAMPLE_DEALS : input.deals.toString()) + ", "
        + (histories.transitions == null ? (input.bundled() ? Bundled.SAMPLE_TRANSITIONS : "no transitions")
        : histories.transitions.toString()) + ", "
        + (fieldChanges == null ? (input.bundled() ? Bundled.SAMPLE_FIELD_CHANGES : "no field changes")
        : fieldChanges.toString());
  }

  private List<String> shownPeriods(ReviewOptions options, LocalDate latest) {
    if (periods.size() == 1 && periods.get(0).equalsIgnoreCase("all")) {
      return List.of();
    }
    Scope scope = options.scope();
    if (!periods.isEmpty()) {
      for (String p : periods) {
        Options.value(() -> scope.fiscalCalendar().parse(scope.periodKind(), p), "--periods");
      }
      return periods;
    }
    var current = scope.periodOf(latest);
    return List.of(current.label(), scope.periodOf(current.end()).label());
  }

  // ---- what the reviews learn from the histories first

  /** Aging thresholds per stage and a Markov model, learned from the histories as of the latest state. */
  record Learned(Map<String, BigDecimal> thresholds, Optional<ProbabilityModel> markov) {}

  private Learned learn(PipelineDefinition def, LocalDate latest, Feed feed, PrintWriter err) {
    Scope scope = Scope.builder().asOf(latest, def.timeZone()).addBasedOn(def.ref()).build();
    VelocityOptions vo = VelocityOptions.builder().scope(scope)
        .agingPercentile(BigDecimal.valueOf(agingPercentile, 2)).build();
    TransitionCounts counts = new TransitionCounts(ConversionOptions.builder().scope(Scope.builder().asOf(latest, def.timeZone()).build())
        .build(), def);
    // durations past --durations-in-memory go to a temp file, deleted when the thresholds are read
    try (DiskRuns runs = new DiskRuns(histories.tempDir, "stage durations", err)) {
      StageVelocity velocity = new StageVelocity(vo, durations.spill(runs));
      feed.histories((h, d) -> {
        DealWithHistory record = d == null ? DealWithHistory.ofHistory(h) : DealWithHistory.of(d, h);
        velocity.add(record);
        counts.add(record);
      });
      return new Learned(AgingThresholds.of(velocity.result()),
          Optional.of(StageProbabilityModel.fit(counts.result(), ConversionMethod.MARKOV)));
    }
  }

  private ProbabilityModel referenceModel(PipelineDefinition def, Learned learned, boolean haveHistories) {
    String name = reference != null ? reference : haveHistories ? "markov" : "stage-default";
    if (name.equalsIgnoreCase("markov")) {
      if (learned.markov().isEmpty()) {
        throw new CliException("--reference markov needs --transitions (the stage histories it is learned from)");
      }
      notes.add("Probability overrides are judged against a Markov model learned from the deals closed before "
          + "the latest state.");
      return learned.markov().get();
    }
    return Options.model(name, "--reference", def, notes);
  }

  // ---- feeding the reviews

  /** Where the deals of each state come from. */
  private interface Feed {
    /** Each stage history with the deal it belongs to in the latest state (null when none). */
    void histories(BiConsumer<DealHistory, Deal> action);

    /** Each deal's series in the options' states, once. */
    Inputs feed(ReviewOptions options, Consumer<DealSeries> series);
  }

  /** States from snapshot files, each held in a compact index and joined by deal id. */
  private final class SnapshotFeed implements Feed {
    private final List<DealIndex> indexes = new ArrayList<>();
    private final List<ImportReport> reports = new ArrayList<>();
    private final boolean withHistories;
    private final PrintWriter err;

    SnapshotFeed(PipelineDefinition def, List<State> states, boolean withHistories, PrintWriter err) {
      this.withHistories = withHistories;
      this.err = err;
      for (State s : states) {
        DealIndex index = new DealIndex(def);
        reports.add(input.read(s.file(), s.bundled(), s.source(), index::add, 3, err));
        indexes.add(index);
      }
    }

    @Override
    public void histories(BiConsumer<DealHistory, Deal> action) {
      DealIndex latest = indexes.get(indexes.size() - 1);
      histories.stream(input, h -> action.accept(h, latest.find(h.dealId())), err);
    }

    @Override
    public Inputs feed(ReviewOptions options, Consumer<DealSeries> series) {
      SnapshotSeries join = new SnapshotSeries(indexes.stream().map(ReviewCommand::snapshot).toList());
      Optional<ImportReport> transitions = Optional.empty();
      if (withHistories) {
        transitions = Optional.of(histories.stream(input, h -> join.withHistory(h).ifPresent(series), err));
      }
      join.forEachWithoutHistory(series);
      if (join.historiesWithoutDeal() > 0) {
        notes.add(String.format(Locale.ROOT, "%,d stage histories belong to deals in no state.",
            join.historiesWithoutDeal()));
      }
      return new Inputs(reports, transitions, Optional.empty(), notes);
    }
  }

  /** One state's compact index as the deals the library joins (a deal read back holds the fields it indexes). */
  private static SnapshotDeals snapshot(DealIndex index) {
    return new SnapshotDeals() {
      @Override
      public Optional<Deal> take(String dealId) {
        return Optional.ofNullable(index.join(dealId));
      }

      @Override
      public void forEachNotTaken(Consumer<Deal> action) {
        index.forEachUnjoined(action);
      }
    };
  }

  /** States rebuilt from the current deals, their histories and field changes, deal by deal. */
  private final class RebuiltFeed implements Feed {
    private final PrintWriter err;
    private final Map<String, List<FieldChange>> changes = new HashMap<>();
    private final ImportReport changeReport;

    RebuiltFeed(PipelineDefinition def, PrintWriter err) {
      this.err = err;
      if (histories.transitions == null && !input.bundled()) {
        throw new CliException("states given as dates are rebuilt from --deals with their --transitions "
            + "(and --field-changes); give --transitions, or snapshot files");
      }
      if (fieldChanges == null && !input.bundled()) {
        notes.add("No --field-changes: amounts, close dates and probabilities are taken as unchanged.");
        changeReport = null;
      } else {
        String source = fieldChanges == null ? Bundled.SAMPLE_FIELD_CHANGES : fieldChanges.toString();
        changeReport = input.read(FieldChangeCsv.importer(def.timeZone()).withOptions(ImportOptions.builder()
                .source(source).maxExamplesPerReason(3).build()), fieldChanges, Bundled::sampleFieldChanges,
            c -> changes.computeIfAbsent(c.dealId(), k -> new ArrayList<>()).add(c), err, "field changes");
        Options.warnRejected(changeReport, "field changes", notes);
      }
    }

    @Override
    public void histories(BiConsumer<DealHistory, Deal> action) {
      histories.read(input, action, false, err);
    }

    @Override
    public Inputs feed(ReviewOptions options, Consumer<DealSeries> series) {
      ExclusionTally problems = new ExclusionTally(3);
      Set<String> used = new HashSet<>();
      long[] notYet = {0};
      HistoryInput.Read read = histories.read(input, (history, deal) -> {
        if (deal == null) {
          problems.add("a stage history without a deal record (its row was rejected, or is missing)",
              history.dealId());
          return;
        }
        used.add(deal.id());
        try {
          List<FieldChange> changed = changes.getOrDefault(deal.id(), List.of());
          Optional<DealSeries> rebuilt = history == null ? DealSeries.rebuilt(deal, changed, options)
              : DealSeries.rebuilt(deal, history, changed, options);
          rebuilt.ifPresentOrElse(series, () -> notYet[0]++);
        } catch (InvalidValueException e) {
          InvalidValueException.Violation v = e.violations().get(0);
          problems.add("cannot be rebuilt: " + v.field() + " " + v.rule(), deal.id());
        }
      }, true, err);
      long orphans = changes.keySet().stream().filter(id -> !used.contains(id)).count();
      if (orphans > 0) {
        notes.add(String.format(Locale.ROOT, "Field changes of %,d deals without a deal record were not used.",
            orphans));
      }
      if (notYet[0] > 0) {
        notes.add(String.format(Locale.ROOT, "%,d deals were created after the latest state.", notYet[0]));
      }
      Limits.first(problems.result(), Limits.REASONS, p -> notes.add(String.format(Locale.ROOT,
          "Not in the review: %s: %,d (e.g. %s)", p.reason(), p.count(), String.join(", ", p.examples()))),
          n -> notes.add(String.format(Locale.ROOT, "Not in the review: %,d more reasons.", n)));
      return new Inputs(List.of(read.deals()), Optional.of(read.histories()), Optional.ofNullable(changeReport),
          notes);
    }
  }
}
