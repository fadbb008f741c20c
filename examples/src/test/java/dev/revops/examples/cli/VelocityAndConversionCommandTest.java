package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.json.RevopsJson;
import dev.revops.forecast.conversion.StageProbabilityModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VelocityAndConversionCommandTest {

  @Test
  void velocity_runs_on_the_bundled_sample() {
    RevopsCliTest.Run r = RevopsCliTest.run("velocity", "--group-by", "segment", "--deal", "D00042");
    assertEquals(0, r.status(), r.err());
    String out = r.out().replaceAll(" +", " ");
    assertTrue(out.startsWith("As of 2026-10-01 (UTC)\nVelocity as of 2026-10-01: definition gen-deals@1, calendar days"), out);
    assertTrue(out.contains("segment stage entered forward back lost open mean median p75 p90 KM median"), out);
    assertTrue(out.contains("Sales velocity = opportunities x win rate"), out);
    assertTrue(out.contains("Deal D00042: sales cycle"), out);
    assertTrue(out.contains("converted to USD"), out);
  }

  @Test
  void velocity_json_counts_every_visit_once() throws IOException {
    RevopsCliTest.Run r = RevopsCliTest.run("velocity", "--format", "json", "--business-days", "--lookback", "365");
    assertEquals(0, r.status(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    for (JsonNode row : json.get("stageVelocity").get("stages")) {
      assertEquals(row.get("entered").asLong(), row.get("exitedForward").asLong() + row.get("exitedBackward").asLong()
          + row.get("exitedToLost").asLong() + row.get("stillOpen").asLong());
    }
    assertEquals("BUSINESS", json.get("stageVelocity").get("options").get("dayCount").asText());
  }

  @Test
  void conversion_learns_evaluates_and_saves_a_model_the_pipeline_can_use(@TempDir Path dir) throws IOException {
    Path model = dir.resolve("markov.json");
    RevopsCliTest.Run r = RevopsCliTest.run("conversion", "--evaluate", "--split-date", "2026-06-01",
        "--group-by", "segment", "--save-model", model.toString());
    assertEquals(0, r.status(), r.err());
    String out = r.out().replaceAll(" +", " ");
    assertTrue(out.contains("P(win | stage): stage default, Markov chain and share"), out);
    assertTrue(out.contains("Hold-out: fitted on"), out);
    assertTrue(out.contains("stage-default"), out);
    assertTrue(out.contains("naive-bayes"), out);
    StageProbabilityModel saved = RevopsJson.mapper().readValue(Files.readString(model), StageProbabilityModel.class);
    assertEquals(5, saved.stages().size());
    RevopsCliTest.Run p = RevopsCliTest.run("pipeline", "--probability", model.toString(), "--format", "json");
    assertEquals(0, p.status(), p.err());
    assertTrue(p.out().contains("markov:gen-deals@1:2026-10-01"), p.out().substring(0, 200));
  }

  @Test
  void options_that_need_histories_are_one_line_errors_from_the_deals_alone(@TempDir Path dir) throws IOException {
    Path deals = dir.resolve("deals.csv");
    Files.writeString(deals, "deal_id,stage\nD1,Proposal\n");
    RevopsCliTest.Run r = RevopsCliTest.run("velocity", "--deals", deals.toString(), "--deal", "D1");
    assertEquals(2, r.status());
    assertEquals("revops velocity: --deal needs --transitions (a deal's time in each stage comes from its stage "
        + "history)\n", r.err());
    RevopsCliTest.Run c = RevopsCliTest.run("conversion", "--deals", deals.toString(), "--save-model",
        dir.resolve("m.json").toString());
    assertEquals(2, c.status());
    assertEquals("revops conversion: --save-model needs --transitions (stage histories); from the deals alone "
        + "conversion reports the win rate by --group-by\n", c.err());
    assertEquals(2, RevopsCliTest.run("conversion", "--evaluate").status());
  }

  @Test
  void transitions_out_of_deal_id_order_are_sorted_and_joined(@TempDir Path dir) throws IOException {
    Path deals = dir.resolve("deals.csv");
    Path transitions = dir.resolve("transitions.csv");
    Files.writeString(deals, "deal_id,name,stage,created_date,amount,currency\n"
        + "D1,A,Prospecting,2026-01-05,100.00,USD\nD2,B,Prospecting,2026-01-05,100.00,USD\n");
    Files.writeString(transitions, "deal_id,from_stage,to_stage,changed_at,actor\n"
        + "D2,,Prospecting,2026-01-05T10:00:00Z,ann\nD1,,Prospecting,2026-01-05T10:00:00Z,ann\n");
    Path temp = Files.createDirectory(dir.resolve("temp"));
    RevopsCliTest.Run r = RevopsCliTest.run("velocity", "--deals", deals.toString(), "--transitions",
        transitions.toString(), "--as-of", "2026-02-01", "--format", "json", "--temp-dir", temp.toString());
    assertEquals(0, r.status(), r.out() + r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    // joined without sorting, D1's history would come after D2's and go unpaired
    assertEquals(0, json.get("historiesWithoutDeal").asLong());
    assertEquals(2, json.get("stageVelocity").get("counted").asLong());
    assertEquals(2, json.get("stageVelocity").get("stages").get(0).get("entered").asLong());
    assertEquals(2, json.get("transitions").get("recordsAccepted").asLong());
    try (Stream<Path> left = Files.list(temp)) {
      assertEquals(List.of(), left.toList());
    }
  }

  @Test
  void sorted_files_join_every_history_to_its_deal(@TempDir Path dir) throws IOException {
    Path deals = dir.resolve("deals.csv");
    Path transitions = dir.resolve("transitions.csv");
    Files.writeString(deals, "deal_id,name,stage,created_date,amount,currency\n"
        + "D1,A,Qualification,2026-01-05,100.00,USD\nD2,B,Prospecting,2026-01-05,100.00,USD\n");
    Files.writeString(transitions, "deal_id,from_stage,to_stage,changed_at,actor\n"
        + "D1,,Prospecting,2026-01-05T00:00:00Z,ann\nD1,Prospecting,Qualification,2026-01-15T00:00:00Z,ann\n"
        + "D3,,Prospecting,2026-01-05T00:00:00Z,ann\n");
    RevopsCliTest.Run r = RevopsCliTest.run("velocity", "--deals", deals.toString(), "--transitions",
        transitions.toString(), "--as-of", "2026-02-01", "--format", "json");
    assertEquals(0, r.status(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(1, json.get("historiesWithoutDeal").asLong());            // D3
    assertEquals(2, json.get("stageVelocity").get("counted").asLong());     // D1 and D3 have histories
    JsonNode prospecting = json.get("stageVelocity").get("stages").get(0);
    assertEquals(2, prospecting.get("entered").asLong());                   // D1 (left after 10 days) and D3
    assertEquals(10.0, prospecting.get("completed").get("meanDays").asDouble(), 0.0);
    assertEquals(2, json.get("salesVelocity").get("counted").asLong());     // D1 and D2, the deal records
  }
}
