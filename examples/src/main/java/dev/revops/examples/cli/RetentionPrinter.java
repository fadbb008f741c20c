package dev.revops.examples.cli;

import dev.revops.core.io.ImportReport;
import dev.revops.core.metric.Exclusion;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The tables of {@code revops retention} on the shared output layer: text tables, or one CSV record
 * per figure. Every figure comes from the report's library results, which the JSON holds.
 */
final class RetentionPrinter {
  /** Cohort ages the text table shows; later ages are in the CSV and the JSON. */
  private static final int MAX_AGES = 12;

  private final Output o;
  private final PrintWriter out;
  private final RetentionReport r;

  RetentionPrinter(Output o, RetentionReport r) {
    this.o = o;
    this.out = o.text();
    this.r = r;
  }

  void print() {
    header();
    movements();
    customers();
    groupedMovements();
    rates(r.rates, "retention", "Churn and retention, each definition side by side");
    cohorts();
    renewals(r.renewals, "renewals", "Renewals: contracts by the period of their last day, matched with the "
        + "customer's next contract starting within " + r.renewals.gapDays() + " days of the end");
    handoff();
  }

  private void header() {
    List<Period> ps = r.options.periods();
    out.printf(Locale.ROOT, "Retention as of %s (%s %s to %s, zone %s): %,d customers%n", r.options.scope().asOfDate(),
        ps.get(0).kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + "s", ps.get(0).label(),
        ps.get(ps.size() - 1).label(), r.options.scope().zone(), r.customers);
    r.imports.forEach(this::imported);
    r.oneTime.forEach(e -> exclusion("not recurring, left out of MRR", e));
    r.linesLeftOut.forEach(e -> exclusion("left out", e));
    r.movements.provenance().excluded().forEach(e -> exclusion("customer-periods left out", e));
    r.notes.forEach(n -> out.println("  " + n));
    out.printf(Locale.ROOT, "  movements by %s; reporting currency: %s%n", r.options.rules().ref(),
        r.options.scope().reportingCurrency().map(c -> c.getCurrencyCode() + " at each period's last-day rate")
            .orElse("none, figures per currency"));
    out.println();
  }

  private void exclusion(String what, Exclusion e) {
    out.printf(Locale.ROOT, "  %s: %s: %,d%s%n", what, e.reason(), e.count(),
        e.examples().isEmpty() ? "" : " (e.g. " + String.join(", ", e.examples()) + ")");
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
    List<Table.Column> cols = new ArrayList<>(List.of(Table.period("period"), Table.currency()));
    cols.addAll(amountColumns());
    if (fx) {
      cols.add(Table.figure("restated", "restatement"));
    }
    Table t = new Table("mrr-movements", cols);
    for (MovementRow m : r.movements.totals()) {
      List<Object> row = new ArrayList<>(List.of(period(m.period(), m.complete()), m.currency().getCurrencyCode()));
      row.addAll(amounts(m));
      if (fx) {
        row.add(Cell.of(m.restatement(), Table::amount));
      }
      t.row(row);
    }
    o.print(t, "  ");
    out.println();
  }

  private static List<Table.Column> amountColumns() {
    return List.of(Table.figure("opening", "opening"), Table.figure("new", "newBusiness"),
        Table.figure("reactivation", "reactivation"), Table.figure("expansion", "expansion"),
        Table.figure("contraction", "contraction"), Table.figure("churn", "churn"), Table.figure("closing", "closing"));
  }

  private static List<Cell> amounts(MovementRow m) {
    return List.of(Table.amount(m.opening()), Table.amount(m.newBusiness()), Table.amount(m.reactivation()),
        Table.amount(m.expansion()), Table.amount(m.contraction()), Table.amount(m.churn()), Table.amount(m.closing()));
  }

  private void customers() {
    out.println("Customers by movement (each customer in exactly one per period; in and out: joined or came back, "
        + "and left, within it)");
    Table c = new Table("customers-by-movement", Table.period("period"), Table.currency(),
        Table.figure("at opening", "customersAtOpen"), Table.figure("new", "newCustomers"),
        Table.figure("reactivated", "reactivatedCustomers"), Table.figure("expanded", "expandedCustomers"),
        Table.figure("contracted", "contractedCustomers"), Table.figure("churned", "churnedCustomers"),
        Table.figure("unchanged", "unchangedCustomers"), Table.figure("in and out", "inAndOutCustomers"),
        Table.figure("at closing", "customersAtClose"));
    for (MovementRow m : r.movements.totals()) {
      c.row(period(m.period(), m.complete()), m.currency().getCurrencyCode(), Table.count(m.customersAtOpen()),
          Table.count(m.newCustomers()), Table.count(m.reactivatedCustomers()), Table.count(m.expandedCustomers()),
          Table.count(m.contractedCustomers()), Table.count(m.churnedCustomers()), Table.count(m.unchangedCustomers()),
          Table.count(m.inAndOutCustomers()), Table.count(m.customersAtClose()));
    }
    o.print(c, "  ");
    out.println();
  }

