package dev.revops.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The sections of the weekly page, in meeting order: Monday, Wednesday, Friday, then handoffs and revenue. */
final class WeekSections {
  private WeekSections() {}

  static final String[] COLORS = {"#3366cc", "#dc3912", "#ff9900", "#109618", "#990099", "#0099c6", "#dd4477"};

  /** The steps of a waterfall: a step that adds (true) or takes away (false). */
  static final List<Map.Entry<String, Boolean>> STEPS = List.of(Map.entry("created", true),
      Map.entry("pulledIn", true), Map.entry("increased", true), Map.entry("decreased", false),
      Map.entry("pushedOut", false), Map.entry("lost", false), Map.entry("won", false), Map.entry("removed", false));

  static void all(WeekPage page) {
    waterfalls(page);
    forecast(page);
    movements(page);
    atRisk(page);
    accuracy(page);
    velocity(page);
    compliance(page);
    maturity(page);
    rollForward(page);
    funnel(page);
    recurring(page);
    projection(page);
    calls(page);
  }

  // ---- chart configurations

  static ObjectNode chart(String type, List<String> labels) {
    ObjectNode c = WeekPage.JSON.createObjectNode();
    c.put("type", type);
    ArrayNode l = c.putObject("data").putArray("labels");
    labels.forEach(l::add);
    c.with("data").putArray("datasets");
    return c;
  }

  /** A dataset whose values are read from the JSON at the given pointers. */
  static ObjectNode dataset(ObjectNode chart, String label, JsonNode root, List<String> paths, String color) {
    ObjectNode d = ((ArrayNode) chart.with("data").get("datasets")).addObject();
    d.put("label", label);
    ArrayNode data = d.putArray("data");
    ArrayNode p = d.putArray("revopsPaths");
    for (String path : paths) {
      data.add(WeekPage.number(root.at(path)));
      p.add(path);
    }
    d.put("backgroundColor", color);
    d.put("borderColor", color);
    return d;
  }

  static void horizontal(ObjectNode chart) {
    chart.with("options").put("indexAxis", "y");
  }

