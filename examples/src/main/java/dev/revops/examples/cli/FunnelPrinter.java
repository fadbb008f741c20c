package dev.revops.examples.cli;

import dev.revops.core.io.ImportReport;
import dev.revops.core.lead.ConversionCount;
import dev.revops.core.lead.FunnelStep;
import dev.revops.core.lead.LifecycleDefinition;
import dev.revops.forecast.funnel.CohortConversionResult;
import dev.revops.forecast.funnel.CohortConversionRow;
import dev.revops.forecast.funnel.FunnelResult;
import dev.revops.forecast.funnel.PeriodConversionResult;
import dev.revops.forecast.funnel.PeriodConversionRow;
import dev.revops.forecast.funnel.StepEntries;
import dev.revops.forecast.funnel.TimeToConvertRow;
import dev.revops.handoff.lead.LeadHandoffResult;
import dev.revops.handoff.lead.LeadHandoffRow;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * Prints the funnel through the shared output layer: text and tables, or every figure of the
 * tables as CSV records; every figure comes from the library's results (the JSON holds them all).
 */
final class FunnelPrinter {
  private FunnelPrinter() {}

  /** What the funnel command read and computed, for printing. */
  record Results(LifecycleDefinition lifecycle, LeadInput.Read read, Optional<ImportReport> handoffReport,
      FunnelResult funnel, Optional<LeadHandoffResult> handoffs, List<String> notes, boolean byPeriod) {}

  static void print(Output o, Results x) {
    header(o.text(), x);
    FunnelResult r = x.funnel();
    entries(o, r);
    r.cohort().ifPresent(c -> cohort(o, r, c, x.byPeriod()));
    r.period().ifPresent(p -> period(o, r, p));
    r.timeToConvert().ifPresent(t -> timeToConvert(o, r, t.rows()));
    x.handoffs().ifPresent(h -> handoffs(o, h));
    r.flagged().forEach(e -> o.figure("flagged", "", "reason=" + e.reason(), "", "leads", Long.toString(e.count())));
    r.provenance().excluded().forEach(e -> o.figure("excluded", "", "reason=" + e.reason(), "", "leads",
        Long.toString(e.count())));
  }

  private static void header(PrintWriter out, Results x) {
    FunnelResult r = x.funnel();
    out.printf(Locale.ROOT, "Funnel as of %s, %s, steps %s%n", r.provenance().asOf(), x.lifecycle(),
        r.steps().stream().map(FunnelStep::id).collect(Collectors.joining(" > ")));
    x.read().reports().forEach((name, report) -> out.printf(Locale.ROOT, "  %s: %s: %,d rows, %,d accepted, "
        + "%,d rejected%n", report.records(), report.source().orElse("input"), report.rowsRead(), report.rowsAccepted(),
        report.rowsRejected()));
    x.handoffReport().ifPresent(report -> out.printf(Locale.ROOT, "  handoffs: %s: %,d rows, %,d accepted, "
        + "%,d rejected%n", report.source().orElse("input"), report.rowsRead(), report.rowsAccepted(),
        report.rowsRejected()));
    x.read().join().unmatched().forEach(e -> out.printf(Locale.ROOT, "  matched no lead: %s: %,d (e.g. %s)%n",
        e.reason(), e.count(), String.join(", ", e.examples())));
    out.printf(Locale.ROOT, "  leads counted: %,d; left out: %s%n", r.provenance().counted(),
        PipelineCommand.exclusions(r.provenance().excluded()));
    r.flagged().forEach(e -> out.printf(Locale.ROOT, "  flagged, counted as the data says: %s: %,d (e.g. %s)%n",
        e.reason(), e.count(), String.join(", ", e.examples())));
    x.notes().forEach(n -> out.println("  " + n));
    out.println();
  }

