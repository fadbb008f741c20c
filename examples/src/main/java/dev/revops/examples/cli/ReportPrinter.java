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

  static void print(PrintWriter out, String title, ImportReport r) {
    out.printf(Locale.ROOT, "%s: %s (%s%s)%n", title, r.source().orElse("input"),
        r.format() == dev.revops.core.io.InputFormat.CSV ? "CSV" : "JSON Lines",
        r.mapping().map(m -> ", mapping " + m).orElse(""));
    row(out, "rows read", r.rowsRead());
    row(out, "accepted", r.rowsAccepted());
    row(out, "rejected", r.rowsRejected());
    row(out, "blank lines skipped", r.blankLinesSkipped());
    if (!r.records().equals("deals")) {
      row(out, r.records() + " accepted", r.recordsAccepted());
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
      for (RejectionGroup g : r.rejections()) {
        out.printf(Locale.ROOT, "  %,7d x %s %s%n", g.rows(), g.column().orElse("row"), g.reason());
        for (Rejection x : g.examples()) {
          out.printf(Locale.ROOT, "            row %,d%s: %s%n", x.row(),
              x.recordId().map(id -> " (" + id + ")").orElse(""), describe(x.problems(), g));
        }
        if (g.rows() > g.examples().size()) {
          out.printf(Locale.ROOT, "            ... and %,d more%n", g.rows() - g.examples().size());
        }
      }
    }
    out.println();
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

  private static void row(PrintWriter out, String name, long value) {
    out.printf(Locale.ROOT, "  %-22s %,12d%n", name, value);
  }
}