  private void groupedMovements() {
    if (r.movements.groupBy().isEmpty()) {
      return;
    }
    out.println("MRR movements by " + String.join(", ", r.movements.groupBy()));
    List<Table.Column> cols = new ArrayList<>(List.of(Table.period("period"), Table.currency(), Table.group("group")));
    cols.addAll(amountColumns());
    Table g = new Table("mrr-movements-by-group", cols);
    for (MovementRow m : r.movements.rows()) {
      List<Object> row = new ArrayList<>(List.of(period(m.period(), m.complete()), m.currency().getCurrencyCode(),
          group(m.group())));
      row.addAll(amounts(m));
      g.row(row);
    }
    o.print(g, "  ");
    out.println();
  }

  /** One column per definition, a row per period, currency and group; in brackets the customers counted. */
  private void rates(RetentionResult x, String section, String title) {
    out.println(title + (x.groupBy().isEmpty() ? "" : " (totals, then by " + String.join(", ", x.groupBy()) + ")"));
    List<RetentionDefinition> defs = x.definitions();
    for (int i = 0; i < defs.size(); i++) {
      out.printf(Locale.ROOT, "  [%d] %s: %s%n", i + 1, defs.get(i).ref(), defs.get(i).name());
    }
    List<Table.Column> cols = new ArrayList<>(List.of(Table.period("period"), Table.currency(), Table.group("group")));
    boolean grouped = !x.groupBy().isEmpty();
    for (int i = 0; i < defs.size(); i++) {
      cols.add(Table.figure("[" + (i + 1) + "]", defs.get(i).ref().toString()));
      cols.add(Table.hidden(defs.get(i).ref() + " counted"));
    }
    Map<String, Cell[]> cells = new TreeMap<>();
    for (RateRow row : x.rows()) {
      String key = row.period().start() + "|" + row.currency().getCurrencyCode() + "|"
          + (row.group().isEmpty() ? "" : "~" + group(row.group()).value());
      Cell[] c = cells.computeIfAbsent(key, k -> keyCells(row, defs.size()));
      int d = defs.indexOf(defs.stream().filter(def -> def.ref().equals(row.definition())).findFirst().orElseThrow());
      c[3 + 2 * d] = Cell.of(row.rate(), Table::percent).append(" (" + row.counted() + ")");
      c[4 + 2 * d] = Table.count(row.counted());
    }
    Table t = new Table(section, withoutGroup(cols, grouped));
    cells.values().forEach(c -> t.row(withoutGroup(List.of((Object[]) c), grouped)));
    o.print(t, "  ");
    out.println("  (in brackets: the customers each rate counts; rates without customers at the opening: -)");
    out.println();
  }

  private static Cell[] keyCells(RateRow row, int definitions) {
    Cell[] c = new Cell[3 + 2 * definitions];
    c[0] = period(row.period(), row.complete());
    c[1] = Cell.text(row.currency().getCurrencyCode());
    c[2] = row.group().isEmpty() ? Cell.text("") : group(row.group());
    for (int i = 3; i < c.length; i++) {
      c[i] = Cell.NONE;
    }
    return c;
  }

  private void cohorts() {
    out.println("Cohorts by first paying period: customers still paying, and their MRR, as a share of the cohort "
        + "(ages 0 to " + (MAX_AGES - 1) + " shown; every age in the CSV and JSON)");
    int ages = r.cohorts.rows().stream().mapToInt(c -> c.cells().size()).max().orElse(0);
    cohortTable("cohort-logo-retention", "logo retention", ages, CohortCell::logoRetention);
    cohortTable("cohort-revenue-retention", "revenue retention", ages, CohortCell::revenueRetention);
    r.cohorts.provenance().excluded().forEach(e -> exclusion("in no cohort", e));
    out.println();
  }

  private void cohortTable(String section, String title, int ages, Function<CohortCell, java.math.BigDecimal> share) {
    out.println("  " + title);
    List<Table.Column> cols = new ArrayList<>(List.of(Table.period("cohort"), Table.currency(), Table.group("group"),
        Table.figure("customers", "customers"), Table.figure("starting MRR", "startingMrr")));
    for (int age = 0; age < ages; age++) {
      cols.add(age < MAX_AGES ? Table.figure(String.valueOf(age), "age " + age) : Table.hidden("age " + age));
    }
    boolean grouped = !r.cohorts.groupBy().isEmpty();
    Table t = new Table(section, withoutGroup(cols, grouped));
    for (CohortRow c : r.cohorts.rows()) {
      List<Object> row = new ArrayList<>(List.of(c.cohort().label(), c.currency().getCurrencyCode(),
          c.group().isEmpty() ? Cell.text("") : group(c.group()), Table.count(c.customers()),
          Table.amount(c.startingMrr())));
      for (int age = 0; age < ages; age++) {
        row.add(age < c.cells().size() ? Table.percent(share.apply(c.cells().get(age))) : Cell.note(""));
      }
      t.row(withoutGroup(row, grouped));
    }
    o.print(t, "    ");
  }

