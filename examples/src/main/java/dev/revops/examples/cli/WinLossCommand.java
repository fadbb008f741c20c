package dev.revops.examples.cli;

import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.io.ImportReport;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.winloss.CycleSummary;
import dev.revops.forecast.winloss.WinLoss;
import dev.revops.forecast.winloss.WinLossOptions;
import dev.revops.forecast.winloss.WinLossResult;
import dev.revops.forecast.winloss.WinLossRow;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code revops winloss}: win rate, average won deal and sales cycle from the deals alone. */
@Command(name = "winloss", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Win rate, won and lost counts, average won deal and the sales cycle (created to closed: mean and median, "
            + "of won deals and of all closed deals) from the deals alone: no stage history needed, so it runs on "
            + "single-snapshot exports. Time in stage, aging and stage-by-stage conversion need histories "
            + "(revops velocity and revops conversion with --transitions).",
        "Without --deals it runs on the bundled sample."},
    footer = {"", "Examples:",
        "  revops winloss --group-by segment",
        "  revops winloss --deals sales_pipeline.csv --layout maven-crm --as-of 2017-12-31 --group-by product",
        "  revops winloss --deals sales_pipeline.csv --layout maven-crm --as-of latest \\",
        "      --join sales_teams=sales_teams.csv --group-by attribute:manager"})
final class WinLossCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  DealInput input;

  @Option(names = "--as-of", paramLabel = "DATE|latest",
      description = "Count deals closed on or before this date; " + AsOfDate.HELP + " (default: today; the "
          + "sample's 2026-10-01 for the sample).")
  AsOfDate asOf;

  @Option(names = "--group-by", paramLabel = "KEY", split = ",",
      description = "Group by owner, segment, source, product, stage, period, account, attribute:NAME (a custom or "
          + "joined attribute, e.g. attribute:manager) and/or level:NAME of the --roster, comma-separated.")
  List<String> groupBy = new ArrayList<>();

  @Mixin
  RosterInput team;

  @Mixin
  FormatOption output;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PipelineDefinition def = input.definition();
    List<String> notes = new ArrayList<>();
    team.read(input.encoding, notes);
    List<OpenDimension> keys = team.dimensions(groupBy, "--group-by");
    LocalDate day = input.asOf(asOf, input.bundled());
    WinLoss w = new WinLoss(options(day, def, keys, team));
    ImportReport report = input.read(w::add, 3, err);
    WinLossResult r = w.result();
    Options.warnRejected(report, "deals", notes);
    print(out, def, report, r, notes);
    return 0;
  }

  /** Win and loss options as of {@code day}, grouped by {@code keys} with the roster given. */
  static WinLossOptions options(LocalDate day, PipelineDefinition def, List<OpenDimension> keys, RosterInput team) {
    return Options.value(() -> WinLossOptions.builder().scope(Scope.builder().asOf(day, def.timeZone())
        .addBasedOn(def.ref()).build()).addAllGroupBy(keys).roster(team.roster()).creditDate(team.creditDate())
        .build(), "options");
  }

  private void print(PrintWriter out, PipelineDefinition def, ImportReport report, WinLossResult r,
      List<String> notes) {
    Output o = new Output(output.format, out);
    o.asOf(r.options().scope().asOf(), r.options().scope().zone(), input.latestDate());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("deals", report);
    json.put("notes", notes);
    json.put("winLoss", r);
    team.json().ifPresent(t -> json.put("roster", t));
    o.json(json);
    PrintWriter text = o.text();
    text.printf(Locale.ROOT, "Win and loss as of %s: definition %s, deals closed on or before it (no stage history "
        + "needed)%n", r.options().scope().asOfDate(), def.ref());
    printInputs(text, report, team, notes);
    printTable(o, r);
    o.flush();
  }

  /**
   * The lines under a deals-only report's title: the deals read, their import notes, the roster, the notes.
   *
   * @param text where to print
   * @param report the deals' import report
   * @param team the roster option
   * @param notes the command's notes
   */
  static void printInputs(PrintWriter text, ImportReport report, RosterInput team, List<String> notes) {
    text.printf(Locale.ROOT, "Deals: %s: %,d rows, %,d accepted%n", report.source().orElse("input"),
        report.rowsRead(), report.rowsAccepted());
    report.notes().forEach(n -> text.printf("  %s%n", n));
    team.line().ifPresent(text::println);
    notes.forEach(text::println);
  }

  /**
   * The JSON of velocity or conversion from the deals alone: the deals read, the notes, what needs
   * stage histories, the win and loss, and the roster when given.
   *
   * @param report the deals' import report
   * @param notes the command's notes
   * @param needsHistories the figures the command gives only with stage histories
   * @param r the win and loss
   * @param team the roster option
   * @return the fields, in order; the caller may add its own
   */
  static Map<String, Object> dealsOnlyJson(ImportReport report, List<String> notes, List<String> needsHistories,
      WinLossResult r, RosterInput team) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("deals", report);
    json.put("notes", notes);
    json.put("needsHistories", needsHistories);
    json.put("winLoss", r);
    team.json().ifPresent(t -> json.put("roster", t));
    return json;
  }

  /**
   * The closing line of velocity or conversion from the deals alone.
   *
   * @param text where to print
   * @param needsHistories the figures the command gives only with stage histories
   */
  static void printNeedsHistories(PrintWriter text, List<String> needsHistories) {
    text.println();
    text.println("Need stage histories (--transitions): " + String.join("; ", needsHistories) + ".");
  }

  /**
   * The win and loss table: a row per group, then the overall row.
   *
   * @param o where to print
   * @param r the result
   */
  static void printTable(Output o, WinLossResult r) {
    PrintWriter text = o.text();
    List<Table.Column> header = new ArrayList<>();
    r.options().groupBy().forEach(k -> header.add(Table.key(k.key())));
    header.addAll(List.of(Table.figure("won", "won"), Table.figure("lost", "lost"), Table.figure("open", "open"),
        Table.figure("win rate", "winRate"), Table.figure("avg won", "averageWonAmount"),
        Table.figure("won cycle mean", "wonCycleMeanDays"), Table.figure("won cycle median", "wonCycleMedianDays"),
        Table.figure("closed cycle mean", "closedCycleMeanDays"),
        Table.figure("closed cycle median", "closedCycleMedianDays")));
    Table t = new Table("win-loss", header);
    List<WinLossRow> rows = new ArrayList<>(r.groups());
    rows.add(r.overall());
    for (WinLossRow row : rows) {
      List<Object> cells = new ArrayList<>();
      r.options().groupBy().forEach(k -> cells.add(row.group().isEmpty() ? Cell.note("(all)")
          : Cell.text(row.group().get(k.key()))));
      cells.addAll(List.of(Table.count(row.won()), Table.count(row.lost()), Table.count(row.open()),
          Cell.of(row.winRate(), Table::percent), row.averageWonAmount().map(Cell::money)
              .orElse(Cell.note(row.missing().map(m -> "- (" + m + ")").orElse("-"))),
          days(row.wonCycle().map(CycleSummary::meanDays)), days(row.wonCycle().map(CycleSummary::medianDays)),
          days(row.closedCycle().map(CycleSummary::meanDays)), days(row.closedCycle().map(CycleSummary::medianDays))));
      t.row(cells);
    }
    text.println();
    o.print(t, "  ");
    text.printf(Locale.ROOT, "  counted %,d deals; excluded: %s%n", r.provenance().counted(),
        PipelineCommand.exclusions(r.provenance().excluded()));
  }

  private static Cell days(Optional<java.math.BigDecimal> d) {
    return Cell.of(d, Cell::number);
  }
}
