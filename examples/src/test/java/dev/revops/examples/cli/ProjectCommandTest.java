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
}
