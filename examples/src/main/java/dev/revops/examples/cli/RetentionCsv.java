package dev.revops.examples.cli;

import dev.revops.core.money.Money;
import dev.revops.forecast.recurring.CohortCell;
import dev.revops.forecast.recurring.CohortRow;
import dev.revops.forecast.recurring.MovementRow;
import dev.revops.forecast.recurring.RateRow;
import dev.revops.forecast.recurring.RenewalResult;
import dev.revops.forecast.recurring.RenewalRow;
import dev.revops.forecast.recurring.RetentionResult;
import dev.revops.handoff.compliance.OutcomeComparison;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code revops retention} as one long CSV (RFC 4180, quoted where needed): a row per figure, with
 * its section, period, currency, group, measure and value. Amounts are plain decimals in the row's
 * currency; rates are ratios ({@code 0.1000} is 10%).
 */
final class RetentionCsv {
  private final PrintWriter out;

  private RetentionCsv(PrintWriter out) {
    this.out = out;
  }

  static void write(PrintWriter out, RetentionReport r) {
    RetentionCsv csv = new RetentionCsv(out);
    out.print("section,period,currency,group,measure,value\r\n");
    List<MovementRow> movements = new ArrayList<>(r.movements.totals());
    movements.addAll(r.movements.groupBy().isEmpty() ? List.of() : r.movements.rows());
    movements.forEach(m -> csv.movement(m));
    csv.rates("retention", r.rates);
    for (CohortRow c : r.cohorts.rows()) {
      for (CohortCell cell : c.cells()) {
        String age = "age=" + cell.age();
        String cur = c.currency().getCurrencyCode();
        csv.row("cohort", c.cohort().label(), cur, age, "customers", String.valueOf(cell.customers()));
        csv.row("cohort", c.cohort().label(), cur, age, "mrr", plain(cell.mrr()));
        csv.row("cohort", c.cohort().label(), cur, age, "logoRetention", cell.logoRetention().toPlainString());
        csv.row("cohort", c.cohort().label(), cur, age, "revenueRetention", cell.revenueRetention().toPlainString());
      }
    }
    csv.renewals("renewal", r.renewals);
    r.handoffRates.ifPresent(x -> csv.rates("handoff-retention", x));
    r.handoffRenewals.ifPresent(x -> csv.renewals("handoff-renewal", x));
    r.link.ifPresent(l -> {
      for (OutcomeComparison c : l.rows()) {
        csv.row("handoff-link", "", "", "handoff=complete", c.outcome(), String.valueOf(c.complete()));
        csv.row("handoff-link", "", "", "handoff=incomplete", c.outcome(), String.valueOf(c.incomplete()));
        c.completeShare().ifPresent(s -> csv.row("handoff-link", "", "", "handoff=complete", c.outcome() + " share",
            s.toPlainString()));
        c.incompleteShare().ifPresent(s -> csv.row("handoff-link", "", "", "handoff=incomplete", c.outcome()
            + " share", s.toPlainString()));
      }
    });
  }

  private void movement(MovementRow m) {
    String p = m.period().label();
    String c = m.currency().getCurrencyCode();
    String g = RetentionPrinter.group(m.group());
    row("movement", p, c, g, "opening", plain(m.opening()));
    row("movement", p, c, g, "new", plain(m.newBusiness()));
    row("movement", p, c, g, "reactivation", plain(m.reactivation()));
    row("movement", p, c, g, "expansion", plain(m.expansion()));
    row("movement", p, c, g, "contraction", plain(m.contraction()));
    row("movement", p, c, g, "churn", plain(m.churn()));
    row("movement", p, c, g, "closing", plain(m.closing()));
    m.restatement().ifPresent(x -> row("movement", p, c, g, "restatement", plain(x)));
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    counts.put("customersAtOpen", m.customersAtOpen());
    counts.put("newCustomers", m.newCustomers());
    counts.put("reactivatedCustomers", m.reactivatedCustomers());
    counts.put("expandedCustomers", m.expandedCustomers());
    counts.put("contractedCustomers", m.contractedCustomers());
    counts.put("churnedCustomers", m.churnedCustomers());
    counts.put("unchangedCustomers", m.unchangedCustomers());
    counts.put("inAndOutCustomers", m.inAndOutCustomers());
    counts.put("customersAtClose", m.customersAtClose());
    counts.forEach((k, v) -> row("movement", p, c, g, k, String.valueOf(v)));
  }

  private void rates(String section, RetentionResult x) {
    for (RateRow r : x.rows()) {
      String p = r.period().label();
      String c = r.currency().getCurrencyCode();
      String g = RetentionPrinter.group(r.group());
      String d = r.definition().toString();
      r.rate().ifPresent(v -> row(section, p, c, g, d, v.toPlainString()));
      row(section, p, c, g, d + " numerator", r.numerator().toPlainString());
      row(section, p, c, g, d + " denominator", r.denominator().toPlainString());
    }
  }

  private void renewals(String section, RenewalResult rn) {
    List<RenewalRow> rows = new ArrayList<>(rn.totals());
    rows.addAll(rn.groupBy().isEmpty() ? List.of() : rn.rows());
    for (RenewalRow r : rows) {
      String p = r.period().label();
      String c = r.currency().getCurrencyCode();
      String g = RetentionPrinter.group(r.group());
      row(section, p, c, g, "upForRenewal", String.valueOf(r.upForRenewal()));
      row(section, p, c, g, "arrUp", plain(r.arrUp()));
      row(section, p, c, g, "renewedFlat", String.valueOf(r.renewedFlat()));
      row(section, p, c, g, "expanded", String.valueOf(r.expanded()));
      row(section, p, c, g, "contracted", String.valueOf(r.contracted()));
      row(section, p, c, g, "churned", String.valueOf(r.churned()));
      row(section, p, c, g, "pending", String.valueOf(r.pending()));
      row(section, p, c, g, "arrDecided", plain(r.arrDecided()));
      row(section, p, c, g, "arrRenewed", plain(r.arrRenewed()));
      rate(section, p, c, g, "renewalRate", r.renewalRate());
      rate(section, p, c, g, "grossArrRenewalRate", r.grossArrRenewalRate());
      rate(section, p, c, g, "netArrRenewalRate", r.netArrRenewalRate());
    }
  }

  private void rate(String section, String p, String c, String g, String measure, Optional<BigDecimal> v) {
    v.ifPresent(x -> row(section, p, c, g, measure, x.toPlainString()));
  }

  private static String plain(Money m) {
    return m.getAmount().toPlainString();
  }

  private void row(String... cells) {
    List<String> quoted = new ArrayList<>(cells.length);
    for (String c : cells) {
      quoted.add(c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")
          ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
    }
    out.print(String.join(",", quoted) + "\r\n");
  }
}