  /** The group's key columns, then the given ones. */
  private static List<Table.Column> columns(FunnelResult r, Table.Column... more) {
    List<Table.Column> c = new ArrayList<>();
    r.groupBy().forEach(k -> c.add(Table.key(k)));
    c.addAll(List.of(more));
    return c;
  }

  /** The group's values, then the given cells. */
  private static List<Object> cells(FunnelResult r, SortedMap<String, String> group, Object... more) {
    List<Object> row = new ArrayList<>();
    r.groupBy().forEach(k -> row.add(group.get(k)));
    row.addAll(List.of(more));
    return row;
  }

  private static void entries(Output o, FunnelResult r) {
    o.text().printf("Entries: leads that reached each step, each counted once (%s)%n", r.provenance().definition());
    Table t = new Table("entries", columns(r, Table.key("step"), Table.figure("entered", "entered")));
    for (StepEntries e : r.entries()) {
      t.row(cells(r, e.group(), e.step(), Table.count(e.entered())));
    }
    print(o, t);
  }

  private static final Table.Column[] COUNTS = {Table.figure("entered", "entered"),
      Table.figure("converted", "converted"), Table.figure("not converted", "notConverted"),
      Table.figure("unresolved", "unresolved"), Table.figure("of resolved", "rateOfResolved"),
      Table.figure("of all", "rateOfAll")};

  private static List<Object> counts(ConversionCount n) {
    return List.of(Table.count(n.entered()), Table.count(n.converted()), Table.count(n.notConverted()),
        Table.count(n.unresolved()), Cell.of(n.rateOfResolved(), Table::percent), Cell.of(n.rateOfAll(), Table::percent));
  }

  private static void cohort(Output o, FunnelResult r, CohortConversionResult c, boolean byPeriod) {
    o.text().printf("Cohort conversion (%s%s): the leads that entered a step, followed forward; \"of all\" counts the "
        + "unresolved as not (yet) converted%n", c.provenance().definition(),
        c.window().map(w -> ", window " + w.toDays() + " days").orElse(", no window"));
    List<Table.Column> h = columns(r, Table.key("from"), Table.key("to"));
    h.addAll(List.of(COUNTS));
    Table t = new Table("cohort-conversion", h);
    for (CohortConversionRow row : c.rows()) {
      if (row.cohort().isEmpty()) {
        List<Object> cells = cells(r, row.group(), row.from(), row.to());
        cells.addAll(counts(row.count()));
        t.row(cells);
      }
    }
    print(o, t);
    if (byPeriod) {
      o.text().println("Cohort conversion per entry period");
      List<Table.Column> ph = columns(r, Table.key("from"), Table.key("to"), Table.period("cohort"));
      ph.addAll(List.of(COUNTS));
      Table p = new Table("cohort-conversion", ph);
      for (CohortConversionRow row : c.rows()) {
        row.cohort().ifPresent(k -> {
          List<Object> cells = cells(r, row.group(), row.from(), row.to(), k);
          cells.addAll(counts(row.count()));
          p.row(cells);
        });
      }
      print(o, p);
    }
  }

