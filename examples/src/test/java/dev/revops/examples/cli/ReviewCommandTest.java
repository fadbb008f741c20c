package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.json.RevopsJson;
import dev.revops.examples.sample.Bundled;
import dev.revops.examples.sample.SampleGenerator;
import dev.revops.forecast.review.ExecutionReviewResult;
import dev.revops.forecast.review.ForecastReconciliationResult;
import dev.revops.forecast.review.PipelineReviewResult;
import dev.revops.forecast.review.ReconciliationRow;
import dev.revops.forecast.review.Waterfall;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {
  static final ObjectMapper JSON = RevopsJson.mapper();

  static JsonNode json(String... args) throws IOException {
    RevopsCliTest.Run r = RevopsCliTest.run(args);
    assertEquals(0, r.status(), r.err());
    return JSON.readTree(r.out());
  }

  @Test
  void compares_the_two_bundled_snapshots_in_three_reviews() {
    RevopsCliTest.Run r = RevopsCliTest.run("review");
    assertEquals(0, r.status(), r.err());
    String out = r.out().replaceAll(" +", " ");
    assertTrue(out.startsWith("As of 2026-10-01 (UTC)\nReview 2026-09-24 -> 2026-10-01: definition gen-deals@1"), out);
    for (String section : List.of("MONDAY: PIPELINE REVIEW", "Waterfall of 2026-Q4 (USD)", "Stage movements since",
        "Deals at risk in 2026-10-01", "WEDNESDAY: FORECAST RECONCILIATION", "What moved it",
        "FRIDAY: EXECUTION REVIEW", "Forecast accuracy of ended periods", "2026-Q3 2026-09-24")) {
      assertTrue(out.contains(section), section + " missing from:\n" + out);
    }
    // the six rows deals.csv rejects are in the earlier snapshot only, and say so
    assertTrue(out.contains("only in the previous state (deleted, merged or rejected since) 6"), out);
  }

  @Test
  void snapshots_and_states_rebuilt_from_the_histories_give_the_same_latest_pipeline() throws IOException {
    PipelineReviewResult snapshots = JSON.treeToValue(json("review", "--format", "json").get("pipelineReview"),
        PipelineReviewResult.class);
    PipelineReviewResult rebuilt = JSON.treeToValue(json("review", "--from", "2026-09-24", "--to", "2026-10-01",
        "--format", "json").get("pipelineReview"), PipelineReviewResult.class);
    assertEquals(snapshots.waterfalls().size(), rebuilt.waterfalls().size());
    for (int i = 0; i < snapshots.waterfalls().size(); i++) {
      Waterfall a = snapshots.waterfalls().get(i);
      Waterfall b = rebuilt.waterfalls().get(i);
      assertEquals(a.period(), b.period());
      assertEquals(a.amount().end(), b.amount().end());
      assertEquals(a.weighted().end(), b.weighted().end());
      // the snapshot of 2026-09-24 still has the deals whose rows deals.csv rejects; rebuilt, they are in no state
      assertEquals(a.amount().start().minus(a.amount().removed()), b.amount().start());
    }
  }

  @Test
  void the_latest_forecast_is_the_one_revops_pipeline_computes() throws IOException {
    ForecastReconciliationResult review = JSON.treeToValue(json("review", "--format", "json")
        .get("forecastReconciliation"), ForecastReconciliationResult.class);
    JsonNode pipeline = json("pipeline", "--format", "json");
    for (JsonNode total : pipeline.get("rollups").get("totals")) {
      String period = total.get("period").get("label").asText();
      ReconciliationRow row = review.rows().stream().filter(x -> x.period().label().equals(period)
          && x.group().isEmpty()).findFirst().orElseThrow();
      assertEquals(total.get("commitForecast").asText(), row.latest().commitForecast().toString(), period);
      assertEquals(total.get("bestCaseForecast").asText(), row.latest().bestCaseForecast().toString(), period);
    }
  }

  @Test
  void aging_thresholds_learned_with_durations_spilled_to_disk_equal_those_learned_in_memory() {
    // one duration in memory: every visit's duration goes to the temp file as a run and is merged back
    RevopsCliTest.Run inMemory = RevopsCliTest.run("review", "--format", "json");
    RevopsCliTest.Run spilled = RevopsCliTest.run("review", "--format", "json", "--durations-in-memory", "1");
    assertEquals(0, spilled.status(), spilled.err());
    assertEquals(inMemory.out(), spilled.out());
    RevopsCliTest.Run none = RevopsCliTest.run("review", "--durations-in-memory", "0");
    assertEquals(2, none.status());
    assertTrue(none.err().contains("--durations-in-memory must be between 1 and 100,000,000, was 0"), none.err());
  }

  @Test
  void more_states_score_the_forecast_of_more_periods() throws IOException {
    ExecutionReviewResult friday = JSON.treeToValue(json("review", "--from", "2026-09-01", "--to", "2026-10-01",
        "--earlier", "2026-06-01,2026-07-01,2026-08-01", "--period", "month", "--format", "json")
        .get("executionReview"), ExecutionReviewResult.class);
    assertEquals(List.of("2026-06", "2026-07", "2026-08", "2026-09"),
        friday.accuracy().stream().map(a -> a.period().label()).toList());
    assertEquals(4, friday.summary().get(0).periods());
    // each month is forecast from the state at its start
    assertEquals(List.of("2026-06-01", "2026-07-01", "2026-08-01", "2026-09-01"),
        friday.accuracy().stream().map(a -> a.forecastState().label()).toList());
  }

  @Test
  void reads_snapshot_files_dated_by_their_names(@TempDir Path dir) throws IOException {
    Path before = dir.resolve("export-2026-09-24.csv");
    Path now = dir.resolve("export-2026-10-01.csv");
    try (Reader a = Bundled.samplePreviousDeals(); Reader b = Bundled.sampleDeals()) {
      Files.writeString(before, read(a));
      Files.writeString(now, read(b));
    }
    RevopsCliTest.Run r = RevopsCliTest.run("review", "--from", before.toString(), "--to", "2026-10-01=" + now);
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("2026-09-24  snapshot " + before), r.out());
    // without --transitions nothing is learned: overrides are judged against the stage defaults
    assertTrue(!r.out().contains("Markov model learned"), r.out());
    assertTrue(r.out().contains("0 open deals not judged") || r.out().contains("open deals not judged"), r.out());
  }

  static String read(Reader in) throws IOException {
    java.io.StringWriter w = new java.io.StringWriter();
    in.transferTo(w);
    return w.toString();
  }

  @Test
  void refuses_states_it_cannot_order_or_mix() {
    RevopsCliTest.Run mixed = RevopsCliTest.run("review", "--from", "2026-09-24", "--to", "deals-2026-10-01.csv");
    assertEquals(2, mixed.status());
    assertEquals("revops review: give every state as a snapshot file or every state as a date, not some of each\n",
        mixed.err());
    RevopsCliTest.Run backwards = RevopsCliTest.run("review", "--from", "2026-10-01", "--to", "2026-09-24");
    assertEquals("revops review: --to 2026-09-24 must be after --from 2026-10-01\n", backwards.err());
    RevopsCliTest.Run undated = RevopsCliTest.run("review", "--from", "old.csv", "--to", "new.csv");
    assertTrue(undated.err().contains("--from 'old.csv' must be a date (yyyy-MM-dd), DATE=FILE, or a snapshot file"),
        undated.err());
    RevopsCliTest.Run one = RevopsCliTest.run("review", "--to", "2026-10-01");
    assertEquals("revops review: give both --from and --to\n", one.err());
    assertEquals(SampleGenerator.PREVIOUS.plusDays(7), SampleGenerator.AS_OF);
  }

  @Test
  void a_target_given_twice_is_a_rejected_row_and_the_first_one_is_compared(@TempDir Path dir) throws IOException {
    // the library refuses repeated targets outright; the CLI rejects the repeating row, like any bad row
    Path targets = dir.resolve("targets.csv");
    Files.writeString(targets, "period,amount\n2026-Q4,100000\n2026-Q1,5\n2026-Q4,200000\n");
    RevopsCliTest.Run r = RevopsCliTest.run("review", "--targets", targets.toString(), "--format", "json");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("targets: 1 of 3 rows rejected"), r.out());
    assertTrue(r.out().contains("\"target\" : \"USD 100000.00\""), r.out());
    assertTrue(!r.out().contains("USD 200000.00"), r.out());
  }
}
