package dev.revops.examples.cli;

import dev.revops.core.io.ImportReport;
import dev.revops.core.period.Period;
import dev.revops.forecast.recurring.CohortCell;
import dev.revops.forecast.recurring.CohortRow;
import dev.revops.forecast.recurring.MovementRow;
import dev.revops.forecast.recurring.RateRow;
import dev.revops.forecast.recurring.RenewalResult;
import dev.revops.forecast.recurring.RenewalRow;
import dev.revops.forecast.recurring.RetentionDefinition;
import dev.revops.forecast.recurring.RetentionResult;
import dev.revops.handoff.compliance.OutcomeComparison;
import dev.revops.handoff.compliance.OutcomeLinkResult;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The tables of {@code revops retention}: every figure comes from the report's results, which the JSON holds. */
final class RetentionPrinter {
  private static final int MAX_AGES = 12;

  private final PrintWriter out;
  private final RetentionReport r;

  RetentionPrinter(PrintWriter out, RetentionReport r) {
    this.out = out;
    this.r = r;
  }

  void print() {
    header();
    movements();
    rates();
    cohorts();
    renewals(r.renewals, "Renewals: contracts by the period of their last day, matched with the customer's next "
        + "contract starting within " + r.renewals.gapDays() + " days of the end", false);
    handoff();
  }

  private void header() {
    List<Period> ps = r.options.periods();
    out.printf(Locale.ROOT, "Retention as of %s (%s %s to %s, zone %s): %,d customers%n", r.options.scope().asOfDate(),
        ps.get(0).kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + "s", ps.get(0).label(),
        ps.get(ps.size() - 1).label(), r.options.scope().zone(), r.customers);
    r.imports.forEach((what, rep) -> imported(what, rep));
    r.oneTime.forEach(e -> out.printf(Locale.ROOT, "  not recurring, left out of MRR: %s: %,d (e.g. %s)%n", e.reason(),
        e.count(), String.join(", ", e.examples())));
    r.linesLeftOut.forEach(e -> out.printf(Locale.ROOT, "  left out: %s: %,d (e.g. %s)%n", e.reason(), e.count(),
        String.join(", ", e.examples())));
    r.movements.provenance().excluded().forEach(e -> out.printf(Locale.ROOT, "  customer-periods left out: %s: %,d "
        + "(e.g. %s)%n", e.reason(), e.count(), String.join(", ", e.examples())));
    r.notes.forEach(n -> out.println("  " + n));
    out.printf(Locale.ROOT, "  movements by %s; reporting currency: %s%n", r.options.rules().ref(),
        r.options.scope().reportingCurrency().map(c -> c.getCurrencyCode() + " at each period's last-day rate")
            .orElse("none, figures per currency"));
    out.println();
  }

  private void imported(String what, ImportReport rep) {
    out.printf(Locale.ROOT, "  %s: %,d read from %s, %,d accepted, %,d rejected%n", what, rep.rowsRead(),
        rep.source().orElse("input"), rep.rowsAccepted(), rep.rowsRejected());
    rep.rejections().forEach(g -> out.printf(Locale.ROOT, "    rejected: %s%s: %,d (e.g. %s)%n",
        g.column().map(c -> c + " ").orElse(""), g.reason(), g.rows(), g.examples().get(0)));
  }

