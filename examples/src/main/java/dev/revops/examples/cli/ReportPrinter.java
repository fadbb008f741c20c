package dev.revops.examples.cli;

import dev.revops.core.io.ImportReport;
import dev.revops.core.io.Problem;
import dev.revops.core.io.Rejection;
import dev.revops.core.io.RejectionGroup;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints import reports as readable tables. */
final class ReportPrinter {
  private ReportPrinter() {}

  /**
   * Prints a report: as text, its counts and its rejections grouped by problem with example rows;
   * as CSV, the counts (measures {@code rowsRead}, {@code rowsAccepted}...), the rows per problem
   * (group {@code column=...;reason=...}, measure {@code rows}) and each example's raw value (section
   * {@code SECTION-example}, group with its {@code row=} and {@code record=}, measure {@code value}).
   *
   * @param section the CSV section: {@code deals}, {@code transitions}
   */
  static void print(Output o, String title, String section, ImportReport r) {
    PrintWriter out = o.text();
    out.printf(Locale.ROOT, "%s: %s (%s%s)%n", title, r.source().orElse("input"),
        r.format() == dev.revops.core.io.InputFormat.CSV ? "CSV" : "JSON Lines",
        r.mapping().map(m -> ", mapping " + m).orElse(""));
    r.notes().forEach(n -> out.printf("  %s%n", n));
    row(o, section, "rows read", "rowsRead", r.rowsRead());
    row(o, section, "accepted", "rowsAccepted", r.rowsAccepted());
    row(o, section, "rejected", "rowsRejected", r.rowsRejected());
    row(o, section, "blank lines skipped", "blankLinesSkipped", r.blankLinesSkipped());
    if (!r.records().equals("deals")) {
      row(o, section, r.records() + " accepted", "recordsAccepted", r.recordsAccepted());
    }
    if (!r.fieldsWithoutColumn().isEmpty()) {
      out.printf("  fields the file has no column for: %s%n", String.join(", ", r.fieldsWithoutColumn()));
    }
    if (!r.unusedColumns().isEmpty()) {
      out.printf("  columns not read: %s%n", String.join(", ", r.unusedColumns()));
    }
    if (r.rejections().isEmpty()) {
      out.println("  no rejections");
    } else {
      out.println("  rejections by problem (a row with several problems counts under each):");
      Limits.first(r.rejections(), Limits.PROBLEMS, g -> problem(o, section, g),
          n -> out.printf(Locale.ROOT, "  ... and %,d more problems (--format json lists what the report kept)%n", n));
    }
    out.println();
  }

  private static void problem(Output o, String section, RejectionGroup g) {
    PrintWriter out = o.text();
    String group = "column=" + g.column().orElse("") + ";reason=" + g.reason();
    out.printf(Locale.ROOT, "  %,7d x %s %s%n", g.rows(), g.column().orElse("row"), g.reason());
    o.figure(section, "", group, "", "rows", Long.toString(g.rows()));
    for (Rejection x : g.examples()) {
      out.printf(Locale.ROOT, "            row %,d%s: %s%n", x.row(),
          x.recordId().map(id -> " (" + id + ")").orElse(""), describe(x.problems(), g));
      x.problems().stream().filter(p -> p.column().equals(g.column()) && p.reason().equals(g.reason()))
          .findFirst().flatMap(Problem::value).ifPresent(v -> o.figure(section + "-example", "", group + ";row="
              + x.row() + x.recordId().map(id -> ";record=" + id).orElse(""), "", "value", v));
    }
    if (g.rows() > g.examples().size()) {
      out.printf(Locale.ROOT, "            ... and %,d more%n", g.rows() - g.examples().size());
    }
  }

  /** The example's problem of this group first, then its other problems. */
  private static String describe(List<Problem> problems, RejectionGroup g) {
    StringBuilder b = new StringBuilder();
    problems.stream().filter(p -> p.column().equals(g.column()) && p.reason().equals(g.reason()))
        .findFirst().ifPresent(p -> b.append(text(p)));
    for (Problem p : problems) {
      if (!(p.column().equals(g.column()) && p.reason().equals(g.reason()))) {
        b.append(b.length() == 0 ? "" : "; also ").append(text(p));
      }
    }
    return b.toString();
  }

  private static String text(Problem p) {
    return p.value().map(v -> "'" + v + "'").orElse("(no value)") + p.detail().map(d -> " [" + d + "]").orElse("");
  }

  private static void row(Output o, String section, String name, String measure, long value) {
    o.text().printf(Locale.ROOT, "  %-22s %,12d%n", name, value);
    o.figure(section, "", "", "", measure, Long.toString(value));
  }
}
