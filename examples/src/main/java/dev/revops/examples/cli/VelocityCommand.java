package dev.revops.examples.cli;

import dev.revops.core.scope.Scope;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.io.ImportReport;
import dev.revops.core.period.WorkingCalendar;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.forecast.velocity.AgingDeal;
import dev.revops.forecast.velocity.DayCount;
import dev.revops.forecast.velocity.DealTimes;
import dev.revops.forecast.velocity.DurationSummary;
import dev.revops.forecast.velocity.SalesVelocity;
import dev.revops.forecast.velocity.SalesVelocityResult;
import dev.revops.forecast.velocity.SalesVelocityRow;
import dev.revops.forecast.velocity.StageTime;
import dev.revops.forecast.velocity.StageVelocity;
import dev.revops.forecast.velocity.StageVelocityResult;
import dev.revops.forecast.velocity.StageVelocityRow;
import dev.revops.forecast.velocity.VelocityOptions;
import dev.revops.forecast.winloss.WinLoss;
import dev.revops.forecast.winloss.WinLossResult;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code revops velocity}: time in stage, survival, aging and sales velocity from deals and their histories. */
@Command(name = "velocity", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "How long deals really stay in each stage (completed visits, and a Kaplan-Meier estimate that also uses "
            + "the visits still open), which open deals are aging, and sales velocity.",
        "With --deals and no --transitions (a single-snapshot export), or with --deals-only, it reports what the "
            + "deals alone give: win rate, won and lost counts, average won deal, sales cycle (created to closed: "
            + "mean and median, of won deals and of all closed ones) and sales velocity, and names the figures "
            + "that need stage histories.",
        "Without --deals and --transitions it runs on the bundled sample."},
    footer = {"", "Examples:",
        "  revops velocity",
        "  revops velocity --group-by segment --lookback 365 --business-days",
        "  revops velocity --deals deals.csv --transitions transitions.csv --format csv",
        "  revops velocity --deal D00042",
        "  revops velocity --deals sales_pipeline.csv --layout maven-crm --as-of 2017-12-31 --group-by product",
        "  revops velocity --deals sales_pipeline.csv --layout maven-crm --as-of 2017-12-31 \\",
        "      --roster sales_teams.csv --group-by level:manager"})