  private void movements() {
    out.println("MRR movements (closing - opening = new + reactivation + expansion - contraction - churn, exactly)");
    boolean fx = r.options.scope().reportingCurrency().isPresent();
    List<String> head = new ArrayList<>(List.of("period", "currency", "opening", "new", "reactivation", "expansion",
        "contraction", "churn", "closing"));
    if (fx) {
      head.add("restated");
    }
    Table t = new Table(head);
    for (MovementRow m : r.movements.totals()) {
      List<String> row = new ArrayList<>(List.of(label(m.period(), m.complete()), m.currency().getCurrencyCode(),
          Table.amount(m.opening()), Table.amount(m.newBusiness()), Table.amount(m.reactivation()),
          Table.amount(m.expansion()), Table.amount(m.contraction()), Table.amount(m.churn()), Table.amount(m.closing())));
      if (fx) {
        row.add(m.restatement().map(Table::amount).orElse("-"));
      }
      t.row(row);
    }
    t.print(out, "  ");
    out.println();
    out.println("Customers by movement (each customer in exactly one per period; in and out: joined or came back, "
        + "and left, within it)");
    Table c = new Table(List.of("period", "currency", "at opening", "new", "reactivated", "expanded", "contracted",
        "churned", "unchanged", "in and out", "at closing"));
    for (MovementRow m : r.movements.totals()) {
      c.row(List.of(label(m.period(), m.complete()), m.currency().getCurrencyCode(), Table.count(m.customersAtOpen()),
          Table.count(m.newCustomers()), Table.count(m.reactivatedCustomers()), Table.count(m.expandedCustomers()),
          Table.count(m.contractedCustomers()), Table.count(m.churnedCustomers()), Table.count(m.unchangedCustomers()),
          Table.count(m.inAndOutCustomers()), Table.count(m.customersAtClose())));
    }
    c.print(out, "  ");
    out.println();
    if (!r.movements.groupBy().isEmpty()) {
      out.println("MRR movements by " + String.join(", ", r.movements.groupBy()));
      Table g = new Table(List.of("period", "currency", "group", "opening", "new", "reactivation", "expansion",
          "contraction", "churn", "closing"));
      for (MovementRow m : r.movements.rows()) {
        g.row(List.of(label(m.period(), m.complete()), m.currency().getCurrencyCode(), group(m.group()),
            Table.amount(m.opening()), Table.amount(m.newBusiness()), Table.amount(m.reactivation()),
            Table.amount(m.expansion()), Table.amount(m.contraction()), Table.amount(m.churn()),
            Table.amount(m.closing())));
      }
      g.print(out, "  ");
      out.println();
    }
  }

  private void rates() {
    out.println("Churn and retention, each definition side by side (totals; groups in the JSON and CSV)");
    List<RetentionDefinition> defs = r.rates.definitions();
    for (int i = 0; i < defs.size(); i++) {
      out.printf(Locale.ROOT, "  [%d] %s: %s%n", i + 1, defs.get(i).ref(), defs.get(i).name());
    }
    List<String> head = new ArrayList<>(List.of("period", "currency"));
    for (int i = 0; i < defs.size(); i++) {
      head.add("[" + (i + 1) + "]");
    }
    Table t = new Table(head);
    Map<String, String[]> cells = new TreeMap<>();
    Map<String, List<String>> keys = new TreeMap<>();
    for (RateRow row : r.rates.rows()) {
      if (!row.group().isEmpty()) {
        continue;
      }
      String key = row.period().start() + "|" + row.currency().getCurrencyCode();
      keys.putIfAbsent(key, List.of(label(row.period(), row.complete()), row.currency().getCurrencyCode()));
      String[] c = cells.computeIfAbsent(key, k -> new String[defs.size()]);
      for (int i = 0; i < defs.size(); i++) {
        if (defs.get(i).ref().equals(row.definition())) {
          c[i] = row.rate().map(Table::percent).orElse("-");
        }
      }
    }
    cells.forEach((k, c) -> {
      List<String> row = new ArrayList<>(keys.get(k));
      for (String s : c) {
        row.add(s == null ? "-" : s);
      }
      t.row(row);
    });
    t.print(out, "  ");
    out.println();
  }

  private void cohorts() {
    out.println("Cohorts by first paying period: customers still paying, and their MRR, as a share of the cohort "
        + "(ages 0 to " + (MAX_AGES - 1) + ")");
    for (String measure : List.of("logo", "revenue")) {
      out.println("  " + measure + " retention");
      Table t = new Table(cohortHead());
      for (CohortRow c : r.cohorts.rows()) {
        List<String> row = new ArrayList<>(List.of(c.cohort().label(), c.currency().getCurrencyCode(),
            Table.count(c.customers()), Table.amount(c.startingMrr())));
        for (int age = 0; age < MAX_AGES; age++) {
          CohortCell cell = age < c.cells().size() ? c.cells().get(age) : null;
          row.add(cell == null ? "" : Table.percent(measure.equals("logo") ? cell.logoRetention()
              : cell.revenueRetention()));
        }
        t.row(row);
      }
      t.print(out, "    ");
    }
    r.cohorts.excluded().forEach(e -> out.printf(Locale.ROOT, "  in no cohort: %s: %,d%n", e.reason(), e.count()));
    out.println();
  }

  private static List<String> cohortHead() {
    List<String> head = new ArrayList<>(List.of("cohort", "currency", "customers", "starting MRR"));
    for (int age = 0; age < MAX_AGES; age++) {
      head.add(String.valueOf(age));
    }
    return head;
  }

