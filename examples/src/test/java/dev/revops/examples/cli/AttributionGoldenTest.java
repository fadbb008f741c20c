package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON of {@code revops attribution} and {@code revops cac} on the bundled sample is the JSON
 * captured when the commands were added (golden files {@code attribution.json} and {@code cac.json};
 * provenances aside, as in {@link GoldenOutputsTest}). Never regenerated to make this test pass.
 */
class AttributionGoldenTest {
  static Stream<Arguments> commands() {
    return Stream.of(Arguments.of("attribution", new String[] {"attribution"}),
        Arguments.of("cac", new String[] {"cac"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void every_figure_of_the_json_output_is_the_golden_figure(String golden, String[] args) throws IOException {
    String[] withJson = Stream.concat(Stream.of(args), Stream.of("--format", "json")).toArray(String[]::new);
    RevopsCliTest.Run run = RevopsCliTest.run(withJson);
    assertEquals("", run.err());
    assertEquals(0, run.status());
    JsonNode expected = GoldenOutputsTest.golden(golden);
    JsonNode actual = new ObjectMapper().readTree(run.out());
    GoldenOutputsTest.removeProvenance(expected);
    GoldenOutputsTest.removeProvenance(actual);
    assertEquals(expected, actual, () -> "first difference: " + GoldenOutputsTest.firstDifference(expected, actual,
        ""));
  }
}
