package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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

  /** A field that moved: in the output of {@code golden}, {@code newPath} holds what {@code oldPath} held. */
  record Move(String golden, String oldPath, String newPath) {}

  /**
   * Every move of an output field since the golden files were captured. Paths are JSON Pointers;
   * {@code *} in a path segment stands for every element of an array.
   */
  static final List<Move> MOVES = moves();

  /**
   * A field new since the golden files were captured, other than {@code provenance}: only a setting
   * of a {@code scope} nested into options by a move, that the options did not have (its as-of
   * instant, working calendar, example limit). The test checks it is there and leaves it out of the
   * comparison.
   */
  record Added(String golden, String path) {}

  /** Every field added since the golden files were captured, other than provenance. */
  static final List<Added> ADDED = added();

  private static List<Move> moves() {
    List<Move> moves = new ArrayList<>();
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
    // handoffs: the scope's settings the compliance options did not have
    for (String field : List.of("workingCalendar", "exchangeRates", "basedOn", "exampleLimit")) {
      added.add(new Added("handoffs", "/compliance/options/scope/" + field));
    }
    return List.copyOf(added);
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
        Arguments.of("handoffs", new String[] {"handoffs"}));
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
        List<String> path = segments(a.path());
        JsonNode parent = at(actual, path.subList(0, path.size() - 1));
        assertTrue(parent.has(last(path)), "nothing at the added path " + a.path());
        ((ObjectNode) parent).remove(last(path));
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
            pointer(newSegments.subList(star + 1, newSegments.size()))));
      }
      return;
    }
    JsonNode value = at(root, newSegments);
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
