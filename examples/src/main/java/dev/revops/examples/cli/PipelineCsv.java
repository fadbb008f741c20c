package dev.revops.examples.cli;

import dev.revops.core.money.Money;
import dev.revops.forecast.pipeline.PeriodRange;
import dev.revops.forecast.pipeline.PipelineFigures;
import dev.revops.forecast.pipeline.RangeForecastResult;
import dev.revops.forecast.pipeline.RollupResult;
import dev.revops.forecast.pipeline.RollupRow;
import dev.revops.forecast.pipeline.TargetAttainment;
import dev.revops.forecast.pipeline.WeightedPipelineResult;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the pipeline results as one long CSV, easy to load anywhere: a row per figure, with the
 * section it belongs to, its period, group, currency, measure and value.
 */
final class PipelineCsv {
  private PipelineCsv() {}

  static void write(PrintWriter out, WeightedPipelineResult w, RollupResult r, List<TargetAttainment> targets,
      RangeForecastResult g) {
    out.println("section,period,group,currency,measure,value");
    for (PipelineFigures f : w.totals()) {
      figures(out, "weighted-pipeline", "", f);
    }
    for (PipelineFigures f : w.groups()) {
      Map<String, String> group = new java.util.TreeMap<>(f.group());
      String period = group.remove("closePeriod");
      figures(out, "weighted-pipeline", period == null ? "" : period, f, group);
    }
    List<RollupRow> rows = new ArrayList<>(r.totals());
    rows.addAll(r.rows());
    for (RollupRow x : rows) {
      String p = x.period().label();
      String gr = PipelineCommand.group(x.group());
      money(out, "rollup", p, gr, "closed", x.closed());
      money(out, "rollup", p, gr, "commit", x.commit());
      money(out, "rollup", p, gr, "mostLikely", x.mostLikely());
      money(out, "rollup", p, gr, "bestCase", x.bestCase());
      money(out, "rollup", p, gr, "pipeline", x.pipeline());
      money(out, "rollup", p, gr, "commitForecast", x.commitForecast());
      money(out, "rollup", p, gr, "mostLikelyForecast", x.mostLikelyForecast());
      money(out, "rollup", p, gr, "bestCaseForecast", x.bestCaseForecast());
      money(out, "rollup", p, gr, "openPipeline", x.openPipeline());
    }
    for (TargetAttainment a : targets) {
      String p = a.target().period();
      String gr = PipelineCommand.group(a.target().group());
      money(out, "target", p, gr, "target", a.target().amount());
      money(out, "target", p, gr, "closedWon", a.closedWon());
      money(out, "target", p, gr, "gap", a.gap());
      money(out, "target", p, gr, "openPipeline", a.openPipeline());
      a.weightedPipeline().ifPresent(m -> money(out, "target", p, gr, "weightedPipeline", m));
      String cur = a.target().amount().getCurrencyCode();
      a.coverage().ifPresent(c -> number(out, "target", p, gr, cur, "coverage", c));
      a.neededWinRate().ifPresent(c -> number(out, "target", p, gr, cur, "neededWinRate", c));
    }
    for (PeriodRange x : g.periods()) {
      String p = x.period().label();
      money(out, "range", p, "", "closedWon", x.closedWon());
      money(out, "range", p, "", "expected", x.expected());
      money(out, "range", p, "", "standardDeviation", x.standardDeviation());
      money(out, "range", p, "", "p10", x.p10());
      money(out, "range", p, "", "p50", x.p50());
      money(out, "range", p, "", "p90", x.p90());
      out.printf("range,%s,,%s,method,%s%n", p, x.expected().getCurrencyCode(), x.method());
    }
  }

  private static void figures(PrintWriter out, String section, String period, PipelineFigures f) {
    figures(out, section, period, f, f.group());
  }

  private static void figures(PrintWriter out, String section, String period, PipelineFigures f,
      Map<String, String> group) {
    String gr = PipelineCommand.group(group);
    out.printf("%s,%s,%s,%s,deals,%d%n", section, period, quote(gr), f.openAmount().getCurrencyCode(), f.deals());
    money(out, section, period, gr, "openAmount", f.openAmount());
    money(out, section, period, gr, "weighted", f.weighted());
    money(out, section, period, gr, "weightedCostToClose", f.weightedCostToClose());
    money(out, section, period, gr, "weightedProjectedMargin", f.weightedProjectedMargin());
  }

  private static void money(PrintWriter out, String section, String period, String group, String measure, Money m) {
    out.printf("%s,%s,%s,%s,%s,%s%n", section, period, quote(group), m.getCurrencyCode(), measure,
        m.getAmount().toPlainString());
  }

  private static void number(PrintWriter out, String section, String period, String group, String currency,
      String measure, BigDecimal n) {
    out.printf("%s,%s,%s,%s,%s,%s%n", section, period, quote(group), currency, measure, n.toPlainString());
  }

  private static String quote(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