  static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.at(field).asText()));
    return out;
  }

  static List<String> paths(String base, int n, String field) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(base + "/" + i + field);
    }
    return out;
  }

  // ---- Monday

  static void waterfalls(WeekPage page) {
    JsonNode review = page.input("review");
    JsonNode waterfalls = review.at("/pipelineReview/waterfalls");
    page.section("waterfall", "Pipeline waterfall per close period (Monday)", "How each close period's open pipeline "
        + "moved between the two states: created, pulled in, grown, cut, pushed out, lost, won, removed.");
    for (int i = 0; i < waterfalls.size(); i++) {
      String base = "/pipelineReview/waterfalls/" + i + "/amount/";
      String label = waterfalls.get(i).at("/period/label").asText();
      List<String> labels = new ArrayList<>(List.of("start"));
      STEPS.forEach(s -> labels.add(s.getKey()));
      labels.add("end");
      ObjectNode c = chart("bar", labels);
      ObjectNode d = WeekSections.dataset(c, "amount", review, List.of(), COLORS[0]);
      ArrayNode data = (ArrayNode) d.get("data");
      ArrayNode p = (ArrayNode) d.get("revopsPaths");
      BigDecimal level = WeekPage.number(review.at(base + "start"));
      data.addArray().add(0).add(level);
      p.add(base + "start");
      for (Map.Entry<String, Boolean> s : STEPS) {
        BigDecimal v = WeekPage.number(review.at(base + s.getKey()));
        BigDecimal next = s.getValue() ? level.add(v) : level.subtract(v);
        data.addArray().add(level).add(next);
        p.add(base + s.getKey());
        level = next;
      }
      data.addArray().add(0).add(WeekPage.number(review.at(base + "end")));
      p.add(base + "end");
      page.chart("waterfall-" + i, "review", c, "Waterfall of " + label + " (floating bars: each step from where the "
          + "last one ended)");
      List<List<Object>> rows = new ArrayList<>();
      for (String step : labels) {
        rows.add(List.of(step, page.fig("review", base + step), page.fig("review", base + step + "Deals")));
      }
      page.table("waterfall-table-" + i, "review", List.of(label, "amount", "deals"), rows);
    }
    page.endSection("Definition: " + WeekPage.cites(review.at("/pipelineReview/provenance")));
  }

  static void forecast(WeekPage page) {
    JsonNode review = page.input("review");
    JsonNode rows = review.at("/forecastReconciliation/rows");
    List<Integer> ungrouped = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).path("group").isEmpty()) {
        ungrouped.add(i);
      }
    }
    page.section("forecast", "Forecast against target (Wednesday)", "Per close period, the latest state: the "
        + "P10-P90 range of the simulated outcome, the most likely forecast, commit and the target.");
    List<String> labels = new ArrayList<>();
    ungrouped.forEach(i -> labels.add(rows.get(i).at("/period/label").asText()));
    ObjectNode c = chart("bar", labels);
    String base = "/forecastReconciliation/rows/";
    ObjectNode band = dataset(c, "P10-P90", review, List.of(), "rgba(51,102,204,0.25)");
    ArrayNode data = (ArrayNode) band.get("data");
    ArrayNode paths = (ArrayNode) band.get("revopsPaths");
    for (int i : ungrouped) {
      data.addArray().add(WeekPage.number(review.at(base + i + "/latest/rangeP10")))
          .add(WeekPage.number(review.at(base + i + "/latest/rangeP90")));
      paths.addArray().add(base + i + "/latest/rangeP10").add(base + i + "/latest/rangeP90");
    }
    for (String[] line : new String[][] {{"most likely", "mostLikelyForecast"}, {"commit", "commitForecast"},
        {"target", "target"}}) {
      List<String> ps = new ArrayList<>();
      List<Integer> have = new ArrayList<>();
      ungrouped.forEach(i -> ps.add(base + i + "/latest/" + line[1]));
      ungrouped.forEach(i -> have.add(review.at(base + i + "/latest/" + line[1]).isMissingNode() ? 0 : 1));
      ObjectNode d = dataset(c, line[0], review, ps, COLORS[1 + List.of("most likely", "commit", "target")
          .indexOf(line[0])]);
      d.put("type", "line");
      for (int k = 0; k < have.size(); k++) {
        if (have.get(k) == 0) {
          ((ArrayNode) d.get("data")).set(k, WeekPage.JSON.nullNode());
        }
      }
    }
    page.chart("forecast-chart", "review", c, "Forecast vs target with the P10-P90 band");
    List<List<Object>> table = new ArrayList<>();
    for (int i : ungrouped) {
      String p = base + i + "/latest/";
      table.add(List.of(rows.get(i).at("/period/label").asText(), page.fig("review", p + "target"),
          page.fig("review", p + "rangeP10"), page.fig("review", p + "mostLikelyForecast"),
          page.fig("review", p + "rangeP90"), page.fig("review", p + "commitForecast"),
          page.fig("review", p + "closedWon")));
    }
    page.table("forecast-table", "review", List.of("period", "target", "P10", "most likely", "P90", "commit",
        "closed won"), table);
    page.endSection("Definition: " + WeekPage.cites(review.at("/forecastReconciliation/provenance")));
  }

  static void movements(WeekPage page) {
    JsonNode review = page.input("review");
    JsonNode moves = review.at("/pipelineReview/stageMovements");
    page.section("movements", "Stage movements and slips (Monday)", "Deals per stage change between the two states, "
        + "and the deals whose expected close date slipped most.");
    List<String> labels = new ArrayList<>();
    moves.forEach(m -> labels.add(m.path("from").asText() + " -> " + m.path("to").asText()));
    ObjectNode c = chart("bar", labels);
    horizontal(c);
    dataset(c, "deals", review, paths("/pipelineReview/stageMovements", moves.size(), "/deals"), COLORS[0]);
    page.chart("movements-chart", "review", c, "Deals per stage movement");
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < moves.size(); i++) {
      String b = "/pipelineReview/stageMovements/" + i;
      rows.add(List.of(labels.get(i), moves.get(i).path("kind").asText(), page.fig("review", b + "/deals"),
          page.fig("review", b + "/amounts/0")));
    }
    page.table("movements-table", "review", List.of("movement", "kind", "deals", "amount"), rows);
    JsonNode slips = review.at("/pipelineReview/slips");
    ObjectNode s = chart("bar", texts(slips, "/dealId"));
    horizontal(s);
    dataset(s, "days slipped", review, paths("/pipelineReview/slips", slips.size(), "/daysSlipped"), COLORS[2]);
    page.chart("slips-chart", "review", s, "Days slipped, most slipped deals");
    List<List<Object>> srows = new ArrayList<>();
    for (int i = 0; i < slips.size(); i++) {
      String b = "/pipelineReview/slips/" + i;
      srows.add(List.of(slips.get(i).path("dealId").asText(), page.fig("review", b + "/slips"),
          page.fig("review", b + "/daysSlipped"), slips.get(i).path("firstExpected").asText() + " -> "
              + slips.get(i).path("latestExpected").asText(), page.fig("review", b + "/amount")));
    }
    page.table("slips-table", "review", List.of("deal", "slips", "days", "expected close", "amount"), srows);
    page.endSection("Definition: " + WeekPage.cites(review.at("/pipelineReview/provenance")));
  }

  static void atRisk(WeekPage page) {
    JsonNode review = page.input("review");
    JsonNode counts = review.at("/pipelineReview/riskCounts");
    page.section("at-risk", "Deals at risk (Monday)", "Open deals flagged by a rule: stalled past the stage's aging "
        + "threshold, past due, amount cut, or a forecast override far from the model.");
    List<String> labels = new ArrayList<>();
    counts.fieldNames().forEachRemaining(labels::add);
    ObjectNode c = chart("bar", labels);
    List<String> ps = new ArrayList<>();
    labels.forEach(l -> ps.add("/pipelineReview/riskCounts/" + l));
    dataset(c, "deals", review, ps, COLORS[1]);
    page.chart("risk-chart", "review", c, "Deals per risk flag");
    JsonNode deals = review.at("/pipelineReview/atRisk");
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < deals.size(); i++) {
      JsonNode d = deals.get(i);
      List<String> flags = texts(d.path("flags"), "/reason");
      rows.add(List.of(d.path("dealId").asText(), d.path("owner").asText(), d.path("stageId").asText(),
          page.fig("review", "/pipelineReview/atRisk/" + i + "/amount"), String.join(", ", flags)));
    }
    page.table("risk-table", "review", List.of("deal", "owner", "stage", "amount", "flags"), rows);
    page.endSection("Definition: " + WeekPage.cites(review.at("/pipelineReview/provenance")));
  }

  // ---- Friday

  static void accuracy(WeekPage page) {
    JsonNode review = page.input("review");
    JsonNode acc = review.at("/executionReview/accuracy");
    page.section("accuracy", "Forecast accuracy over ended periods (Friday)", "Each ended period's forecast, as it "
        + "stood before the period, against what closed: absolute percentage error per measure.");
    List<String> labels = texts(acc, "/period/label");
    ObjectNode c = chart("bar", labels);
    JsonNode measures = acc.isEmpty() ? WeekPage.JSON.createArrayNode() : acc.get(0).path("measures");
    for (int m = 0; m < measures.size(); m++) {
      dataset(c, measures.get(m).path("measure").asText(), review, paths("/executionReview/accuracy", acc.size(),
          "/measures/" + m + "/absolutePercentageError"), COLORS[m % COLORS.length]);
    }
    page.chart("accuracy-chart", "review", c, "Absolute percentage error per measure and period");
    List<List<Object>> rows = new ArrayList<>();
    JsonNode summary = review.at("/executionReview/summary");
    for (int i = 0; i < summary.size(); i++) {
      String b = "/executionReview/summary/" + i;
      rows.add(List.of(summary.get(i).path("measure").asText(), page.fig("review", b + "/periods"),
          page.fig("review", b + "/actual"), page.fig("review", b + "/absoluteError"), page.fig("review", b + "/wmape"),
          page.fig("review", b + "/bias")));
    }
    page.table("accuracy-table", "review", List.of("measure", "periods", "actual", "absolute error", "WMAPE", "bias"),
        rows);
    page.endSection("Definition: " + WeekPage.cites(review.at("/executionReview/provenance")));
  }

  static void velocity(WeekPage page) {
    JsonNode v = page.input("velocity");
    JsonNode stages = v.at("/stageVelocity/stages");
    page.section("velocity", "Stage velocity", "Days deals spend in each stage (Kaplan-Meier over visits, open ones "
        + "censored): median and 90th percentile.");
    ObjectNode c = chart("bar", texts(stages, "/stageId"));
    dataset(c, "median days", v, paths("/stageVelocity/stages", stages.size(), "/survival/medianDays"), COLORS[0]);
    dataset(c, "p90 days", v, paths("/stageVelocity/stages", stages.size(), "/survival/p90Days"), COLORS[2]);
    page.chart("velocity-chart", "velocity", c, "Days in stage: median and p90");
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < stages.size(); i++) {
      String b = "/stageVelocity/stages/" + i;
      rows.add(List.of(stages.get(i).path("stageId").asText(), page.fig("velocity", b + "/entered"),
          page.fig("velocity", b + "/survival/medianDays"), page.fig("velocity", b + "/survival/p90Days"),
          page.fig("velocity", b + "/stillOpen")));
    }
    page.table("velocity-table", "velocity", List.of("stage", "entered", "median days", "p90 days", "still open"),
        rows);
    page.endSection("Definition: " + WeekPage.cites(v.at("/stageVelocity/provenance")));
  }

  // ---- handoffs and revenue

  static void compliance(WeekPage page) {
    JsonNode h = page.input("handoffs");
    JsonNode grid = h.path("complianceByProtocolAndPeriod");
    page.section("compliance", "Handoff compliance per protocol and month", "Failures of handoffs sent (incomplete "
        + "payload, SLA missed, or a rejection without its reason): the darker the cell, the larger the share that "
        + "failed. Then the protocols ranked by friction cost, the one to fix first on top.");
    List<String> months = new ArrayList<>();
    grid.forEach(p -> p.path("periods").forEach(r -> {
      if (!months.contains(r.path("group").asText())) {
        months.add(r.path("group").asText());
      }
    }));
    months.sort(null);
    List<String> protocols = new ArrayList<>();
    grid.fieldNames().forEachRemaining(protocols::add);
    ObjectNode c = WeekPage.JSON.createObjectNode();
    c.put("type", "scatter");
    ArrayNode ds = c.putObject("data").putArray("datasets");
    ObjectNode d = ds.addObject();
    d.put("label", "failures / sent");
    ArrayNode data = d.putArray("data");
    ArrayNode paths = d.putArray("revopsPaths");
    ArrayNode colors = d.putArray("backgroundColor");
    d.put("pointStyle", "rect");
    d.put("pointRadius", 11);
    List<List<Object>> rows = new ArrayList<>();
    for (String p : protocols) {
      JsonNode periods = grid.path(p).path("periods");
      for (int i = 0; i < periods.size(); i++) {
        JsonNode r = periods.get(i);
        String b = "/complianceByProtocolAndPeriod/" + p + "/periods/" + i;
        data.addObject().put("x", r.path("group").asText()).put("y", p).put("failures", r.path("failures").asLong())
            .put("sent", r.path("sent").asLong());
        paths.add(b + "/failures");
        double share = r.path("sent").asLong() == 0 ? 0 : (double) r.path("failures").asLong() / r.path("sent").asLong();
        colors.add(String.format(java.util.Locale.ROOT, "rgba(220,57,18,%.2f)", 0.1 + 0.9 * share));
        rows.add(List.of(p, r.path("group").asText(), page.fig("handoffs", b + "/sent"),
            page.fig("handoffs", b + "/failures"), page.fig("handoffs", b + "/payloadCompletionRate"),
            page.fig("handoffs", b + "/slaAttainment")));
      }
    }
    ObjectNode scales = c.putObject("options").putObject("scales");
    ArrayNode xl = scales.putObject("x").put("type", "category").putArray("labels");
    months.forEach(xl::add);
    ArrayNode yl = scales.putObject("y").put("type", "category").putArray("labels");
    protocols.forEach(yl::add);
    page.chart("heatmap-chart", "handoffs", c, "Heat map: protocol x month, shaded by failures / sent");
    page.table("heatmap-table", "handoffs", List.of("protocol", "month", "sent", "failures", "payload", "SLA met"),
        rows);
    friction(page, h);
    page.endSection("Definitions: heat map " + WeekPage.cites(grid.path(protocols.isEmpty() ? "" : protocols.get(0))
        .path("provenance")) + "; ranking " + WeekPage.cites(h.at("/compliance/provenance")));
  }

  static void friction(WeekPage page, JsonNode h) {
    JsonNode ranking = h.at("/compliance/ranking");
    ObjectNode c = chart("bar", texts(ranking, "/protocolId"));
    horizontal(c);
    dataset(c, "friction cost", h, paths("/compliance/ranking", ranking.size(), "/frictionCost"), COLORS[1]);
    page.chart("friction-chart", "handoffs", c, "Friction cost = failures x cost per failure");
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < ranking.size(); i++) {
      String b = "/compliance/ranking/" + i;
      rows.add(List.of(String.valueOf(i + 1), ranking.get(i).path("protocolId").asText(),
          page.fig("handoffs", b + "/sent"), page.fig("handoffs", b + "/failures"),
          page.fig("handoffs", b + "/failureRate"), page.fig("handoffs", b + "/frictionCost")));
    }
    page.table("friction-table", "handoffs", List.of("#", "protocol", "sent", "failures", "rate", "friction cost"),
        rows);
  }

  static void maturity(WeekPage page) {
    JsonNode h = page.input("handoffs");
    JsonNode protocols = h.at("/maturity/protocols");
    page.section("maturity", "Handoff maturity", "The highest stage (1 tribal, 2 documented, 3 systematic, "
        + "4 optimized) whose rules, and those of every stage below, hold; overall: "
        + h.at("/maturity/overall/stage").asText().toLowerCase(java.util.Locale.ROOT) + ".");
    ObjectNode c = chart("bar", texts(protocols, "/protocolId"));
    horizontal(c);
    ObjectNode d = dataset(c, "stage", h, List.of(), COLORS[3]);
    for (int i = 0; i < protocols.size(); i++) {
      ((ArrayNode) d.get("data")).add(stageNumber(protocols.get(i).path("stage").asText()));
      ((ArrayNode) d.get("revopsPaths")).add("/maturity/protocols/" + i + "/stage");
    }
    c.with("options").putObject("scales").putObject("x").put("min", 0).put("max", 4);
    page.chart("maturity-chart", "handoffs", c, "Stage per protocol (1-4)");
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < protocols.size(); i++) {
      JsonNode ev = protocols.get(i).path("evidence");
      for (int k = 0; k < ev.size(); k++) {
        String b = "/maturity/protocols/" + i + "/evidence/" + k;
        rows.add(List.of(protocols.get(i).path("protocolId").asText(), ev.get(k).path("stage").asText(),
            ev.get(k).path("rule").asText(), page.fig("handoffs", b + "/measured"),
            page.fig("handoffs", b + "/threshold"), ev.get(k).path("met").asBoolean() ? "met" : "not met",
            ev.get(k).path("detail").asText()));
      }
    }
    page.table("maturity-table", "handoffs", List.of("protocol", "stage", "rule", "measured", "threshold", "", "fact"),
        rows);
    page.endSection("Definition: " + WeekPage.cites(h.at("/maturity/provenance")));
  }

  static int stageNumber(String stage) {
    return List.of("TRIBAL", "DOCUMENTED", "SYSTEMATIC", "OPTIMIZED").indexOf(stage) + 1;
  }

  static void rollForward(WeekPage page) {
    JsonNode r = page.input("reconcile");
    JsonNode rows = r.at("/rollForward/rows");
    page.section("deferred", "Deferred revenue roll-forward", "Per period: opening deferred revenue, billings into it, "
        + "revenue recognized out of it, closing deferred revenue.");
    ObjectNode c = chart("bar", texts(rows, "/period/label"));
    dataset(c, "billings", r, paths("/rollForward/rows", rows.size(), "/billingsToDeferred"), COLORS[0]);
    dataset(c, "revenue", r, paths("/rollForward/rows", rows.size(), "/revenueFromDeferred"), COLORS[3]);
    dataset(c, "closing deferred", r, paths("/rollForward/rows", rows.size(), "/closingDeferred"), COLORS[4])
        .put("type", "line");
    page.chart("deferred-chart", "reconcile", c, "Deferred revenue: billings in, revenue out, closing balance");
    List<List<Object>> table = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String b = "/rollForward/rows/" + i;
      table.add(List.of(rows.get(i).at("/period/label").asText(), page.fig("reconcile", b + "/openingDeferred"),
          page.fig("reconcile", b + "/billingsToDeferred"), page.fig("reconcile", b + "/revenueFromDeferred"),
          page.fig("reconcile", b + "/closingDeferred")));
    }
    page.table("deferred-table", "reconcile", List.of("period", "opening", "billings", "revenue", "closing"), table);
    page.endSection("Definition: " + WeekPage.cites(r.at("/rollForward/provenance")));
  }


  // ---- the ends of the lifecycle and the plan

  /** The indexes of the rows whose amount at {@code field} is in {@code currency}: one currency per chart. */
  static List<Integer> rowsIn(JsonNode rows, String field, String currency) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).at(field).asText().startsWith(currency + " ")) {
        out.add(i);
      }
    }
    return out;
  }

  static List<String> at(String base, List<Integer> rows, String field) {
    return rows.stream().map(i -> base + "/" + i + field).toList();
  }

  /**
   * Table rows of a JSON list: for each index, its label (at {@code label}) and the figures at
   * {@code fields}, each a cell tied to its JSON Pointer.
   */
  static List<List<Object>> figRows(WeekPage page, String source, String base, List<Integer> indexes, String label,
      String... fields) {
    JsonNode list = page.input(source).at(base);
    List<List<Object>> rows = new ArrayList<>();
    for (int i : indexes) {
      List<Object> row = new ArrayList<>();
      row.add(list.get(i).at(label).asText());
      for (String f : fields) {
        row.add(page.fig(source, base + "/" + i + f));
      }
      rows.add(row);
    }
    return rows;
  }

  static List<Integer> all(JsonNode list) {
    return java.util.stream.IntStream.range(0, list.size()).boxed().toList();
  }

  static void funnel(WeekPage page) {
    JsonNode f = page.input("funnel");
    JsonNode entries = f.at("/funnel/entries");
    page.section("funnel", "Lead funnel", "Leads entering each lifecycle step (marketing's end of the pipeline).");
    ObjectNode c = chart("bar", texts(entries, "/step"));
    dataset(c, "entered", f, paths("/funnel/entries", entries.size(), "/entered"), COLORS[0]);
    page.chart("funnel-chart", "funnel", c, "Leads entering each step");
    page.table("funnel-table", "funnel", List.of("step", "entered"),
        figRows(page, "funnel", "/funnel/entries", all(entries), "/step", "/entered"));
    page.endSection("Definition: " + WeekPage.cites(f.at("/funnel/provenance")));
  }

  static void recurring(WeekPage page) {
    JsonNode r = page.input("retention");
    JsonNode totals = r.at("/movements/totals");
    List<Integer> usd = rowsIn(totals, "/opening", "USD");
    page.section("recurring", "Recurring revenue movements (USD)", "Monthly recurring revenue per month: what was "
        + "new, expanded, contracted and churned, and the closing MRR.");
    List<String> labels = usd.stream().map(i -> totals.get(i).at("/period/label").asText()).toList();
    ObjectNode c = chart("bar", labels);
    dataset(c, "new", r, at("/movements/totals", usd, "/newBusiness"), COLORS[3]);
    dataset(c, "expansion", r, at("/movements/totals", usd, "/expansion"), COLORS[0]);
    dataset(c, "contraction", r, at("/movements/totals", usd, "/contraction"), COLORS[2]);
    dataset(c, "churn", r, at("/movements/totals", usd, "/churn"), COLORS[1]);
    page.chart("recurring-chart", "retention", c, "MRR movements per month (USD)");
    page.table("recurring-table", "retention", List.of("month", "opening", "new", "expansion", "contraction",
        "churn", "closing"), figRows(page, "retention", "/movements/totals", usd, "/period/label", "/opening",
        "/newBusiness", "/expansion", "/contraction", "/churn", "/closing"));
    page.endSection("Definition: " + WeekPage.cites(r.at("/movements/provenance")));
  }

  static void projection(WeekPage page) {
    JsonNode p = page.input("project");
    JsonNode rowsJson = p.at("/projection/rows");
    List<Integer> usd = rowsIn(rowsJson, "/total/revenue", "USD");
    page.section("projection", "Projection: revenue, billings and cash (USD)", "Booked contracts plus the weighted "
        + "pipeline, per month from the as-of date.");
    List<String> labels = usd.stream().map(i -> rowsJson.get(i).at("/period/label").asText()).toList();
    ObjectNode c = chart("bar", labels);
    dataset(c, "revenue", p, at("/projection/rows", usd, "/total/revenue"), COLORS[3]);
    dataset(c, "billings", p, at("/projection/rows", usd, "/total/billings"), COLORS[0]);
    dataset(c, "cash", p, at("/projection/rows", usd, "/total/cash"), COLORS[4]).put("type", "line");
    page.chart("projection-chart", "project", c, "Projected revenue, billings and cash per month (USD)");
    page.table("projection-table", "project", List.of("month", "booked revenue", "pipeline revenue", "revenue",
        "billings", "cash", "gross margin"), figRows(page, "project", "/projection/rows", usd, "/period/label",
        "/booked/revenue", "/pipeline/revenue", "/total/revenue", "/total/billings", "/total/cash",
        "/total/grossMargin"));
    page.endSection("Definition: " + WeekPage.cites(p.at("/projection/provenance")));
  }

  static void calls(WeekPage page) {
    JsonNode k = page.input("calls");
    JsonNode callers = k.at("/accuracy/callers");
    page.section("calls", "Who calls best", "Each caller's Commit calls of the ended quarters against what their "
        + "team won: bias and weighted error.");
    ObjectNode c = chart("bar", texts(callers, "/name"));
    dataset(c, "called", k, paths("/accuracy/callers", callers.size(), "/called"), COLORS[0]);
    dataset(c, "won", k, paths("/accuracy/callers", callers.size(), "/actual"), COLORS[3]);
    page.chart("calls-chart", "calls", c, "Called and won per caller (USD)");
    page.table("calls-table", "calls", List.of("caller", "called", "won", "error", "bias", "WMAPE"),
        figRows(page, "calls", "/accuracy/callers", all(callers), "/name", "/called", "/actual", "/error", "/bias",
            "/wmape"));
    page.endSection("Definition: " + WeekPage.cites(k.at("/accuracy/provenance")));
  }
}
