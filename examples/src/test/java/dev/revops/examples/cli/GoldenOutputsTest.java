package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.scope.Scope;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON every command prints on the bundled sample is the JSON it printed when the golden files
 * under {@code golden/} were captured (before the shared shapes were introduced): every figure is
 * identical. Two differences are allowed and nothing else: fields named {@code provenance} may be
 * added anywhere, and a field may move to a new path when the move is listed in {@link #MOVES}
 * (its value is then compared at its new path with the golden value at its old path).
 *
 * <p>The golden files are never regenerated to make this test pass: a figure that changes is a
 * defect or a deliberate, documented change of definition.
 */
class GoldenOutputsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A field that moved: in the output of {@code golden}, {@code newPath} holds what {@code oldPath}
   * held, in the same form or in the form {@code form} names.
   */
  record Move(String golden, String oldPath, String newPath, Form form) {
    /** A field that moved with its value unchanged. */
    Move(String golden, String oldPath, String newPath) {
      this(golden, oldPath, newPath, Form.SAME);
    }
  }

  /** How a moved value is written now, compared with how the golden file wrote it. */
  enum Form {
    /** Written the same. */
    SAME,
    /**
     * A date ({@code 2026-10-01}) now written as the instant that day starts in UTC
     * ({@code 2026-10-01T00:00:00Z}): an as-of date that became a scope's as-of instant.
     */
    START_OF_UTC_DAY
  }

  /**
   * A field that is new in the output of {@code golden} at {@code path}, and not a provenance: only
   * allowed when it is a setting the golden run used without writing it, so its value is checked.
   */
  record Added(String golden, String path, Optional<JsonNode> value) {
    /** A setting written with the given value. */
    Added(String golden, String path, JsonNode value) {
      this(golden, path, Optional.of(value));
    }

    /** A setting whose value the run chose (e.g. the sample's as-of), checked only to be there. */
    Added(String golden, String path) {
      this(golden, path, Optional.empty());
    }
  }

  private static final List<String> VELOCITY_RESULTS = List.of("/stageVelocity/options", "/salesVelocity/options");
  private static final List<String> CONVERSION_MODELS = List.of("/markov/options", "/share/options",
      "/naiveBayes/options", "/odooLeadScoring/options");

  /**
   * Every move of an output field since the golden files were captured. Paths are JSON Pointers;
   * {@code *} in a path segment stands for every element of an array.
   */
  static final List<Move> MOVES = moves();

  /** Every field added since the golden files were captured, other than provenances. */
  static final List<Added> ADDED = added();

  private static List<Move> moves() {
    List<Move> moves = new ArrayList<>();
    // review: ReviewOptions keeps its own settings and takes a Scope; maxListed is listLimit
    for (String golden : List.of("review", "review-owner-all")) {
      for (String result : List.of("pipelineReview", "forecastReconciliation", "executionReview")) {
        String options = "/" + result + "/options/";
        for (String field : List.of("zone", "periodKind", "reportingCurrency", "exchangeRates", "basedOn")) {
          moves.add(new Move(golden, options + field, options + "scope/" + field));
        }
        moves.add(new Move(golden, options + "calendar", options + "scope/fiscalCalendar"));
        moves.add(new Move(golden, options + "maxListed", options + "listLimit"));
      }
    }
    // revenue: RevenueOptions takes a Scope (the functional currency is the scope's reporting currency)
    for (String golden : List.of("reconcile", "reconcile-contract")) {
      for (String field : List.of("zone", "periodKind", "exchangeRates", "basedOn")) {
        moves.add(new Move(golden, "/options/" + field, "/options/scope/" + field));
      }
      moves.add(new Move(golden, "/options/calendar", "/options/scope/fiscalCalendar"));
      moves.add(new Move(golden, "/options/functionalCurrency", "/options/scope/reportingCurrency"));
    }
    // pipeline: the options of the weighted pipeline, roll-ups and range take a scope (as-of instant,
    // periods, currency, definitions, example limit); what they counted and excluded is in their provenance
    for (String golden : List.of("pipeline", "pipeline-owner-period")) {
      for (String result : List.of("/weightedPipeline", "/rollups", "/range")) {
        String options = result + "/options";
        moves.add(new Move(golden, options + "/asOf", options + "/scope/asOf", Form.START_OF_UTC_DAY));
        moves.add(new Move(golden, options + "/periodKind", options + "/scope/periodKind"));
        moves.add(new Move(golden, options + "/calendar", options + "/scope/fiscalCalendar"));
        moves.add(new Move(golden, options + "/reportingCurrency", options + "/scope/reportingCurrency"));
        moves.add(new Move(golden, options + "/exchangeRates", options + "/scope/exchangeRates"));
        moves.add(new Move(golden, options + "/basedOn", options + "/scope/basedOn"));
        moves.add(new Move(golden, options + "/maxExamples", options + "/scope/exampleLimit"));
        moves.add(new Move(golden, result + "/excluded", result + "/provenance/excluded"));
      }
      moves.add(new Move(golden, "/weightedPipeline/counted", "/weightedPipeline/provenance/counted"));
      moves.add(new Move(golden, "/rollups/counted", "/rollups/provenance/counted"));
    }
    // velocity: the velocity and conversion options nest their Scope
    for (String golden : List.of("velocity", "velocity-segment-deal")) {
      for (String options : VELOCITY_RESULTS) {
        moves.add(new Move(golden, options + "/asOf", options + "/scope/asOf", Form.START_OF_UTC_DAY));
        moves.add(new Move(golden, options + "/calendar", options + "/scope/workingCalendar"));
        moves.add(new Move(golden, options + "/reportingCurrency", options + "/scope/reportingCurrency"));
        moves.add(new Move(golden, options + "/exchangeRates", options + "/scope/exchangeRates"));
        moves.add(new Move(golden, options + "/basedOn", options + "/scope/basedOn"));
        moves.add(new Move(golden, options + "/maxExamples", options + "/scope/exampleLimit"));
      }
    }
    for (String golden : List.of("conversion", "conversion-evaluate")) {
      for (String options : CONVERSION_MODELS) {
        moves.add(new Move(golden, options + "/asOf", options + "/scope/asOf", Form.START_OF_UTC_DAY));
        moves.add(new Move(golden, options + "/zone", options + "/scope/zone"));
        moves.add(new Move(golden, options + "/maxExamples", options + "/scope/exampleLimit"));
      }
    }
    // handoffs: ComplianceOptions keeps its list limit and takes a Scope; the results' as-of instant,
    // counts and exclusions are their provenance's
    String options = "/compliance/options/";
    for (String field : List.of("zone", "periodKind")) {
      moves.add(new Move("handoffs", options + field, options + "scope/" + field));
    }
    moves.add(new Move("handoffs", options + "calendar", options + "scope/fiscalCalendar"));
    moves.add(new Move("handoffs", options + "maxListed", options + "listLimit"));
    moves.add(new Move("handoffs", "/compliance/asOf", options + "scope/asOf"));
    moves.add(new Move("handoffs", "/compliance/counted", "/compliance/provenance/counted"));
    moves.add(new Move("handoffs", "/compliance/excluded", "/compliance/provenance/excluded"));
    moves.add(new Move("handoffs", "/outcomeLink/excluded", "/outcomeLink/provenance/excluded"));
    return List.copyOf(moves);
  }

  private static List<Added> added() {
    List<Added> added = new ArrayList<>();
    // handoffs: the maturity stages, judged from the compliance and outcome link the golden run pins
    added.add(new Added("handoffs", "/maturity"));
    added.add(new Added("handoffs", "/complianceByProtocolAndPeriod"));
    // review: the scope's settings the review options did not have
    for (String golden : List.of("review", "review-owner-all")) {
      for (String result : List.of("pipelineReview", "forecastReconciliation", "executionReview")) {
        for (String field : List.of("asOf", "workingCalendar", "exampleLimit")) {
          added.add(new Added(golden, "/" + result + "/options/scope/" + field));
        }
      }
    }
    // revenue: the scope's settings the revenue options did not have
    for (String golden : List.of("reconcile", "reconcile-contract")) {
      for (String field : List.of("asOf", "workingCalendar", "exampleLimit")) {
        added.add(new Added(golden, "/options/scope/" + field));
      }
    }
    // pipeline: the scope's zone and working calendar, which the pipeline ran in (UTC, Monday to Friday)
    // before it wrote them
    JsonNode defaults = RevopsJson.mapper().valueToTree(Scope.asOf(LocalDate.parse("2026-10-01")));
    for (String golden : List.of("pipeline", "pipeline-owner-period")) {
      for (String result : List.of("/weightedPipeline", "/rollups", "/range")) {
        added.add(new Added(golden, result + "/options/scope/zone", defaults.get("zone")));
        added.add(new Added(golden, result + "/options/scope/workingCalendar", defaults.get("workingCalendar")));
      }
    }
    // velocity: the scope's settings velocity and conversion do not use, at their defaults
    for (String golden : List.of("velocity", "velocity-segment-deal")) {
      for (String options : VELOCITY_RESULTS) {
        added.add(new Added(golden, options + "/scope/zone", json("\"UTC\"")));
        added.add(new Added(golden, options + "/scope/periodKind", json("\"MONTH\"")));
        added.add(new Added(golden, options + "/scope/fiscalCalendar", json("{\"fiscalYearStart\":\"JANUARY\"}")));
      }
    }
    for (String golden : List.of("conversion", "conversion-evaluate")) {
      for (String options : CONVERSION_MODELS) {
        added.add(new Added(golden, options + "/scope/periodKind", json("\"MONTH\"")));
        added.add(new Added(golden, options + "/scope/fiscalCalendar", json("{\"fiscalYearStart\":\"JANUARY\"}")));
        added.add(new Added(golden, options + "/scope/workingCalendar", json("{\"zone\":\"UTC\",\"workingDays\":"
            + "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"],\"holidays\":[]}")));
        added.add(new Added(golden, options + "/scope/exchangeRates", json("{\"rates\":[]}")));
        added.add(new Added(golden, options + "/scope/basedOn", json("[]")));
      }
    }
    // handoffs: the scope's settings the compliance options did not have
    for (String field : List.of("workingCalendar", "exchangeRates", "basedOn", "exampleLimit")) {
      added.add(new Added("handoffs", "/compliance/options/scope/" + field));
    }
    return List.copyOf(added);
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of("validate", new String[] {"validate"}),
        Arguments.of("pipeline", new String[] {"pipeline"}),
        Arguments.of("pipeline-owner-period", new String[] {"pipeline", "--group-by", "owner,period"}),
        Arguments.of("velocity", new String[] {"velocity"}),
        Arguments.of("velocity-segment-deal", new String[] {"velocity", "--group-by", "segment", "--deal", "D00007"}),
        Arguments.of("conversion", new String[] {"conversion"}),
        Arguments.of("conversion-evaluate",
            new String[] {"conversion", "--group-by", "segment", "--evaluate", "--split-date", "2026-04-01"}),
        Arguments.of("review", new String[] {"review"}),
        Arguments.of("review-owner-all", new String[] {"review", "--group-by", "owner", "--periods", "all"}),
        Arguments.of("reconcile", new String[] {"reconcile"}),
        Arguments.of("reconcile-contract", new String[] {"reconcile", "--contract", "K-D00007"}),
        Arguments.of("handoffs", new String[] {"handoffs"}),
        // captured when the command was added, already in the shared shapes (without its provenances)
        Arguments.of("funnel", new String[] {"funnel"}),
        Arguments.of("project", new String[] {"project"}),

        Arguments.of("retention", new String[] {"retention"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void every_figure_of_the_json_output_is_the_golden_figure(String golden, String[] args) throws IOException {
    String[] withJson = Stream.concat(Stream.of(args), Stream.of("--format", "json")).toArray(String[]::new);
    RevopsCliTest.Run run = RevopsCliTest.run(withJson);
    assertEquals("", run.err());
    assertTrue(run.status() == 0 || run.status() == 1, "exit status " + run.status());
    JsonNode expected = golden(golden);
    JsonNode actual = JSON.readTree(run.out());
    for (Added a : ADDED) {
      if (a.golden().equals(golden)) {
        removeAdded(actual, a);
      }
    }
    for (Move move : MOVES) {
      if (move.golden().equals(golden)) {
        moveBack(actual, move);
      }
    }
    removeProvenance(actual);
    assertEquals(expected, actual, () -> "first difference: " + firstDifference(expected, actual, ""));
  }

  static JsonNode golden(String name) throws IOException {
    try (InputStream in = GoldenOutputsTest.class.getResourceAsStream("/golden/" + name + ".json")) {
      assertNotNull(in, "golden/" + name + ".json");
      return JSON.readTree(in);
    }
  }

  /** Puts the value found at the new path back at the old path, for every array element a {@code *} names. */
  static void moveBack(JsonNode root, Move move) {
    List<String> newSegments = segments(move.newPath());
    List<String> oldSegments = segments(move.oldPath());
    int star = newSegments.indexOf("*");
    if (star >= 0) {
      assertEquals(star, oldSegments.indexOf("*"), "a move keeps its array: " + move);
      JsonNode array = at(root, newSegments.subList(0, star));
      assertTrue(array.isArray(), "not an array at " + move.newPath());
      for (JsonNode element : array) {
        moveBack(element, new Move(move.golden(), pointer(oldSegments.subList(star + 1, oldSegments.size())),
            pointer(newSegments.subList(star + 1, newSegments.size())), move.form()));
      }
      return;
    }
    JsonNode value = inGoldenForm(at(root, newSegments), move.form());
    assertTrue(value != null && !value.isMissingNode(), "nothing at the new path " + move.newPath());
    ((ObjectNode) at(root, newSegments.subList(0, newSegments.size() - 1))).remove(last(newSegments));
    ObjectNode parent = (ObjectNode) root;
    for (String segment : oldSegments.subList(0, oldSegments.size() - 1)) {
      JsonNode child = parent.get(segment);
      parent = child instanceof ObjectNode o ? o : parent.putObject(segment);
    }
    parent.set(last(oldSegments), value);
    pruneEmpty(root, newSegments.subList(0, newSegments.size() - 1));
  }

  /** Checks the value of an added field and removes it. */
  static void removeAdded(JsonNode root, Added added) {
    List<String> segments = segments(added.path());
    JsonNode value = at(root, segments);
    assertTrue(!value.isMissingNode(), "nothing at the added path " + added.path());
    added.value().ifPresent(expected -> assertEquals(expected, value, "the added field " + added.path()));
    ((ObjectNode) at(root, segments.subList(0, segments.size() - 1))).remove(last(segments));
  }

  /** A moved value in the form the golden file wrote it. */
  static JsonNode inGoldenForm(JsonNode value, Form form) {
    if (form == Form.START_OF_UTC_DAY && value.isTextual() && value.asText().endsWith("T00:00:00Z")) {
      return new TextNode(value.asText().substring(0, value.asText().length() - "T00:00:00Z".length()));
    }
    return value;
  }

  /** Removes objects the moves emptied, from the deepest up. */
  private static void pruneEmpty(JsonNode root, List<String> path) {
    for (int n = path.size(); n > 0; n--) {
      JsonNode node = at(root, path.subList(0, n));
      if (node instanceof ObjectNode o && o.isEmpty()) {
        ((ObjectNode) at(root, path.subList(0, n - 1))).remove(path.get(n - 1));
      }
    }
  }

  static void removeProvenance(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove("provenance");
      object.elements().forEachRemaining(GoldenOutputsTest::removeProvenance);
    } else if (node instanceof ArrayNode array) {
      array.elements().forEachRemaining(GoldenOutputsTest::removeProvenance);
    }
  }

  static String firstDifference(JsonNode expected, JsonNode actual, String path) {
    if (expected.equals(actual)) {
      return "none";
    }
    if (expected.isObject() && actual.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!actual.has(e.getKey())) {
          return path + "/" + e.getKey() + " is missing";
        }
        if (!e.getValue().equals(actual.get(e.getKey()))) {
          return firstDifference(e.getValue(), actual.get(e.getKey()), path + "/" + e.getKey());
        }
      }
      for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!expected.has(name)) {
          return path + "/" + name + " is new";
        }
      }
    }
    if (expected.isArray() && actual.isArray()) {
      if (expected.size() != actual.size()) {
        return path + " has " + actual.size() + " elements, golden " + expected.size();
      }
      for (int i = 0; i < expected.size(); i++) {
        if (!expected.get(i).equals(actual.get(i))) {
          return firstDifference(expected.get(i), actual.get(i), path + "/" + i);
        }
      }
    }
    return path + ": golden " + abbreviate(expected) + ", now " + abbreviate(actual);
  }

  private static String abbreviate(JsonNode node) {
    String text = node.toString();
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }

  private static List<String> segments(String pointer) {
    List<String> out = new ArrayList<>(List.of(pointer.substring(1).split("/")));
    out.replaceAll(s -> s.replace("~1", "/").replace("~0", "~"));
    return out;
  }

  private static String pointer(List<String> segments) {
    return "/" + String.join("/", segments);
  }

  private static String last(List<String> segments) {
    return segments.get(segments.size() - 1);
  }

  private static JsonNode at(JsonNode root, List<String> segments) {
    JsonNode node = root;
    for (String segment : segments) {
      node = node.isArray() ? node.path(Integer.parseInt(segment)) : node.path(segment);
    }
    return node;
  }
}
