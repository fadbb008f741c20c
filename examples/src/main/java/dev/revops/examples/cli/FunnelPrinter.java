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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;

/** Prints the funnel as tables, or as CSV, every figure from the library's results. */
final class FunnelPrinter {
  private FunnelPrinter() {}

  static void table(PrintWriter out, LifecycleDefinition lifecycle, LeadInput.Read read,
      Optional<ImportReport> handoffReport, FunnelResult r, Optional<LeadHandoffResult> handoffs, List<String> notes,
      boolean byPeriod) {
    out.printf(Locale.ROOT, "Funnel as of %s, %s, steps %s%n", r.provenance().asOf(), lifecycle,
        r.steps().stream().map(FunnelStep::id).collect(Collectors.joining(" > ")));
    read.reports().forEach((name, report) -> out.printf(Locale.ROOT, "  %s: %s: %,d rows, %,d accepted, %,d rejected%n",
        report.records(), report.source().orElse("input"), report.rowsRead(), report.rowsAccepted(),
        report.rowsRejected()));
    handoffReport.ifPresent(report -> out.printf(Locale.ROOT, "  handoffs: %s: %,d rows, %,d accepted, %,d rejected%n",
        report.source().orElse("input"), report.rowsRead(), report.rowsAccepted(), report.rowsRejected()));
    read.join().unmatched().forEach(e -> out.printf(Locale.ROOT, "  matched no lead: %s: %,d (e.g. %s)%n", e.reason(),
        e.count(), String.join(", ", e.examples())));
    out.printf(Locale.ROOT, "  leads counted: %,d; left out: %s%n", r.provenance().counted(),
        PipelineCommand.exclusions(r.provenance().excluded()));
    r.flagged().forEach(e -> out.printf(Locale.ROOT, "  flagged, counted as the data says: %s: %,d (e.g. %s)%n",
        e.reason(), e.count(), String.join(", ", e.examples())));
    notes.forEach(n -> out.println("  " + n));
    out.println();
    entries(out, r);
    r.cohort().ifPresent(c -> cohort(out, r, c, byPeriod));
    r.period().ifPresent(p -> period(out, r, p));
    r.timeToConvert().ifPresent(t -> timeToConvert(out, r, t.rows()));
    handoffs.ifPresent(h -> handoffs(out, h));
  }

  private static List<String> header(FunnelResult r, String... columns) {
    List<String> h = new ArrayList<>(r.groupBy());
    h.addAll(List.of(columns));
    return h;
  }

  private static List<String> cells(FunnelResult r, SortedMap<String, String> group, String... values) {
    List<String> row = new ArrayList<>();
    r.groupBy().forEach(k -> row.add(group.get(k)));
    row.addAll(List.of(values));
    return row;
  }

  private static void entries(PrintWriter out, FunnelResult r) {
    out.printf("Entries: leads that reached each step, each counted once (%s)%n", r.provenance().definition());
    Table t = new Table(header(r, "step", "entered"));
    for (StepEntries e : r.entries()) {
      t.row(cells(r, e.group(), e.step(), Table.count(e.entered())));
    }
    print(out, t);
  }

  private static void cohort(PrintWriter out, FunnelResult r, CohortConversionResult c, boolean byPeriod) {
    out.printf("Cohort conversion (%s%s): the leads that entered a step, followed forward; \"of all\" counts the "
        + "unresolved as not (yet) converted%n", c.provenance().definition(),
        c.window().map(w -> ", window " + w.toDays() + " days").orElse(", no window"));
    Table t = new Table(header(r, "from", "to", "entered", "converted", "not converted", "unresolved", "of resolved",
        "of all"));
    for (CohortConversionRow row : c.rows()) {
      if (row.cohort().isEmpty()) {
        t.row(cells(r, row.group(), concat(new String[] {row.from(), row.to()}, counts(row.count()))));
      }
    }
    print(out, t);
    if (byPeriod) {
      out.println("Cohort conversion per entry period");
      Table p = new Table(header(r, "from", "to", "cohort", "entered", "converted", "not converted", "unresolved",
          "of resolved", "of all"));
      for (CohortConversionRow row : c.rows()) {
        row.cohort().ifPresent(k -> p.row(cells(r, row.group(), concat(new String[] {row.from(), row.to(), k},
            counts(row.count())))));
      }
      print(out, p);
    }
  }