final class VelocityCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  DealInput input;

  @Mixin
  HistoryInput histories;

  @Mixin
  CurrencyInput money;

  @Option(names = "--as-of", paramLabel = "DATE|latest",
      description = "The date histories are seen from; " + AsOfDate.HELP + " (default: today; the sample's "
          + "2026-10-01 for the sample).")
  AsOfDate asOf;

  @Option(names = "--group-by", paramLabel = "DIMENSION", split = ",",
      description = "Group by owner, segment, source, product, account, attribute:NAME and/or level:NAME of the "
          + "--roster (comma-separated).")
  List<String> groupBy = new ArrayList<>();

  @Mixin
  RosterInput team;

  @Option(names = "--deals-only", description = "Report only what the deals alone give, even where stage histories "
      + "are at hand (as with --deals and no --transitions).")
  boolean dealsOnly;

  @Option(names = "--lookback", paramLabel = "DAYS",
      description = "Count stage visits entered, and deals closed, in the last DAYS days only (1 to 36,500).")
  Integer lookback;

  @Option(names = "--business-days", description = "Count working days (Monday to Friday, minus --holidays).")
  boolean businessDays;

  @Option(names = "--holidays", paramLabel = "FILE", description = "Holidays, one yyyy-MM-dd date per line.")
  Path holidays;

  @Option(names = "--aging-percentile", paramLabel = "P", defaultValue = "90",
      description = "Open deals in their stage longer than this percentile of its completed visits are aging "
          + "(default: ${DEFAULT-VALUE}).")
  int agingPercentile;

  @Option(names = "--aging-list", paramLabel = "N", defaultValue = "20",
      description = "How many aging deals to list, longest first, 0 to 1,000 (default: ${DEFAULT-VALUE}).")
  int agingList;

  @Option(names = "--qualified-stage", paramLabel = "STAGE",
      description = "Sales velocity counts deals that reached this stage (or later) as opportunities. Default: all.")
  String qualifiedStage;

  @Option(names = "--deal", paramLabel = "ID", description = "Also show one deal's time in each stage.")
  String deal;

  @Mixin
  DurationsInMemory durations;

  @Mixin
  FormatOption output;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PipelineDefinition def = input.definition();
    boolean sample = input.bundled() && histories.transitions == null;
    LocalDate day = input.asOf(asOf, sample);
    List<String> notes = new ArrayList<>();
    Limits.check("--aging-percentile", agingPercentile, 1, 99);
    Limits.check("--aging-list", agingList, 0, Limits.LIST);
    durations.checked();
    WorkingCalendar calendar = WorkingCalendar.builder().zone(def.timeZone())
        .addAllHolidays(holidays == null ? List.of() : Options.holidays(holidays)).build();
    CurrencyInput.Conversion conversion = money.resolve(sample, input.encoding, notes);
    Scope scope = Options.value(() -> Scope.builder().asOf(day, def.timeZone()).workingCalendar(calendar)
        .reportingCurrency(conversion.currency()).exchangeRates(conversion.rates()).addBasedOn(def.ref()).build(),
        "scope");
    team.read(input.encoding, notes);
    VelocityOptions.Builder b = VelocityOptions.builder().scope(scope).addAllGroupBy(team.dimensions(groupBy,
            "--group-by")).roster(team.roster()).creditDate(team.creditDate()).dayCount(businessDays ? DayCount.BUSINESS : DayCount.CALENDAR)
        .agingPercentile(BigDecimal.valueOf(agingPercentile, 2));
    if (lookback != null) {
      b.since(day.minusDays(Limits.check("--lookback", lookback, 1, Limits.DAYS)));
    }
    if (qualifiedStage != null) {
      b.qualifiedStage(Options.value(() -> def.resolve(qualifiedStage), "--qualified-stage"));
    }
    VelocityOptions options = Options.value(b::build, "options");
    if (dealsOnly || (!input.bundled() && histories.transitions == null)) {
      return dealsOnly(options, def, notes);
    }
    StageVelocityResult sv;
    SalesVelocityResult sr;
    HistoryInput.Read read;
    AtomicReference<Optional<DealTimes>> times = new AtomicReference<>(Optional.empty());
    // durations past the limit go to a temp file, deleted when the result is read (also on failure)
    try (DiskRuns runs = new DiskRuns(histories.tempDir, "stage durations", err)) {
      StageVelocity stages = new StageVelocity(options, durations.spill(runs));
      SalesVelocity sales = new SalesVelocity(options);
      read = histories.records(input, record -> {
        record.history().ifPresent(history -> {
          stages.add(record);
          if (deal != null && history.dealId().equals(deal)) {
            times.set(Optional.of(DealTimes.of(history, options)));
          }
        });
        if (record.deal().isPresent()) {
          sales.add(record);
        }
      }, true, err);
      sv = stages.result();
      sr = sales.result();
    }
    if (deal != null && times.get().isEmpty()) {
      notes.add("Deal " + deal + " has no stage history in the transitions.");
    }
    Output o = new Output(output.format, out);
    o.asOf(scope.asOf(), scope.zone(), input.latestDate());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("deals", read.deals());
    json.put("transitions", read.histories());
    json.put("historiesWithoutDeal", read.unmatched());
    json.put("notes", notes);
    json.put("stageVelocity", sv);
    json.put("salesVelocity", sr);
    times.get().ifPresent(t -> json.put("deal", t));
    o.json(json);
    print(o, def, read, sv, sr, times.get(), notes);
    o.flush();
    return 0;
  }

  /** What velocity reports without stage histories, and the figures that need them. */
  static final List<String> NEEDS_HISTORIES = List.of("time in stage (completed visits and Kaplan-Meier)",
      "aging open deals", "a deal's time in each stage (--deal)");

  /** Win and loss and sales velocity from the deals alone: no stage history read. */
  private Integer dealsOnly(VelocityOptions options, PipelineDefinition def, List<String> notes) {
    if (deal != null) {
      throw new CliException("--deal needs --transitions (a deal's time in each stage comes from its stage history)");
    }
    PrintWriter err = spec.commandLine().getErr();
    WinLoss winLoss = new WinLoss(WinLossCommand.options(options.scope().asOfDate(), def, options.groupBy(), team));
    SalesVelocity sales = new SalesVelocity(options);
    ImportReport report = input.read(d -> {
      winLoss.add(d);
      sales.add(DealWithHistory.ofDeal(d));
    }, 3, err);
    Options.warnRejected(report, "deals", notes);
    WinLossResult wl = winLoss.result();
    SalesVelocityResult sr = sales.result();
    Output o = new Output(output.format, spec.commandLine().getOut());
    o.asOf(options.scope().asOf(), options.scope().zone(), input.latestDate());
    Map<String, Object> json = WinLossCommand.dealsOnlyJson(report, notes, NEEDS_HISTORIES, wl, team);
    json.put("salesVelocity", sr);
    o.json(json);
    PrintWriter text = o.text();
    text.printf(Locale.ROOT, "Velocity as of %s from the deals alone (no stage history): definition %s, %s days%n",
        options.scope().asOfDate(), def.ref(), options.dayCount() == DayCount.BUSINESS ? "business" : "calendar");
    WinLossCommand.printInputs(text, report, team, notes);
    text.println("Win and loss (sales cycle: created to closed, in days)");
    WinLossCommand.printTable(o, wl);
    printSalesVelocity(o, options, sr);
    WinLossCommand.printNeedsHistories(text, NEEDS_HISTORIES);
    o.flush();
    return 0;
  }

  private void print(Output o, PipelineDefinition def, HistoryInput.Read read, StageVelocityResult sv,
      SalesVelocityResult sr, Optional<DealTimes> times, List<String> notes) {
    printInputs(o.text(), def, read, sv.options(), notes);
    printTimeInStage(o, sv);
    printAging(o, sv);
    printSalesVelocity(o, sv.options(), sr);
    times.ifPresent(dt -> printDeal(o, dt));
  }

  private static void printInputs(PrintWriter out, PipelineDefinition def, HistoryInput.Read read,
      VelocityOptions opts, List<String> notes) {
    out.printf(Locale.ROOT, "Velocity as of %s: definition %s, %s days%s%n", opts.scope().asOfDate(), def.ref(),
        opts.dayCount() == DayCount.BUSINESS ? "business" : "calendar",
        opts.since().map(s -> ", visits entered and deals closed since " + s).orElse(""));
    out.printf(Locale.ROOT, "Deals: %s: %,d rows, %,d accepted; transitions: %s: %,d rows, %,d histories "
            + "(%,d without a deal record)%n", read.deals().source().orElse("input"), read.deals().rowsRead(),
        read.deals().rowsAccepted(), read.histories().source().orElse("input"), read.histories().rowsRead(),
        read.histories().recordsAccepted(), read.unmatched());
    if (read.deals().rowsRejected() + read.histories().rowsRejected() > 0) {
      out.printf(Locale.ROOT, "  %,d deal rows and %,d transition rows rejected (revops validate lists them)%n",
          read.deals().rowsRejected(), read.histories().rowsRejected());
    }
    notes.forEach(out::println);
  }

  private static void printTimeInStage(Output o, StageVelocityResult sv) {
    PrintWriter out = o.text();
    VelocityOptions opts = sv.options();
    out.println();
    out.println("Time in stage, in days (completed visits; Kaplan-Meier also counts the visits still open)");
    List<Table.Column> header = new ArrayList<>();
    opts.groupBy().forEach(d -> header.add(Table.key(d.key())));
    header.addAll(List.of(Table.key("stage"), Table.figure("entered", "entered"),
        Table.figure("forward", "exitedForward"), Table.figure("back", "exitedBackward"),
        Table.figure("lost", "exitedToLost"), Table.figure("open", "stillOpen"), Table.figure("mean", "meanDays"),
        Table.figure("median", "medianDays"), Table.figure("p75", "p75Days"), Table.figure("p90", "p90Days"),
        Table.figure("KM median", "survivalMedianDays"), Table.figure("KM p75", "survivalP75Days"),
        Table.figure("KM p90", "survivalP90Days")));
    Table t = new Table("time-in-stage", header);
    for (StageVelocityRow r : sv.stages()) {
      List<Object> row = new ArrayList<>();
      opts.groupBy().forEach(d -> row.add(r.group().get(d.key())));
      Optional<DurationSummary> c = r.completed();
      row.addAll(List.of(r.stageId(), Table.count(r.entered()), Table.count(r.exitedForward()),
          Table.count(r.exitedBackward()), Table.count(r.exitedToLost()), Table.count(r.stillOpen()),
          Cell.of(c.map(DurationSummary::meanDays), Cell::number),
          Cell.of(c.map(DurationSummary::medianDays), Cell::number),
          Cell.of(c.map(DurationSummary::p75Days), Cell::number), Cell.of(c.map(DurationSummary::p90Days), Cell::number),
          Cell.of(r.survival().medianDays(), Cell::number), Cell.of(r.survival().p75Days(), Cell::number),
          Cell.of(r.survival().p90Days(), Cell::number)));
      t.row(row);
    }
    o.print(t, "  ");
    out.printf(Locale.ROOT, "  counted %,d histories; excluded: %s%n", sv.counted(),
        PipelineCommand.exclusions(sv.excluded()));
  }

  private void printAging(Output o, StageVelocityResult sv) {
    PrintWriter out = o.text();
    VelocityOptions opts = sv.options();
    out.println();
    out.printf(Locale.ROOT, "Aging: %,d open deals in their stage longer than the %d%s percentile of its completed "
            + "visits%s%n", sv.aging().size(), agingPercentile, suffix(agingPercentile),
        sv.notJudgedForAging() > 0 ? String.format(Locale.ROOT, " (%,d not judged: no completed visit to compare)",
            sv.notJudgedForAging()) : "");
    if (!sv.aging().isEmpty()) {
      List<Table.Column> ah = new ArrayList<>(List.of(Table.key("deal")));
      opts.groupBy().forEach(d -> ah.add(Table.key(d.key())));
      ah.addAll(List.of(Table.key("stage"), Table.figure("days in stage", "daysInStage"),
          Table.figure("threshold", "thresholdDays")));
      Table a = new Table("aging", ah);
      for (AgingDeal x : sv.aging().subList(0, Math.min(agingList, sv.aging().size()))) {
        List<Object> row = new ArrayList<>(List.of(x.dealId()));
        opts.groupBy().forEach(d -> row.add(x.group().get(d.key())));
        row.addAll(List.of(x.stageId(), Cell.number(x.daysInStage()), Cell.number(x.thresholdDays())));
        a.row(row);
      }
      o.print(a, "  ");
      if (sv.aging().size() > agingList) {
        out.printf(Locale.ROOT, "  ... and %,d more (--aging-list N, or --format json)%n", sv.aging().size() - agingList);
      }
    }
  }

  private static void printSalesVelocity(Output o, VelocityOptions opts, SalesVelocityResult sr) {
    PrintWriter out = o.text();
    out.println();
    out.println("Sales velocity = opportunities x win rate x average won amount / average days to win");
    List<Table.Column> sh = new ArrayList<>();
    opts.groupBy().forEach(d -> sh.add(Table.key(d.key())));
    sh.addAll(List.of(Table.figure("opportunities", "opportunities"), Table.figure("won", "won"),
        Table.figure("lost", "lost"), Table.figure("win rate", "winRate"), Table.figure("avg won", "averageWonAmount"),
        Table.figure("avg cycle days", "averageCycleDays"), Table.figure("velocity per day", "velocityPerDay")));
    Table s = new Table("sales-velocity", sh);
    List<SalesVelocityRow> rows = new ArrayList<>(sr.groups());
    rows.add(sr.overall());
    for (SalesVelocityRow r : rows) {
      List<Object> row = new ArrayList<>();
      opts.groupBy().forEach(d -> row.add(r.group().isEmpty() ? Cell.note("(all)") : Cell.text(r.group().get(d.key()))));
      row.addAll(List.of(Table.count(r.opportunities()), Table.count(r.won()), Table.count(r.lost()),
          Cell.of(r.winRate(), Table::percent), Cell.of(r.averageWonAmount(), Cell::money),
          Cell.of(r.averageCycleDays(), Cell::number),
          r.velocityPerDay().map(Cell::money).orElse(Cell.note(r.missing().map(m -> "- (" + m + ")").orElse("-")))));
      s.row(row);
    }
    o.print(s, "  ");
    out.printf(Locale.ROOT, "  counted %,d deals; excluded: %s%n", sr.counted(), PipelineCommand.exclusions(sr.excluded()));
  }

  private static void printDeal(Output o, DealTimes dt) {
    PrintWriter out = o.text();
    out.println();
    out.printf("Deal %s%s%n", dt.dealId(), dt.cycleDays().map(c -> ": sales cycle " + c.toPlainString() + " days")
        .orElse(""));
    Table d = new Table("deal", Table.key("stage"), Table.figure("visits", "visits"),
        Table.figure("latest days", "latestDays"), Table.figure("cumulative days", "cumulativeDays"),
        Table.figure("now", "current")).within("deal=" + dt.dealId());
    for (StageTime st : dt.stages()) {
      d.row(Cell.text(st.stageId()), Table.count(st.visits()), Cell.number(st.latestDays()),
          Cell.number(st.cumulativeDays()), st.current() ? new Cell("current", "true", null) : Cell.note(""));
    }
    o.print(d, "  ");
    dt.cycleDays().ifPresent(c -> o.figure("deal", "", "deal=" + dt.dealId(), "", "cycleDays", c.toPlainString()));
  }

  private static String suffix(int n) {
    return n % 10 == 1 && n != 11 ? "st" : n % 10 == 2 && n != 12 ? "nd" : n % 10 == 3 && n != 13 ? "rd" : "th";
  }

}
