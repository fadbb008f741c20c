package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineCommandTest {

  @Test
  void runs_on_the_bundled_sample_in_usd_with_its_targets() {
    RevopsCliTest.Run r = RevopsCliTest.run("pipeline");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("As of 2026-10-01 (UTC)\nPipeline as of 2026-10-01: definition gen-deals@1, probability deal-effective@1"),
        r.out());
    assertTrue(r.out().contains("600 rows read, 594 accepted, 6 rejected"), r.out());
    assertTrue(r.out().contains("converted to USD"), r.out());
    assertTrue(r.out().contains("2026-Q4  owner=avery"), r.out());
    assertTrue(r.out().contains("simulation (10,000 trials)"), r.out());
  }

  @Test
  void json_output_holds_every_result_and_they_agree() throws IOException {
    RevopsCliTest.Run r = RevopsCliTest.run("pipeline", "--format", "json", "--group-by", "owner");
    assertEquals(0, r.status(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(594, json.get("import").get("rowsAccepted").asInt());
    JsonNode total = json.get("weightedPipeline").get("totals").get(0);
    long groups = 0;
    for (JsonNode g : json.get("weightedPipeline").get("groups")) {
      groups += Math.round(Double.parseDouble(g.get("weighted").asText().substring(4)) * 100);
    }
    assertEquals(Math.round(Double.parseDouble(total.get("weighted").asText().substring(4)) * 100), groups);
    assertEquals(11, json.get("targets").size());
    assertTrue(json.get("range").get("periods").size() > 0);
  }

  @Test
  void without_the_range_nothing_is_simulated_and_the_other_figures_are_unchanged() throws IOException {
    RevopsCliTest.Run all = RevopsCliTest.run("pipeline", "--format", "json");
    RevopsCliTest.Run none = RevopsCliTest.run("pipeline", "--format", "json", "--no-range");
    assertEquals(0, none.status(), none.err());
    JsonNode a = new ObjectMapper().readTree(all.out());
    JsonNode n = new ObjectMapper().readTree(none.out());
    assertTrue(a.has("range"));
    assertFalse(n.has("range"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) a).remove("range");
    assertEquals(a, n);
    RevopsCliTest.Run table = RevopsCliTest.run("pipeline", "--no-range");
    assertFalse(table.out().contains("Range of won revenue"), table.out());
  }

  @Test
  void csv_output_is_one_long_table() {
    RevopsCliTest.Run r = RevopsCliTest.run("pipeline", "--format", "csv", "--period", "month");
    assertEquals(0, r.status(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("section,period,group,currency,measure,value", lines.get(0));
    assertTrue(lines.contains("weighted-pipeline,,,USD,deals,137"), lines.subList(0, 6).toString());
    assertTrue(lines.stream().allMatch(l -> l.split(",", -1).length >= 6));
  }

  @Test
  void reads_given_deals_targets_and_rates(@TempDir Path dir) throws IOException {
    Path deals = dir.resolve("deals.csv");
    Files.writeString(deals, "deal_id,owner,stage,amount,currency,expected_close_date,closed_date\n"
        + "D1,ann,Proposal,1000.00,EUR,2026-11-15,\n"
        + "D2,ann,Closed Won,500.00,USD,2026-10-10,2026-10-10\n"
        + "D3,bob,Negotiation,200.00,GBP,2026-12-01,\n");
    Path rates = dir.resolve("rates.csv");
    Files.writeString(rates, "from,to,effectiveFrom,rate\nEUR,USD,2026-01-01,1.10\n");
    Path targets = dir.resolve("targets.csv");
    Files.writeString(targets, "period,owner,amount\n2026-Q4,ann,2000\n2026-Q9,ann,1\n");
    RevopsCliTest.Run r = RevopsCliTest.run("pipeline", "--deals", deals.toString(), "--layout", "gen-deals",
        "--currency", "usd", "--rates", rates.toString(), "--targets", targets.toString(), "--as-of", "2026-10-15");
    assertEquals(0, r.status(), r.err());
    String out = r.out().replaceAll(" +", " ");
    // D1: 1000 EUR x 1.10 = 1100 USD x 0.6 = 660; D3 has no GBP rate
    assertTrue(out.contains("USD 1 1,100.00 660.00"), out);
    assertTrue(out.contains("currency without a rate 1 (e.g. D3)"), out);
    assertTrue(out.contains("targets: 1 of 2 rows rejected"), out);
    // target 2000, won 500: gap 1500; open 1100: coverage 1100/1500 = 0.73x, needed 1500/1100 = 136.4%
    assertTrue(out.contains("2026-Q4 owner=ann USD 2000.00 500.00 1,500.00 1,100.00 660.00 0.73x 136.4% 25.0%"), out);
    // range: won 500 for sure, 1100 at 0.6: expected 1160, sd 1100 x sqrt(0.24) = 538.89
    assertTrue(out.contains("2026-Q4 USD 500.00 1 1,160.00 538.89 500.00 1,600.00 1,600.00 exact"), out);
  }

  @Test
  void bad_options_are_one_line_errors() {
    assertEquals(2, RevopsCliTest.run("pipeline", "--period", "week").status());
    RevopsCliTest.Run r = RevopsCliTest.run("pipeline", "--currency", "usdollar");
    assertEquals(2, r.status());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }
}