  private static String[] counts(ConversionCount n) {
    return new String[] {Table.count(n.entered()), Table.count(n.converted()), Table.count(n.notConverted()),
        Table.count(n.unresolved()), n.rateOfResolved().map(Table::percent).orElse("-"),
        n.rateOfAll().map(Table::percent).orElse("-")};
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static void period(PrintWriter out, FunnelResult r, PeriodConversionResult p) {
    out.printf(Locale.ROOT, "Period conversion (%s): conversions of a period over entries of the same period, to the "
        + "next step; it may exceed 100%% (%,d rows do; - for a period without entries)%n",
        p.provenance().definition(), p.rowsExceedingOne());
    Set<String> labels = new LinkedHashSet<>();
    p.rows().forEach(row -> row.period().ifPresent(labels::add));
    List<String> sorted = labels.stream().sorted().toList();
    List<String> h = header(r, "from", "to");
    h.addAll(sorted);
    h.add("all");
    Table t = new Table(h);
    Map<List<Object>, Map<String, PeriodConversionRow>> byPair = new LinkedHashMap<>();
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < r.steps().size(); i++) {
      index.put(r.steps().get(i).id(), i);
    }
    for (PeriodConversionRow row : p.rows()) {
      if (index.get(row.to()) == index.get(row.from()) + 1) {
        byPair.computeIfAbsent(List.of(row.group(), row.from(), row.to()), k -> new LinkedHashMap<>())
            .put(row.period().orElse("all"), row);
      }
    }
    byPair.forEach((key, rows) -> {
      @SuppressWarnings("unchecked")
      SortedMap<String, String> group = (SortedMap<String, String>) key.get(0);
      List<String> cells = cells(r, group, (String) key.get(1), (String) key.get(2));
      for (String label : sorted) {
        cells.add(Optional.ofNullable(rows.get(label)).map(FunnelPrinter::rate).orElse("-"));
      }
      cells.add(Optional.ofNullable(rows.get("all")).map(FunnelPrinter::rate).orElse("-"));
      t.row(cells);
    });
    print(out, t);
  }

  private static String rate(PeriodConversionRow row) {
    return row.rate().map(Table::percent).orElse("-");
  }

