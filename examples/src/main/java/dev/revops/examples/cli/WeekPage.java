package dev.revops.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The weekly page: sections of charts, each with the table of its numbers and a footnote naming
 * the definitions (and versions) it was computed under. Charts are drawn in the browser by the
 * inlined chart library from configurations written here; every number a chart draws is read from
 * the commands' JSON at a JSON Pointer the chart carries ({@code revopsPaths}), and every table
 * cell names its pointer ({@code data-json}) and raw value ({@code data-value}), so a test can
 * check the page against the JSON.
 */
final class WeekPage {
  /** The chart library inlined into the page: Chart.js, from its npm package as published on Maven Central. */
  static final String CHART_JS = "/META-INF/resources/webjars/chart.js/4.5.1/dist/chart.umd.min.js";

  static final ObjectMapper JSON = new ObjectMapper();

  private final String title;
  private final Map<String, JsonNode> in;
  private final List<String> sources;
  private final String version;
  private final StringBuilder body = new StringBuilder();
  private final ArrayNode charts = JSON.createArrayNode();

  WeekPage(String title, Map<String, JsonNode> in, List<String> sources, String version) {
    this.title = title;
    this.in = in;
    this.sources = sources;
    this.version = version;
  }

  /** The page. */
  String html() {
    WeekSections.all(this);
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; "
            + "style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>").append(STYLE).append("</style></head><body>\n")
        .append("<h1>").append(esc(title)).append("</h1>\n<p class=\"sources\">Drawn by ").append(esc(version))
        .append(" from: ").append(esc(String.join("; ", sources))).append(". Every figure is one of the JSON output's; "
            + "hover a chart for its values, each table lists them, each footnote names the definition and version."
            + "</p>\n")
        .append(body)
        .append("<script id=\"revops-charts\" type=\"application/json\">").append(scriptSafe(charts.toString()))
        .append("</script>\n<script>").append(chartLibrary()).append("</script>\n<script>").append(DRAW)
        .append("</script>\n</body></html>\n");
    return h.toString();
  }

  /** A command's JSON. */
  JsonNode input(String command) {
    return in.get(command);
  }

  /** Opens a section. */
  void section(String id, String heading, String lede) {
    body.append("<section id=\"").append(esc(id)).append("\"><h2>").append(esc(heading)).append("</h2>\n<p>")
        .append(esc(lede)).append("</p>\n<div class=\"row\">\n");
  }

  /** Closes a section with its footnote. */
  void endSection(String footnote) {
    body.append("</div>\n<p class=\"footnote\">").append(esc(footnote)).append("</p></section>\n");
  }

  /** Adds a chart: a canvas, drawn from the configuration. */
  void chart(String id, String source, ObjectNode config, String caption) {
    config.put("source", source);
    config.put("canvas", id);
    charts.add(config);
    body.append("<div class=\"pair\"><figure class=\"chart\"><canvas id=\"").append(esc(id)).append("\" data-source=\"").append(esc(source))
        .append("\" role=\"img\" aria-label=\"").append(esc(caption)).append("\"></canvas><figcaption>")
        .append(esc(caption)).append("</figcaption></figure>\n");
  }

  /** Adds the table of the chart just added, beside it; each cell is a text, or a {@link Fig} citing where the figure is in the JSON. */
  void table(String id, String source, List<String> headers, List<List<Object>> rows) {
    body.append("<div class=\"table\"><table id=\"").append(esc(id)).append("\" data-source=\"").append(esc(source))
        .append("\"><thead><tr>");
    headers.forEach(x -> body.append("<th>").append(esc(x)).append("</th>"));
    body.append("</tr></thead><tbody>\n");
    for (List<Object> row : rows) {
      body.append("<tr>");
      for (Object cell : row) {
        if (cell instanceof Fig f) {
          body.append("<td class=\"num\" data-json=\"").append(esc(f.path())).append("\" data-value=\"")
              .append(esc(f.raw())).append("\">").append(esc(f.text())).append("</td>");
        } else {
          body.append("<td>").append(esc(String.valueOf(cell))).append("</td>");
        }
      }
      body.append("</tr>\n");
    }
    body.append("</tbody></table></div></div>\n");
  }

  /** A figure in a table: its JSON Pointer, raw JSON text and what is shown. */
  record Fig(String path, String raw, String text) {}

  /** The figure at a pointer of a command's JSON, shown as it is there (shares as percentages). */
  Fig fig(String command, String path) {
    JsonNode n = input(command).at(path);
    String raw = n.isMissingNode() || n.isNull() ? "" : n.asText();
    String text = raw;
    if (n.isNumber() && !n.isIntegralNumber() && (path.endsWith("Rate") || path.endsWith("Attainment")
        || path.endsWith("Share") || path.endsWith("Error") || path.endsWith("wmape") || path.endsWith("bias")
        || path.endsWith("measured") || path.endsWith("threshold"))) {
      text = n.decimalValue().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
    return new Fig(path, raw, raw.isEmpty() ? "-" : text);
  }

  /** The number a chart draws for a figure: a money amount's number, or the number itself. */
  static BigDecimal number(JsonNode n) {
    if (n == null || n.isMissingNode() || n.isNull()) {
      return BigDecimal.ZERO;
    }
    if (n.isNumber()) {
      return n.decimalValue();
    }
    String t = n.asText().trim();
    int space = t.indexOf(' ');
    return new BigDecimal(space >= 0 ? t.substring(space + 1) : t);
  }

  /** The definitions a provenance cites, for a footnote. */
  static String cites(JsonNode provenance) {
    if (provenance == null || provenance.isMissingNode()) {
      return "";
    }
    List<String> based = new ArrayList<>();
    provenance.path("basedOn").forEach(b -> based.add(ref(b)));
    return ref(provenance.path("definition")) + (based.isEmpty() ? "" : " based on " + String.join(", ", based))
        + ", as of " + provenance.path("asOf").asText() + ", " + provenance.path("counted").asText() + " counted";
  }

  static String ref(JsonNode definition) {
    return definition.path("id").asText() + "@" + definition.path("version").asText();
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** JSON inside a script element: no "&lt;/script" or "&lt;!--" can end or confuse it. */
  static String scriptSafe(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  private static String chartLibrary() {
    try (InputStream s = WeekPage.class.getResourceAsStream(CHART_JS)) {
      if (s == null) {
        throw new CliException("the chart library " + CHART_JS + " is missing from the class path");
      }
      return new String(s.readAllBytes(), StandardCharsets.UTF_8).replace("</script", "<\\/script");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String STYLE = String.join("\n",
      "body{font:14px/1.4 system-ui,-apple-system,'Segoe UI',sans-serif;margin:24px;color:#1d2430;background:#fff}",
      "h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 4px;border-bottom:1px solid #d8dde6}",
      ".sources,.footnote{color:#5b6473;font-size:12px}",
      ".row{display:flex;flex-wrap:wrap;gap:16px 32px;align-items:flex-start}",
      ".pair{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start}",
      "figure.chart{margin:0;width:460px;height:280px;position:relative}",
      "figure.chart canvas{width:460px!important;height:250px!important}",
      "figcaption{font-size:12px;color:#5b6473}",
      ".table{max-height:300px;overflow:auto}",
      "table{border-collapse:collapse;font-size:12px}th,td{padding:2px 8px;border-bottom:1px solid #eef0f4;"
          + "text-align:left}td.num{text-align:right;font-variant-numeric:tabular-nums}");

  /** Draws every chart from its configuration; a chart that cannot be drawn is an error on the console. */
  private static final String DRAW = String.join("\n",
      "(function(){",
      "  var configs = JSON.parse(document.getElementById('revops-charts').textContent);",
      "  Chart.defaults.animation = false;",
      "  Chart.defaults.maintainAspectRatio = false;",
      "  configs.forEach(function(c){",
      "    var canvas = document.getElementById(c.canvas);",
      "    new Chart(canvas, {type: c.type, data: c.data, options: c.options || {}});",
      "  });",
      "  document.body.setAttribute('data-charts-drawn', String(configs.length));",
      "})();");
}