  private static void period(Output o, FunnelResult r, PeriodConversionResult p) {
    o.text().printf(Locale.ROOT, "Period conversion (%s): conversions of a period over entries of the same period, "
        + "to the next step; it may exceed 100%% (%,d rows do; - for a period without entries)%n",
        p.provenance().definition(), p.rowsExceedingOne());
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < r.steps().size(); i++) {
      index.put(r.steps().get(i).id(), i);
    }
    Table t = new Table("period-conversion", columns(r, Table.key("from"), Table.key("to"), Table.period("period"),
        Table.figure("entries", "entries"), Table.figure("conversions", "conversions"), Table.figure("rate", "rate"),
        Table.figure("over 100%", "exceedsOne")));
    for (PeriodConversionRow row : p.rows()) {
      if (index.get(row.to()) == index.get(row.from()) + 1) {
        t.row(cells(r, row.group(), row.from(), row.to(), row.period().map(Cell::text).orElse(Cell.note("all")),
            Table.count(row.entries()), Table.count(row.conversions()), Cell.of(row.rate(), Table::percent),
            new Cell(row.exceedsOne() ? "yes" : "", Boolean.toString(row.exceedsOne()), null)));
      }
    }
    print(o, t);
  }

  private static void timeToConvert(Output o, FunnelResult r, List<TimeToConvertRow> rows) {
    o.text().println("Time to convert, in days (Kaplan-Meier: leads not converted yet are censored at their age; "
        + "median and percentiles of the converters)");
    List<Integer> horizons = rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).convertedWithin().keySet());
    List<Table.Column> h = columns(r, Table.key("from"), Table.key("to"), Table.figure("leads", "leads"),
        Table.figure("converted", "converted"), Table.figure("censored", "censored"),
        Table.figure("left out", "leftOut"), Table.figure("median", "medianDays"), Table.figure("p75", "p75Days"),
        Table.figure("p90", "p90Days"));
    horizons.forEach(d -> h.add(Table.figure("within " + d + "d", "convertedWithin" + d + "Days")));
    Table t = new Table("time-to-convert", h);
    for (TimeToConvertRow row : rows) {
      List<Object> cells = cells(r, row.group(), row.from(), row.to(), Table.count(row.leads()),
          Table.count(row.converted()), Table.count(row.censored()), Table.count(row.leftOut()),
          Cell.of(row.medianDays(), Cell::number), Cell.of(row.p75Days(), Cell::number),
          Cell.of(row.p90Days(), Cell::number));
      horizons.forEach(d -> cells.add(Cell.of(Optional.ofNullable(row.convertedWithin().get(d)), Table::percent)));
      t.row(cells);
    }
    print(o, t);
  }

  private static void handoffs(Output o, LeadHandoffResult h) {
    PrintWriter out = o.text();
    out.printf(Locale.ROOT, "Handoff %s joined to conversion %s -> %s (%s, cohort rule): %,d leads; left out: %s%n",
        h.protocol(), h.fromStep(), h.toStep(), h.provenance().definition(), h.provenance().counted(),
        PipelineCommand.exclusions(h.provenance().excluded()));
    List<Table.Column> c = new ArrayList<>(List.of(Table.key("handoff")));
    c.addAll(List.of(COUNTS));
    Table t = new Table("lead-handoffs", c);
    List<LeadHandoffRow> rows = new ArrayList<>(h.byAdherence());
    rows.addAll(h.byStatus());
    for (LeadHandoffRow row : rows) {
      List<Object> cells = new ArrayList<>(List.of(new Cell(row.group().toLowerCase(Locale.ROOT).replace('_', ' '),
          row.group(), null)));
      cells.addAll(counts(row.count()));
      t.row(cells);
    }
    print(o, t);
    if (!h.rejectionReasons().isEmpty()) {
      out.println("  rejections: " + h.rejectionReasons().entrySet().stream()
          .map(e -> e.getKey() + " " + Table.count(e.getValue()).text()).collect(Collectors.joining(", ")));
      h.rejectionReasons().forEach((k, v) -> o.figure("lead-handoff-rejections", "", "reason=" + k, "", "handoffs",
          Long.toString(v)));
    }
    if (!h.handoffsNotJudged().isEmpty()) {
      out.println("  not judged: " + h.handoffsNotJudged().entrySet().stream()
          .map(e -> e.getKey() + " " + Table.count(e.getValue()).text()).collect(Collectors.joining(", ")));
      h.handoffsNotJudged().forEach((k, v) -> o.figure("lead-handoffs-not-judged", "", "reason=" + k, "", "handoffs",
          Long.toString(v)));
    }
    out.println("  (counts of leads, not a causal estimate)");
  }

  private static void print(Output o, Table t) {
    if (t.isEmpty()) {
      o.text().println("  (none)");
    } else {
      o.print(t, "  ");
    }
    o.text().println();
  }
}