  private static void timeToConvert(PrintWriter out, FunnelResult r, List<TimeToConvertRow> rows) {
    out.println("Time to convert, in days (Kaplan-Meier: leads not converted yet are censored at their age; median "
        + "and percentiles of the converters)");
    List<Integer> horizons = rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).convertedWithin().keySet());
    List<String> h = header(r, "from", "to", "leads", "converted", "censored", "left out", "median", "p75", "p90");
    horizons.forEach(d -> h.add("within " + d + "d"));
    Table t = new Table(h);
    for (TimeToConvertRow row : rows) {
      List<String> cells = cells(r, row.group(), row.from(), row.to(), Table.count(row.leads()),
          Table.count(row.converted()), Table.count(row.censored()), Table.count(row.leftOut()), days(row.medianDays()),
          days(row.p75Days()), days(row.p90Days()));
      horizons.forEach(d -> cells.add(Table.percent(row.convertedWithin().get(d))));
      t.row(cells);
    }
    print(out, t);
  }

  private static String days(Optional<BigDecimal> d) {
    return d.map(BigDecimal::toPlainString).orElse("-");
  }

  private static void handoffs(PrintWriter out, LeadHandoffResult h) {
    out.printf(Locale.ROOT, "Handoff %s joined to conversion %s -> %s (%s, cohort rule): %,d leads; left out: %s%n",
        h.protocol(), h.fromStep(), h.toStep(), h.provenance().definition(), h.provenance().counted(),
        PipelineCommand.exclusions(h.provenance().excluded()));
    Table t = new Table(List.of("handoff", "leads", "converted", "not converted", "unresolved", "of resolved",
        "of all"));
    for (LeadHandoffRow row : h.byAdherence()) {
      t.row(rowCells(row));
    }
    for (LeadHandoffRow row : h.byStatus()) {
      t.row(rowCells(row));
    }
    print(out, t);
    if (!h.rejectionReasons().isEmpty()) {
      out.println("  rejections: " + h.rejectionReasons().entrySet().stream()
          .map(e -> e.getKey() + " " + Table.count(e.getValue())).collect(Collectors.joining(", ")));
    }
    if (!h.handoffsNotJudged().isEmpty()) {
      out.println("  not judged: " + h.handoffsNotJudged().entrySet().stream()
          .map(e -> e.getKey() + " " + Table.count(e.getValue())).collect(Collectors.joining(", ")));
    }
    out.println("  (counts of leads, not a causal estimate)");
  }

  private static List<String> rowCells(LeadHandoffRow row) {
    List<String> cells = new ArrayList<>(List.of(row.group().toLowerCase(Locale.ROOT).replace('_', ' ')));
    String[] c = counts(row.count());
    cells.addAll(List.of(c));
    return cells;
  }

  private static void print(PrintWriter out, Table t) {
    if (t.isEmpty()) {
      out.println("  (none)");
    } else {
      t.print(out, "  ");
    }
    out.println();
  }

  // ---- CSV: one figure per line

  static void csv(PrintWriter out, FunnelResult r, Optional<LeadHandoffResult> handoffs) {
    out.println("section,group,from,to,period,measure,value");
    for (StepEntries e : r.entries()) {
      line(out, "entries", e.group(), e.step(), "", "", "entered", Long.toString(e.entered()));
    }
    r.cohort().ifPresent(c -> c.rows().forEach(row -> count(out, "cohort", row.group(), row.from(), row.to(),
        row.cohort().orElse(""), row.count())));
    r.period().ifPresent(p -> p.rows().forEach(row -> {
      String period = row.period().orElse("");
      line(out, "period", row.group(), row.from(), row.to(), period, "entries", Long.toString(row.entries()));
      line(out, "period", row.group(), row.from(), row.to(), period, "conversions", Long.toString(row.conversions()));
      row.rate().ifPresent(x -> line(out, "period", row.group(), row.from(), row.to(), period, "rate",
          x.toPlainString()));
      line(out, "period", row.group(), row.from(), row.to(), period, "exceedsOne", Boolean.toString(row.exceedsOne()));
    }));
    r.timeToConvert().ifPresent(t -> t.rows().forEach(row -> {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("leads", Long.toString(row.leads()));
      m.put("converted", Long.toString(row.converted()));
      m.put("censored", Long.toString(row.censored()));
      m.put("leftOut", Long.toString(row.leftOut()));
      row.medianDays().ifPresent(x -> m.put("medianDays", x.toPlainString()));
      row.p75Days().ifPresent(x -> m.put("p75Days", x.toPlainString()));
      row.p90Days().ifPresent(x -> m.put("p90Days", x.toPlainString()));
      row.convertedWithin().forEach((d, x) -> m.put("convertedWithin" + d + "Days", x.toPlainString()));
      m.forEach((k, v) -> line(out, "timeToConvert", row.group(), row.from(), row.to(), "", k, v));
    }));
    r.flagged().forEach(e -> line(out, "flagged", Map.of(), "", "", "", e.reason(), Long.toString(e.count())));
    r.provenance().excluded().forEach(e -> line(out, "excluded", Map.of(), "", "", "", e.reason(),
        Long.toString(e.count())));
    handoffs.ifPresent(h -> {
      h.byAdherence().forEach(row -> count(out, "handoffAdherence", Map.of("handoff", row.group()), h.fromStep(),
          h.toStep(), "", row.count()));
      h.byStatus().forEach(row -> count(out, "handoffStatus", Map.of("handoff", row.group()), h.fromStep(),
          h.toStep(), "", row.count()));
    });
  }

  private static void count(PrintWriter out, String section, Map<String, String> group, String from, String to,
      String period, ConversionCount n) {
    line(out, section, group, from, to, period, "entered", Long.toString(n.entered()));
    line(out, section, group, from, to, period, "converted", Long.toString(n.converted()));
    line(out, section, group, from, to, period, "notConverted", Long.toString(n.notConverted()));
    line(out, section, group, from, to, period, "unresolved", Long.toString(n.unresolved()));
    n.rateOfResolved().ifPresent(x -> line(out, section, group, from, to, period, "rateOfResolved", x.toPlainString()));
    n.rateOfAll().ifPresent(x -> line(out, section, group, from, to, period, "rateOfAll", x.toPlainString()));
  }

  private static void line(PrintWriter out, String section, Map<String, String> group, String from, String to,
      String period, String measure, String value) {
    out.println(String.join(",", section, quote(PipelineCommand.group(group)), quote(from), quote(to), quote(period),
        quote(measure), quote(value)));
  }

  /** An RFC 4180 field: quoted when it holds a comma, a quote or a line break. */
  static String quote(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
        ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
