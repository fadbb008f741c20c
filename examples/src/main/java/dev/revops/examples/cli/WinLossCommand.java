package dev.revops.examples.cli;

import dev.revops.core.io.ImportReport;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.winloss.CycleSummary;
import dev.revops.forecast.winloss.GroupKey;
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
      description = "Group by owner, segment, source, product, stage and/or attribute:NAME (a custom or joined "
          + "attribute, e.g. attribute:manager), comma-separated.")
  List<String> groupBy = new ArrayList<>();

  @Mixin
  FormatOption output;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PipelineDefinition def = input.definition();
    List<GroupKey> keys = new ArrayList<>();
    groupBy.forEach(g -> keys.add(Options.value(() -> GroupKey.parse(g), "--group-by")));
    LocalDate day = input.asOf(asOf, input.bundled());
    WinLoss w = new WinLoss(options(day, def, keys));
    ImportReport report = input.read(w::add, 3, err);
    WinLossResult r = w.result();
    List<String> notes = new ArrayList<>();
    Options.warnRejected(report, "deals", notes);
    print(out, def, report, r, notes);
    return 0;
  }

  private static WinLossOptions options(LocalDate day, PipelineDefinition def, List<GroupKey> keys) {
    return Options.value(() -> WinLossOptions.builder().scope(Scope.builder().asOf(day, def.timeZone())
        .addBasedOn(def.ref()).build()).addAllGroupBy(keys).build(), "options");
  }

  private void print(PrintWriter out, PipelineDefinition def, ImportReport report, WinLossResult r,
      List<String> notes) {
    Output o = new Output(output.format, out);
    o.asOf(r.options().scope().asOf(), r.options().scope().zone(), input.latestDate());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("deals", report);
    json.put("notes", notes);
    json.put("winLoss", r);
    o.json(json);
    PrintWriter text = o.text();
    text.printf(Locale.ROOT, "Win and loss as of %s: definition %s, deals closed on or before it (no stage history "
        + "needed)%n", r.options().scope().asOfDate(), def.ref());
    text.printf(Locale.ROOT, "Deals: %s: %,d rows, %,d accepted%n", report.source().orElse("input"),
        report.rowsRead(), report.rowsAccepted());
    report.notes().forEach(n -> text.printf("  %s%n", n));
    notes.forEach(text::println);
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
    o.flush();
  }

  private static Cell days(Optional<java.math.BigDecimal> d) {
    return Cell.of(d, Cell::number);
  }
}
