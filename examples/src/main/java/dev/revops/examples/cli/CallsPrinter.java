package dev.revops.examples.cli;

import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.money.Money;
import dev.revops.forecast.calls.AccuracyResult;
import dev.revops.forecast.calls.AccuracyRow;
import dev.revops.forecast.calls.AdjustedResult;
import dev.revops.forecast.calls.AdjustedRow;
import dev.revops.forecast.calls.CallOutcome;
import dev.revops.forecast.calls.GroupRow;
import dev.revops.forecast.calls.GroupingResult;
import dev.revops.forecast.calls.HierarchyResult;
import dev.revops.forecast.calls.HierarchyRow;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/** The tables of {@code revops calls}: one method per section. */
final class CallsPrinter {
  private CallsPrinter() {}

  static void grouping(Output o, GroupingResult g, List<OpenDimension> dimensions) {
    PrintWriter out = o.text();
    if (dimensions.isEmpty()) {
      return;
    }
    out.println("Deals grouped by " + dimensions + " (win rate = won / (won + lost))");
    List<Table.Column> keys = new ArrayList<>();
    dimensions.forEach(d -> keys.add(Table.key(d.name())));
    List<Table.Column> counts = new ArrayList<>(keys);
    counts.addAll(List.of(Table.figure("won", "won"), Table.figure("lost", "lost"), Table.figure("open", "open"),
        Table.figure("win rate", "winRate")));
    Table t = new Table("deal-grouping", counts);
    List<Table.Column> amountColumns = new ArrayList<>(keys);
    amountColumns.addAll(List.of(Table.currency(), Table.figure("won amount", "wonAmount"),
        Table.figure("open amount", "openAmount")));
    Table amounts = new Table("deal-grouping", amountColumns);
    for (GroupRow row : g.rows()) {
      List<Object> cells = new ArrayList<>(row.group().values());
      cells.addAll(List.of(Table.count(row.won()), Table.count(row.lost()), Table.count(row.open()),
          row.winRate().map(Table::percent).orElse(Cell.NONE)));
      t.row(cells);
      TreeSet<String> currencies = new TreeSet<>();
      row.wonAmount().forEach(m -> currencies.add(m.getCurrencyCode()));
      row.openAmount().forEach(m -> currencies.add(m.getCurrencyCode()));
      for (String c : currencies) {
        List<Object> a = new ArrayList<>(row.group().values());
        a.addAll(List.of(c, amountIn(row.wonAmount(), c), amountIn(row.openAmount(), c)));
        amounts.row(a);
      }
    }
    o.print(t, "  ");
    o.print(amounts, "  ");
    out.printf(Locale.ROOT, "  counted %,d deals; excluded: %s%n%n", g.provenance().counted(),
        PipelineCommand.exclusions(g.provenance().excluded()));
  }

  private static Cell amountIn(List<Money> amounts, String currency) {
    return amounts.stream().filter(m -> m.getCurrencyCode().equals(currency)).findFirst().map(Table::amount)
        .orElse(Cell.NONE);
  }

  static void hierarchy(Output o, HierarchyResult h) {
    PrintWriter out = o.text();
    out.println("The hierarchy roll-up: own deals and everyone's below (total), per close period; cumulative "
        + "categories (commit = won + open commit)");
    Table t = new Table("hierarchy-rollup", Table.period("period"), Table.key("person"), Table.key("level"),
        Table.key("reports to", "reportsTo"), Table.currency(), Table.figure("own deals", "ownDeals"),
        Table.figure("deals", "deals"), Table.figure("own commit", "ownCommit"), Table.figure("won", "won"),
        Table.figure("commit", "commit"), Table.figure("most likely", "mostLikely"),
        Table.figure("best case", "bestCase"), Table.figure("open pipeline", "openPipeline"));
    for (HierarchyRow r : h.rows()) {
      t.row(r.period().label(), r.person(), r.level().orElse("-"), r.reportsTo().orElse("-"),
          r.own().won().getCurrencyCode(), Table.count(r.own().deals()), Table.count(r.total().deals()),
          Table.amount(r.own().commit()), Table.amount(r.total().won()), Table.amount(r.total().commit()),
          Table.amount(r.total().mostLikely()), Table.amount(r.total().bestCase()),
          Table.amount(r.total().openPipeline()));
    }
    o.print(t, "  ");
    out.printf(Locale.ROOT, "  counted %,d deals; excluded: %s%n%n", h.provenance().counted(),
        PipelineCommand.exclusions(h.provenance().excluded()));
  }

