package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.io.ColumnMapping;
import dev.revops.core.io.DealCsvImporter;
import dev.revops.core.io.JsonRecordImporter;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.scope.Scope;
import dev.revops.examples.sample.Bundled;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.forecast.pipeline.RangeSettings;
import dev.revops.forecast.projection.Projection;
import dev.revops.forecast.projection.ProjectionOptions;
import dev.revops.forecast.projection.ProjectionRecord;
import dev.revops.forecast.projection.ProjectionResult;
import dev.revops.forecast.projection.RevenueTemplates;
import dev.revops.forecast.revenue.Contract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectCommandTest {

  @Test
  void runs_on_the_bundled_sample_with_its_contracts_and_templates() {
    RevopsCliTest.Run r = RevopsCliTest.run("project");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("As of 2026-10-01 (UTC)\nProjection as of 2026-10-01: templates sample-templates@1, probability "
        + "deal-effective@1, month periods"), r.out());
    assertTrue(r.out().contains("Contracts: bundled:sample/contracts.json: 121 accepted, 0 rejected"), r.out());
    assertTrue(r.out().contains("and 121 booked contracts"), r.out());
    assertTrue(r.out().contains("Ranges per period"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void the_json_projection_is_the_library_projection_of_the_same_inputs() throws IOException {
    RevopsCliTest.Run r = RevopsCliTest.run("project", "--format", "json");
    assertEquals(0, r.status(), r.err());
    PipelineDefinition def = Bundled.definition("gen-deals");
    ObjectMapper json = RevopsJson.mapper(def);
    ProjectionResult shown = json.treeToValue(new ObjectMapper().readTree(r.out()).get("projection"),
        ProjectionResult.class);
    RevenueTemplates templates = RevopsJson.mapper().readValue(Bundled.sampleTemplates(), RevenueTemplates.class);
    Scope scope = Scope.builder().asOf(LocalDate.parse("2026-10-01"), ZoneOffset.UTC).addBasedOn(def.ref())
        .exampleLimit(3).build();
    Projection p = new Projection(ProjectionOptions.builder().scope(scope).ranges(RangeSettings.builder().seed(42)
        .trials(2000).build()).build(), BuiltInModel.DEAL_EFFECTIVE, templates);
    DealCsvImporter.of(def, ColumnMapping.genDeals()).read(Bundled.sampleDeals(),
        d -> p.add(ProjectionRecord.openDeal(d)), x -> { });
    JsonRecordImporter.of("contracts", "contract", Contract.class, Contract::id).read(Bundled::sampleContracts,
        c -> p.add(ProjectionRecord.booked(c)), x -> { });
    assertEquals(p.result(), shown);
  }

  @Test
  void a_scenario_is_shown_against_the_base_in_every_format() throws IOException {
    RevopsCliTest.Run table = RevopsCliTest.run("project", "--slip-days", "30", "--categories", "commit,best-case");
    assertEquals(0, table.status(), table.err());
    assertTrue(table.out().contains("Scenario 'slip 30 days, only commit and best-case' against the base"),
        table.out());
    RevopsCliTest.Run csv = RevopsCliTest.run("project", "--slip-days", "30", "--format", "csv");
    List<String> lines = csv.out().lines().toList();
    assertEquals("section,period,group,currency,measure,value", lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("scenario,2026-10,,USD,revenue,-")), csv.out());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("range,2026-10,,USD,revenueP90,")), csv.out());
    JsonNode j = new ObjectMapper().readTree(RevopsCliTest.run("project", "--slip-days", "30", "--format", "json")
        .out());
    assertEquals("slip 30 days", j.get("comparison").get("scenario").asText());
    assertEquals(30, j.get("scenario").get("options").get("slipDays").asInt());
  }

  @Test
  void bad_templates_and_options_are_one_line_and_exit_status_2(@TempDir Path dir) throws IOException {
    Path t = dir.resolve("templates.json");
    Files.writeString(t, "{\"id\": \"t\", \"version\": 1, \"templates\": [{\"product\": \"x\", \"termMonths\": 0, "
        + "\"recognition\": \"POINT_IN_TIME\", \"invoicing\": \"UP_FRONT\"}]}");
    RevopsCliTest.Run r = RevopsCliTest.run("project", "--templates", t.toString());
    assertEquals(2, r.status(), r.out());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("termMonths"), r.err());
    RevopsCliTest.Run c = RevopsCliTest.run("project", "--categories", "maybe");
    assertEquals(2, c.status());
    assertTrue(c.err().startsWith("revops project: --categories"), c.err());
    RevopsCliTest.Run s = RevopsCliTest.run("project", "--slip-days", "-1");
    assertEquals(2, s.status());
    assertTrue(s.err().contains("slipDays"), s.err());
  }
  static final String HEADER = "deal_id,name,account_id,owner,segment,source,product,currency,amount,stage,probability,"
      + "forecast_category,created_date,expected_close_date,closed_date,cost_to_close,margin_pct\n";

  /** All at the close (point in time, up front, net 0), 10% of the amount to close. */
  static final String TEMPLATES = "{\"id\": \"t\", \"version\": 1, \"templates\": [{\"product\": \"Core\", "
      + "\"termMonths\": 1, \"recognition\": \"POINT_IN_TIME\", \"invoicing\": \"UP_FRONT\", \"dsoDays\": 0, "
      + "\"costToClose\": {\"rate\": 0.1}}]}";

  @Test
  void eur_and_usd_deals_are_reported_in_usd_with_rates_and_refused_without_them(@TempDir Path dir) throws IOException {
    Path deals = dir.resolve("deals.csv");
    Files.writeString(deals, HEADER
        + "E1,Deal E,A1,ann,SMB,Inbound,Core,EUR,10000.00,Proposal,50,Best Case,2026-09-01,2026-10-20,,,\n"
        + "U1,Deal U,A2,bo,SMB,Inbound,Core,USD,1000.00,Proposal,50,Best Case,2026-09-01,2026-10-25,,,\n");
    Path templates = dir.resolve("templates.json");
    Files.writeString(templates, TEMPLATES);
    Path rates = dir.resolve("rates.csv");
    Files.writeString(rates, "from,to,effectiveFrom,rate\nEUR,USD,2026-10-01,1.1000\n");
    RevopsCliTest.Run refused = RevopsCliTest.run("project", "--deals", deals.toString(), "--templates",
        templates.toString(), "--as-of", "2026-10-01", "--currency", "USD");
    assertEquals(2, refused.status(), refused.out());
    assertTrue(refused.err().contains("EUR") && refused.err().contains("USD") && refused.err().contains("--rates"),
        refused.err());
    // EUR 10,000.00 x 1.1 x 0.5 = USD 5,500.00; USD 1,000.00 x 0.5 = 500.00: October USD 6,000.00, cash the same
    // (DSO 0); cost to close 10% of it: 600.00, margin 5,400.00.
    RevopsCliTest.Run r = RevopsCliTest.run("project", "--deals", deals.toString(), "--templates", templates.toString(),
        "--as-of", "2026-10-01", "--currency", "USD", "--rates", rates.toString(), "--format", "json");
    assertEquals(0, r.status(), r.err());
    JsonNode oct = new ObjectMapper().readTree(r.out()).at("/projection/rows/0");
    assertEquals("2026-10", oct.at("/period/label").asText());
    assertEquals("USD 6000.00", oct.at("/total/revenue").asText());
    assertEquals("USD 6000.00", oct.at("/total/cash").asText());
    assertEquals("USD 600.00", oct.at("/total/costToClose").asText());
    assertEquals("USD 5400.00", oct.at("/total/grossMargin").asText());
    // without --currency: per currency, as before
    RevopsCliTest.Run per = RevopsCliTest.run("project", "--deals", deals.toString(), "--templates",
        templates.toString(), "--as-of", "2026-10-01", "--format", "json");
    assertEquals("EUR 5000.00", new ObjectMapper().readTree(per.out()).at("/projection/rows/0/total/revenue").asText());
  }

  @Test
  void per_group_the_figures_sum_to_the_rows_in_json_and_csv() throws IOException {
    RevopsCliTest.Run r = RevopsCliTest.run("project", "--group-by", "owner,attribute:none-such", "--currency", "USD",
        "--format", "json");
    assertEquals(0, r.status(), r.err());
    JsonNode p = new ObjectMapper().readTree(r.out()).get("projection");
    java.util.Map<String, java.math.BigDecimal> revenue = new java.util.HashMap<>();
    java.util.Map<String, java.math.BigDecimal> cash = new java.util.HashMap<>();
    int groups = 0;
    for (JsonNode g : p.get("groups")) {
      groups++;
      assertEquals("(none)", g.at("/group/attribute:none-such").asText());
      for (JsonNode row : g.get("rows")) {
        revenue.merge(row.at("/period/label").asText(), amount(row.at("/total/revenue")), java.math.BigDecimal::add);
        cash.merge(row.at("/period/label").asText(), amount(row.at("/total/cash")), java.math.BigDecimal::add);
      }
    }
    assertEquals(8, groups);
    for (JsonNode row : p.get("rows")) {
      String period = row.at("/period/label").asText();
      assertEquals(0, amount(row.at("/total/revenue")).compareTo(revenue.get(period)), period);
      assertEquals(0, amount(row.at("/total/cash")).compareTo(cash.get(period)), period);
    }
    RevopsCliTest.Run csv = RevopsCliTest.run("project", "--group-by", "level:manager", "--format", "csv");
    assertEquals(0, csv.status(), csv.err());
    assertTrue(csv.out().lines().anyMatch(l -> l.startsWith("projection-group,2026-10,level:manager=")), csv.out());
    RevopsCliTest.Run bad = RevopsCliTest.run("project", "--group-by", "level:vp");
    assertEquals(2, bad.status());
    assertTrue(bad.err().contains("level:vp"), bad.err());
  }

  private static java.math.BigDecimal amount(JsonNode money) {
    return new java.math.BigDecimal(money.asText().substring(4));
  }
}