  private void renewals(RenewalResult rn, String title, boolean grouped) {
    out.println(title);
    List<String> head = new ArrayList<>(List.of("period"));
    if (grouped) {
      head.add("group");
    }
    head.addAll(List.of("currency", "up", "ARR up", "flat", "expanded", "contracted", "churned", "pending",
        "renewal rate", "gross ARR", "net ARR"));
    Table t = new Table(head);
    for (RenewalRow row : grouped ? rn.rows() : rn.totals()) {
      List<String> cells = new ArrayList<>(List.of(grouped ? row.period().start() + ".." + row.period().end()
          .minusDays(1) : row.period().label()));
      if (grouped) {
        cells.add(group(row.group()));
      }
      cells.addAll(List.of(row.currency().getCurrencyCode(), Table.count(row.upForRenewal()), Table.amount(row.arrUp()),
          Table.count(row.renewedFlat()), Table.count(row.expanded()), Table.count(row.contracted()),
          Table.count(row.churned()), Table.count(row.pending()), pct(row.renewalRate()),
          pct(row.grossArrRenewalRate()), pct(row.netArrRenewalRate())));
      t.row(cells);
    }
    t.print(out, "  ");
    rn.excluded().forEach(e -> out.printf(Locale.ROOT, "  left out: %s: %,d (e.g. %s)%n", e.reason(), e.count(),
        String.join(", ", e.examples())));
    out.println();
  }

  private void handoff() {
    if (r.handoffRates.isEmpty() && r.link.isEmpty()) {
      return;
    }
    Period year = r.handoffRates.map(x -> x.rows().get(0).period()).orElse(null);
    out.println("Retention by handoff to customer success (payload complete or not, of the customer's first deal)"
        + (year == null ? "" : ", over " + year.start() + " to " + year.end() + " as one period"));
    r.handoffRates.ifPresent(this::handoffRates);
    r.handoffRenewals.ifPresent(rn -> renewals(rn, "  renewals of contracts ending in that year, by handoff", true));
    r.link.ifPresent(this::link);
  }

  private void handoffRates(RetentionResult x) {
    List<RetentionDefinition> defs = x.definitions();
    List<String> head = new ArrayList<>(List.of("handoff", "currency"));
    defs.forEach(d -> head.add(d.name()));
    Table t = new Table(head);
    Map<String, String[]> cells = new TreeMap<>();
    for (RateRow row : x.rows()) {
      String key = row.currency().getCurrencyCode() + "|" + (row.group().isEmpty() ? "~all"
          : row.group().get(HandoffRetention.DIMENSION));
      String[] c = cells.computeIfAbsent(key, k -> new String[defs.size()]);
      for (int i = 0; i < defs.size(); i++) {
        if (defs.get(i).ref().equals(row.definition())) {
          c[i] = row.rate().map(Table::percent).orElse("-") + " (" + row.counted() + ")";
        }
      }
    }
    cells.forEach((k, c) -> {
      String[] parts = k.split("\\|");
      List<String> row = new ArrayList<>(List.of(parts[1].replace("~", ""), parts[0]));
      for (String s : c) {
        row.add(s == null ? "-" : s);
      }
      t.row(row);
    });
    t.print(out, "  ");
    out.println("  (in brackets: customers counted)");
    out.println();
  }

  private void link(OutcomeLinkResult l) {
    out.printf(Locale.ROOT, "  renewal outcome of each handed-over deal (%s): %,d complete, %,d incomplete; no "
        + "outcome yet: %,d and %,d%n", l.protocolId(), l.dealsComplete(), l.dealsIncomplete(), l.noOutcomeComplete(),
        l.noOutcomeIncomplete());
    Table t = new Table(List.of("outcome", "complete", "share", "incomplete", "share"));
    for (OutcomeComparison c : l.rows()) {
      t.row(List.of(c.outcome(), Table.count(c.complete()), pct(c.completeShare()), Table.count(c.incomplete()),
          pct(c.incompleteShare())));
    }
    t.print(out, "    ");
    out.println("  The sample is synthetic: accounts handed over incompletely were generated to churn more.");
    out.println();
  }

  private static String pct(Optional<BigDecimal> ratio) {
    return ratio.map(Table::percent).orElse("-");
  }

  private static String label(Period p, boolean complete) {
    return p.label() + (complete ? "" : "*");
  }

  static String group(Map<String, String> group) {
    List<String> parts = new ArrayList<>();
    group.forEach((k, v) -> parts.add(k + "=" + v));
    return String.join(" ", parts);
  }
}