  static void adjusted(Output o, List<AdjustedResult> results) {
    PrintWriter out = o.text();
    for (AdjustedResult a : results) {
      out.printf("Forecast %s of %s without and with adjustments (a manager's adjusted number includes the "
          + "adjusted numbers of the reports; adjustments never change deals)%n", a.category().displayName(), a.period());
      Table t = new Table("adjusted-forecast", Table.key("person"), Table.key("level"), Table.currency(),
          Table.figure("own deals", "ownDeals"), Table.figure("without adjustments", "withoutAdjustments"),
          Table.figure("adjusted", "adjusted"), Table.figure("owner adjustment", "ownerAdjustment"),
          Table.figure("manager adjustment", "managerAdjustment"));
      for (AdjustedRow r : a.rows()) {
        t.row(r.person(), r.level().orElse("-"), r.ownDeals().getCurrencyCode(), Table.amount(r.ownDeals()),
            Table.amount(r.withoutAdjustments()), Table.amount(r.adjusted()), amount(r.ownerAdjustment()),
            amount(r.managerAdjustment()));
      }
      o.print(t.in(a.period()), "  ");
      out.printf(Locale.ROOT, "  adjustments counted %,d; excluded: %s%n%n", a.provenance().counted(),
          PipelineCommand.exclusions(a.provenance().excluded()));
    }
  }

  private static Cell amount(Optional<Money> m) {
    return m.map(Table::amount).orElse(Cell.NONE);
  }

  static void accuracy(Output o, List<CallOutcome> outcomes, AccuracyResult a, int week, Optional<String> system) {
    PrintWriter out = o.text();
    if (outcomes.isEmpty()) {
      return;
    }
    out.printf("Calls as of the end of week %d of each ended period, against what the caller and their team won%s%n",
        week, system.isPresent() ? ", beside the system's forecast at the same instant" : "");
    system.ifPresent(line -> out.println("  " + line));
    Table t = new Table("call-outcomes", Table.period("period"), Table.key("caller"), Table.key("level"),
        Table.currency(), Table.figure("called", "called"), Table.figure("won", "actual"),
        Table.figure("error", "error"), Table.figure("system", "system"), Table.figure("system error", "systemError"));
    for (CallOutcome c : outcomes) {
      t.row(c.period(), c.caller(), c.level().orElse("-"), c.called().getCurrencyCode(), Table.amount(c.called()),
          Table.amount(c.actual()), Table.amount(c.error()), amount(c.system()),
          amount(c.systemError()));
    }
    o.print(t, "  ");
    out.println();
    out.println("Who calls best: bias = sum(call - won) / sum(won), WMAPE = sum|call - won| / sum(won); the same of "
        + "the system's forecast over the periods it is known");
    accuracyTable(o, "call-accuracy-caller", "caller", a.callers());
    accuracyTable(o, "call-accuracy-level", "level", a.levels());
    out.println();
  }

  private static void accuracyTable(Output o, String section, String key, List<AccuracyRow> rows) {
    Table t = new Table(section, Table.key(key), Table.currency(), Table.figure("periods", "periods"),
        Table.figure("called", "called"), Table.figure("won", "actual"), Table.figure("error", "error"),
        Table.figure("abs error", "absoluteError"), Table.figure("bias", "bias"), Table.figure("WMAPE", "wmape"),
        Table.figure("system", "systemForecast"), Table.figure("sys error", "systemError"),
        Table.hidden("systemAbsoluteError"), Table.figure("sys bias", "systemBias"),
        Table.figure("sys WMAPE", "systemWmape"));
    for (AccuracyRow r : rows) {
      t.row(r.name(), r.called().getCurrencyCode(), Table.count(r.periods()), Table.amount(r.called()),
          Table.amount(r.actual()), Table.amount(r.error()), Table.amount(r.absoluteError()),
          r.bias().map(Table::percent).orElse(Cell.NONE), r.wmape().map(Table::percent).orElse(Cell.NONE),
          amount(r.systemForecast()), amount(r.systemError()), amount(r.systemAbsoluteError()),
          r.systemBias().map(Table::percent).orElse(Cell.NONE), r.systemWmape().map(Table::percent).orElse(Cell.NONE));
    }
    o.print(t, "  ");
  }

}