  private void renewals(RenewalResult rn, String section, String title) {
    out.println(title);
    boolean grouped = !rn.groupBy().isEmpty();
    List<Table.Column> cols = new ArrayList<>(List.of(Table.period("period"), Table.currency(), Table.group("group")));
    cols.addAll(List.of(Table.figure("up", "upForRenewal"), Table.figure("ARR up", "arrUp"),
        Table.figure("flat", "renewedFlat"), Table.figure("expanded", "expanded"),
        Table.figure("contracted", "contracted"), Table.figure("churned", "churned"), Table.figure("pending", "pending"),
        Table.figure("renewal rate", "renewalRate"), Table.figure("gross ARR", "grossArrRenewalRate"),
        Table.figure("net ARR", "netArrRenewalRate")));
    Table t = new Table(section, withoutGroup(cols, grouped));
    List<RenewalRow> rows = new ArrayList<>(rn.totals());
    if (grouped) {
      rows.addAll(rn.rows());
    }
    for (RenewalRow row : rows) {
      t.row(withoutGroup(List.of(row.period().label(), row.currency().getCurrencyCode(), row.group().isEmpty()
          ? Cell.text("") : group(row.group()), Table.count(row.upForRenewal()), Table.amount(row.arrUp()),
          Table.count(row.renewedFlat()), Table.count(row.expanded()), Table.count(row.contracted()),
          Table.count(row.churned()), Table.count(row.pending()), Cell.of(row.renewalRate(), Table::percent),
          Cell.of(row.grossArrRenewalRate(), Table::percent), Cell.of(row.netArrRenewalRate(), Table::percent)),
          grouped));
    }
    o.print(t, "  ");
    rn.provenance().excluded().forEach(e -> exclusion("left out", e));
    out.println();
  }

  private void handoff() {
    if (r.handoffRates.isEmpty() && r.link.isEmpty()) {
      return;
    }
    String year = r.handoffRates.map(x -> x.rows().isEmpty() ? "" : ", over " + x.rows().get(0).period().start()
        + " to " + x.rows().get(0).period().end() + " as one period").orElse("");
    out.println("Retention by handoff to customer success (payload complete or not, of the customer's first deal)"
        + year);
    r.handoffRates.ifPresent(x -> rates(x, "handoff-retention", "  retention by handoff"));
    r.handoffRenewals.ifPresent(rn -> renewals(rn, "handoff-renewals",
        "  renewals of contracts ending in that year, by handoff"));
    r.link.ifPresent(this::link);
  }

  private void link(OutcomeLinkResult l) {
    out.printf(Locale.ROOT, "  renewal outcome of each handed-over deal (%s): %,d complete, %,d incomplete; no "
        + "outcome yet: %,d and %,d%n", l.protocolId(), l.dealsComplete(), l.dealsIncomplete(), l.noOutcomeComplete(),
        l.noOutcomeIncomplete());
    Table t = new Table("handoff-outcome-link", Table.key("outcome"), Table.figure("complete", "complete"),
        Table.figure("share", "completeShare"), Table.figure("incomplete", "incomplete"),
        Table.figure("share", "incompleteShare")).within("protocol=" + l.protocolId());
    for (OutcomeComparison c : l.rows()) {
      t.row(c.outcome(), Table.count(c.complete()), Cell.of(c.completeShare(), Table::percent),
          Table.count(c.incomplete()), Cell.of(c.incompleteShare(), Table::percent));
    }
    o.print(t, "    ");
    if (r.sample) {
      out.println("  The sample is synthetic: accounts handed over incompletely were generated to churn more.");
    }
    out.println();
  }

  /** Columns or cells without the third, the group, when the result is not grouped. */
  private static <T> List<T> withoutGroup(List<T> all, boolean grouped) {
    if (grouped) {
      return all;
    }
    List<T> out = new ArrayList<>(all);
    out.remove(2);
    return out;
  }

  /** A period's label, starred when the as-of falls inside it; the CSV's period is the label. */
  private static Cell period(Period p, boolean complete) {
    return new Cell(p.label() + (complete ? "" : "*"), p.label(), null);
  }

  /** A group shown {@code segment=Enterprise product=Gold}, in the CSV {@code segment=Enterprise;product=Gold}. */
  static Cell group(Map<String, String> group) {
    List<String> parts = new ArrayList<>();
    group.forEach((k, v) -> parts.add(k + "=" + v));
    return new Cell(String.join(" ", parts), String.join(";", parts), null);
  }
}
