package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The weekly page in a real browser: {@code revops report} on the bundled sample, opened from disk
 * in headless Chromium. Fails on any console message of level SEVERE (a script error, a blocked
 * network request), checks every chart was drawn with marks, and checks every figure the page shows
 * (table cells and chart values) against the JSON output of the commands it was drawn from. Saves
 * {@code target/week.png} (the whole page) and {@code target/week-readme.png} (the forecast and
 * movements, scaled down: the README's picture). Skips, saying so, when no Chromium and chromedriver are installed
 * (Debian: {@code apt-get install chromium chromium-driver}; or set {@code CHROME_BINARY} and
 * {@code CHROMEDRIVER}); fails instead when {@code REVOPS_REQUIRE_BROWSER=1}, as CI sets it.
 */
class WeekPageBrowserTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static ChromeDriver browser;
  static Path page;

  static Optional<File> found(String env, String... candidates) {
    List<String> all = new ArrayList<>();
    Optional.ofNullable(System.getenv(env)).ifPresent(all::add);
    all.addAll(List.of(candidates));
    return all.stream().map(File::new).filter(File::canExecute).findFirst();
  }

  @BeforeAll
  static void openThePage() throws Exception {
    Optional<File> chrome = found("CHROME_BINARY", "/usr/bin/chromium", "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome");
    Optional<File> driver = found("CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    boolean required = "1".equals(System.getenv("REVOPS_REQUIRE_BROWSER"));
    assertTrue(!required || chrome.isPresent() && driver.isPresent(), "REVOPS_REQUIRE_BROWSER=1 (CI) but no "
        + "Chromium and chromedriver found");
    Assumptions.assumeTrue(chrome.isPresent() && driver.isPresent(), "skipped: no Chromium and chromedriver found "
        + "(apt-get install chromium chromium-driver, or set CHROME_BINARY and CHROMEDRIVER)");
    page = Path.of("target", "week.html").toAbsolutePath();
    RevopsCliTest.Run run = RevopsCliTest.run("report", "--out", page.toString());
    assertEquals(0, run.status(), run.err());
    ChromeOptions options = new ChromeOptions().setBinary(chrome.get())
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--hide-scrollbars", "--window-size=1280,900", "--force-device-scale-factor=1");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    browser.get(page.toUri().toString());
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  @Test
  void the_page_logs_no_error_and_loads_nothing_from_the_network() {
    List<String> severe = new ArrayList<>();
    for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        severe.add(e.getMessage());
      }
    }
    assertEquals(List.of(), severe, "console errors");
    assertEquals(0L, js("return performance.getEntriesByType('resource').length;"), "resources fetched");
  }

  @Test
  @SuppressWarnings("unchecked")
  void every_chart_is_drawn_with_marks() {
    long canvases = (Long) js("return document.querySelectorAll('canvas').length;");
    assertTrue(canvases >= 16, canvases + " charts");
    assertEquals(String.valueOf(canvases), js("return document.body.getAttribute('data-charts-drawn');"));
    List<Map<String, Object>> charts = (List<Map<String, Object>>) js(String.join("\n",
        "return Array.from(document.querySelectorAll('canvas')).map(function(c){",
        "  var chart = Chart.getChart(c); var marks = 0;",
        "  if (chart) chart.data.datasets.forEach(function(d, i){ marks += chart.getDatasetMeta(i).data.length; });",
        "  var px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; var inked = 0;",
        "  for (var i = 3; i < px.length; i += 4) { if (px[i] > 0) inked++; }",
        "  return {id: c.id, chart: !!chart, marks: marks, inked: inked, width: c.width};",
        "});"));
    for (Map<String, Object> c : charts) {
      assertTrue((Boolean) c.get("chart"), c.toString());
      assertTrue((Long) c.get("marks") > 0, "no marks: " + c);
      assertTrue((Long) c.get("inked") > 500, "blank canvas: " + c);
    }
  }

  /** The JSON of each command the page was drawn from, run the way the report runs it. */
  static Map<String, JsonNode> outputs() throws Exception {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : ReportCommand.SAMPLE_RUNS.entrySet()) {
      List<String> args = new ArrayList<>(e.getValue());
      args.addAll(List.of("--format", "json"));
      out.put(e.getKey(), JSON.readTree(RevopsCliTest.run(args.toArray(String[]::new)).out()));
    }
    return out;
  }

  @Test
  @SuppressWarnings("unchecked")
  void every_figure_in_the_tables_is_the_json_output() throws Exception {
    Map<String, JsonNode> json = outputs();
    List<List<String>> cells = (List<List<String>>) js(String.join("\n",
        "return Array.from(document.querySelectorAll('td[data-json]')).map(function(td){",
        "  return [td.closest('table').dataset.source, td.dataset.json, td.dataset.value, td.textContent];",
        "});"));
    assertTrue(cells.size() > 200, cells.size() + " figures");
    for (List<String> c : cells) {
      JsonNode n = json.get(c.get(0)).at(c.get(1));
      String expected = n.isMissingNode() || n.isNull() ? "" : n.asText();
      assertEquals(expected, c.get(2), c.get(0) + " " + c.get(1));
      if (!expected.isEmpty() && n.isTextual()) {
        assertEquals(expected, c.get(3), "shown as in the JSON: " + c.get(1));
      }
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void every_value_a_chart_draws_is_the_json_output() throws Exception {
    Map<String, JsonNode> json = outputs();
    List<Map<String, Object>> points = (List<Map<String, Object>>) js(String.join("\n",
        "var out = [];",
        "document.querySelectorAll('canvas').forEach(function(c){",
        "  var chart = Chart.getChart(c);",
        "  chart.data.datasets.forEach(function(d){ (d.revopsPaths || []).forEach(function(p, i){",
        "    out.push({source: c.dataset.source, path: p, value: d.data[i]}); }); });",
        "});",
        "return out;"));
    assertTrue(points.size() > 100, points.size() + " values drawn");
    for (Map<String, Object> p : points) {
      JsonNode root = json.get((String) p.get("source"));
      Object v = p.get("value");
      if (p.get("path") instanceof List<?> ends) {
        List<?> pair = (List<?>) v;
        for (int i = 0; i < 2; i++) {
          assertEquals(number(root.at((String) ends.get(i))), ((Number) pair.get(i)).doubleValue(), 0.005, ends
              .toString());
        }
      } else {
        String path = (String) p.get("path");
        JsonNode n = root.at(path);
        double drawn = v instanceof List<?> pair ? Math.abs(((Number) pair.get(1)).doubleValue()
            - ((Number) pair.get(0)).doubleValue()) : v instanceof Map<?, ?> m ? ((Number) m.get("failures"))
            .doubleValue() : v == null ? Double.NaN : ((Number) v).doubleValue();
        if (path.endsWith("/stage")) {
          assertEquals(WeekSections.stageNumber(n.asText()), drawn, 0, path);
        } else if (v == null) {
          assertTrue(n.isMissingNode(), "a gap only where the JSON has no figure: " + path);
        } else {
          assertEquals(number(n), drawn, 0.005, path);
        }
      }
    }
  }

  static double number(JsonNode n) {
    return WeekPage.number(n).doubleValue();
  }

  @Test
  void saves_screenshots_of_the_page() throws Exception {
    long height = (Long) js("return document.documentElement.scrollHeight;");
    browser.manage().window().setSize(new Dimension(1280, 900));
    js("document.getElementById('forecast').scrollIntoView();");
    BufferedImage top = ImageIO.read(new ByteArrayInputStream(browser.getScreenshotAs(OutputType.BYTES)));
    BufferedImage small = new BufferedImage(top.getWidth() / 2, top.getHeight() / 2, BufferedImage.TYPE_INT_RGB);
    small.getGraphics().drawImage(top.getScaledInstance(small.getWidth(), small.getHeight(), Image.SCALE_SMOOTH), 0,
        0, null);
    Path readme = Path.of("target", "week-readme.png");
    ImageIO.write(small, "png", readme.toFile());
    browser.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 100, 16_000)));
    js("window.scrollTo(0, 0);");
    Path whole = Path.of("target", "week.png");
    Files.write(whole, browser.getScreenshotAs(OutputType.BYTES));
    assertTrue(Files.size(readme) > 10_000 && Files.size(whole) > Files.size(readme));
  }
}
