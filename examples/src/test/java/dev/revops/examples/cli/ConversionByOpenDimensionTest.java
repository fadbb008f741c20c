package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.history.DealHistory;
import dev.revops.core.io.ColumnMapping;
import dev.revops.core.io.DealCsvImporter;
import dev.revops.core.io.HistoryCsvImporter;
import dev.revops.core.io.ImportOptions;
import dev.revops.core.io.TransitionColumns;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.roster.CreditDate;
import dev.revops.core.roster.Roster;
import dev.revops.core.roster.RosterCsv;
import dev.revops.core.scope.Scope;
import dev.revops.examples.sample.Bundled;
import dev.revops.forecast.conversion.ConversionMethod;
import dev.revops.forecast.conversion.ConversionOptions;
import dev.revops.forecast.conversion.StageProbabilityModel;
import dev.revops.forecast.conversion.TransitionCounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** revops conversion with stage histories, segmented by any open dimension. */
class ConversionByOpenDimensionTest {
  static final ObjectMapper JSON = RevopsJson.mapper();
  static final String ROSTER = "src/main/resources/dev/revops/examples/sample/roster.csv";

  /** The Markov model the library fits from the bundled deals and transitions, by manager on the close date. */
  static StageProbabilityModel byManager() throws IOException {
    PipelineDefinition def = Bundled.definition("gen-deals");
    Roster roster = RosterCsv.read(Bundled.sampleRoster(), ImportOptions.defaults()).roster();
    ConversionOptions options = ConversionOptions.builder()
        .scope(Scope.builder().asOf(LocalDate.parse("2026-10-01"), def.timeZone()).build())
        .roster(roster).creditDate(CreditDate.CLOSE_DATE).segmentBy(OpenDimension.parse("level:manager", roster))
        .build();
    Map<String, Deal> deals = new HashMap<>();
    DealCsvImporter.of(def, ColumnMapping.genDeals()).read(Bundled.sampleDeals(), d -> deals.put(d.id(), d), x -> { });
    TransitionCounts counts = new TransitionCounts(options, def);
    HistoryCsvImporter.of(def, TransitionColumns.genDeals()).read(Bundled.sampleTransitions(), (DealHistory h) ->
        counts.add(deals.containsKey(h.dealId()) ? DealWithHistory.of(deals.get(h.dealId()), h)
            : DealWithHistory.ofHistory(h)), x -> { });
    return StageProbabilityModel.fit(counts.result(), ConversionMethod.MARKOV);
  }

  @Test
  void the_markov_model_by_manager_is_the_librarys_and_the_saved_model_names_its_grouping(@TempDir Path dir)
      throws IOException {
    Path saved = dir.resolve("markov.json");
    RevopsCliTest.Run r = RevopsCliTest.run("conversion", "--roster", ROSTER, "--group-by", "level:manager",
        "--save-model", saved.toString(), "--format", "json");
    assertEquals(0, r.status(), r.err());
    JsonNode printed = JSON.readTree(r.out());
    StageProbabilityModel expected = byManager();
    assertEquals(JSON.readTree(JSON.writeValueAsString(expected)), printed.get("markov"));
    assertEquals("level:manager", printed.at("/markov/options/segmentBy").asText());
    assertEquals("CLOSE_DATE", printed.at("/roster/creditDate").asText());
    // morgan's and quinn's teams learned apart (243 + 212 closed deals; 3 closed histories have no deal record)
    assertEquals("morgan 243 quinn 212", printed.at("/markov/segments/0/value").asText() + " "
        + printed.at("/markov/segments/0/closedDeals").asLong() + " " + printed.at("/markov/segments/1/value").asText()
        + " " + printed.at("/markov/segments/1/closedDeals").asLong());
    StageProbabilityModel back = JSON.readValue(Files.readString(saved), StageProbabilityModel.class);
    assertEquals(expected, back);
    assertEquals("level:manager", back.options().segmentBy().get().name());
    assertTrue(back.options().roster().isPresent());
    // the saved model weighs a pipeline with each deal's manager's estimates
    RevopsCliTest.Run pipeline = RevopsCliTest.run("pipeline", "--probability", saved.toString());
    assertEquals(0, pipeline.status(), pipeline.err());
  }

  @Test
  void an_attribute_account_or_field_segments_too_and_unknown_names_list_what_exists() {
    for (String d : new String[] {"owner", "account", "attribute:region"}) {
      RevopsCliTest.Run r = RevopsCliTest.run("conversion", "--group-by", d, "--format", "json");
      assertEquals(0, r.status(), d + ": " + r.err());
      assertTrue(r.out().contains("\"segmentBy\" : \"" + d + "\""), d);
    }
    RevopsCliTest.Run unknown = RevopsCliTest.run("conversion", "--roster", ROSTER, "--group-by", "levle:manager");
    assertNotEquals(0, unknown.status());
    String line = unknown.err().strip();
    assertFalse(line.contains("\n"), line);
    assertTrue(line.contains("must be one of owner") && line.contains("attribute:NAME, level:manager, level:region, "
        + "level:rep"), line);
    RevopsCliTest.Run noRoster = RevopsCliTest.run("conversion", "--group-by", "level:manager");
    assertNotEquals(0, noRoster.status());
    assertTrue(noRoster.err().contains("no roster"), noRoster.err());
    RevopsCliTest.Run two = RevopsCliTest.run("conversion", "--group-by", "segment,owner");
    assertNotEquals(0, two.status());
    assertTrue(two.err().contains("segmented by one dimension"), two.err());
  }
}
