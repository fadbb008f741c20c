package dev.revops.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code revops report}: the week's meetings as one self-contained HTML page, drawn from the JSON
 * output of {@code review}, {@code velocity}, {@code handoffs} and {@code reconcile}: every figure on
 * the page is one of theirs.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Writes the week's meetings as one HTML page that needs no network: the pipeline waterfall per close period, "
            + "forecast against target with its P10-P90 range, stage movements and slips, deals at risk, forecast "
            + "accuracy over ended periods, stage velocity, handoff compliance per protocol and month with the "
            + "friction ranking and maturity, and the deferred-revenue roll-forward. Each chart has its numbers in a "
            + "table beside it and names its definition and version.",
        "The page is drawn from the JSON the other commands print (--format json), so run them on your inputs and "
            + "pass their files. Without a file the command runs on the bundled sample."},
    footer = {"", "Examples:",
        "  revops report --out week.html",
        "  revops review --deals deals.csv --format json > review.json",
        "  revops report --out week.html --review review.json --handoffs handoffs.json"})
final class ReportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--out", paramLabel = "FILE", required = true,
      description = "The page to write (HTML), atomically.")
  Path out;

  @Option(names = "--review", paramLabel = "FILE",
      description = "JSON from revops review --format json. Default: review of the bundled sample.")
  Path review;

  @Option(names = "--velocity", paramLabel = "FILE",
      description = "JSON from revops velocity --format json. Default: velocity of the bundled sample.")
  Path velocity;

  @Option(names = "--handoffs", paramLabel = "FILE",
      description = "JSON from revops handoffs --format json. Default: handoffs of the bundled sample.")
  Path handoffs;

  @Option(names = "--reconcile", paramLabel = "FILE",
      description = "JSON from revops reconcile --format json. Default: reconcile of the bundled sample, in USD.")
  Path reconcile;

  @Option(names = "--funnel", paramLabel = "FILE",
      description = "JSON from revops funnel --format json. Default: funnel of the bundled sample.")
  Path funnel;

  @Option(names = "--retention", paramLabel = "FILE",
      description = "JSON from revops retention --format json. Default: retention of the bundled sample.")
  Path retention;

  @Option(names = "--project", paramLabel = "FILE",
      description = "JSON from revops project --format json. Default: projection of the bundled sample.")
  Path project;

  @Option(names = "--calls", paramLabel = "FILE",
      description = "JSON from revops calls --format json. Default: calls of the bundled sample.")
  Path calls;

  @Option(names = "--title", paramLabel = "TEXT", defaultValue = "Weekly revenue review",
      description = "The page's title (default: ${DEFAULT-VALUE}).")
  String title;

  /** The commands the page is drawn from, with the arguments they run with on the bundled sample. */
  static final Map<String, List<String>> SAMPLE_RUNS = sampleRuns();

  private static Map<String, List<String>> sampleRuns() {
    Map<String, List<String>> runs = new LinkedHashMap<>();
    runs.put("review", List.of("review"));
    runs.put("velocity", List.of("velocity"));
    runs.put("handoffs", List.of("handoffs"));
    runs.put("reconcile", List.of("reconcile", "--currency", "USD"));
    runs.put("funnel", List.of("funnel"));
    runs.put("retention", List.of("retention"));
    runs.put("project", List.of("project"));
    runs.put("calls", List.of("calls"));
    return runs;
  }

  @Override
  public Integer call() {
    Map<String, JsonNode> inputs = new LinkedHashMap<>();
    List<String> sources = new ArrayList<>();
    inputs.put("review", read("review", review, sources));
    inputs.put("velocity", read("velocity", velocity, sources));
    inputs.put("handoffs", read("handoffs", handoffs, sources));
    inputs.put("reconcile", read("reconcile", reconcile, sources));
    inputs.put("funnel", read("funnel", funnel, sources));
    inputs.put("retention", read("retention", retention, sources));
    inputs.put("project", read("project", project, sources));
    inputs.put("calls", read("calls", calls, sources));
    String version;
    try {
      version = new RevopsCli.Version().getVersion()[0];
    } catch (IOException e) {
      version = "revops";
    }
    String html = new WeekPage(title, inputs, sources, version).html();
    AtomicFile.write(out, html);
    PrintWriter o = spec.commandLine().getOut();
    o.printf("Wrote %s (%,d bytes): %s%n", out, html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
        String.join("; ", sources));
    o.flush();
    return 0;
  }

  /** A command's JSON: from its file, or from running it on the bundled sample. */
  private static JsonNode read(String command, Path file, List<String> sources) {
    ObjectMapper mapper = new ObjectMapper();
    if (file != null) {
      Json.checkSize(file);
      try {
        JsonNode node = mapper.readTree(file.toFile());
        if (node == null || !node.isObject()) {
          throw new CliException("--" + command + " " + file + " is not the JSON object revops " + command
              + " --format json prints");
        }
        sources.add(command + " from " + file);
        return node;
      } catch (IOException e) {
        throw new CliException("--" + command + " " + file + " cannot be read as JSON: " + Json.readable(
            e.getMessage()), e);
      }
    }
    List<String> args = new ArrayList<>(SAMPLE_RUNS.get(command));
    args.addAll(List.of("--format", "json"));
    StringWriter text = new StringWriter();
    StringWriter err = new StringWriter();
    int status = RevopsCli.execute(args.toArray(String[]::new), new PrintWriter(text, true), new PrintWriter(err,
        true));
    if (status != 0 && status != 1) {
      throw new CliException("revops " + String.join(" ", args) + " failed: " + err.toString().strip());
    }
    sources.add("revops " + String.join(" ", SAMPLE_RUNS.get(command)) + " on the bundled sample");
    try {
      return mapper.readTree(text.toString());
    } catch (IOException e) {
      throw new CliException("revops " + command + " printed no JSON: " + e.getMessage(), e);
    }
  }
}
