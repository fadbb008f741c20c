package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.deal.Deal;
import dev.revops.core.io.ColumnMapping;
import dev.revops.core.io.DealCsvImporter;
import dev.revops.core.io.ExchangeRateCsv;
import dev.revops.core.io.ImportOptions;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.money.Money;
import dev.revops.core.period.PeriodKind;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.roster.RosterCsv;
import dev.revops.core.scope.Scope;
import dev.revops.examples.sample.Bundled;
import dev.revops.forecast.calls.AdjustedForecast;
import dev.revops.forecast.calls.CallAccuracy;
import dev.revops.forecast.calls.CallCsv;
import dev.revops.forecast.calls.CallOptions;
import dev.revops.forecast.calls.CallOutcome;
import dev.revops.forecast.calls.CallOutcomes;
import dev.revops.forecast.calls.ForecastAdjustment;
import dev.revops.forecast.calls.ForecastCall;
import dev.revops.forecast.calls.HierarchyResult;
import dev.revops.forecast.calls.HierarchyRollup;
import dev.revops.forecast.calls.SystemForecastAtWeek;
import dev.revops.forecast.calls.SystemForecastResult;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.forecast.conversion.ProbabilityModel;
import dev.revops.core.deal.DealTimeline;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.FieldChange;
import dev.revops.core.io.FieldChangeCsv;
import dev.revops.core.io.HistoryCsvImporter;
import dev.revops.core.io.TransitionColumns;
import dev.revops.core.period.Period;
import dev.revops.core.pipeline.PipelineDefinition;
import java.util.HashMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallsCommandTest {
  static final ObjectMapper JSON = RevopsJson.mapper();

  /** A value as the CLI's JSON reads back (numbers as parsed, not as the Java types they came from). */
  static JsonNode tree(Object value) throws IOException {
    return JSON.readTree(JSON.writeValueAsString(value));
  }

  @Test
  void prints_what_the_library_computes_from_the_same_bundled_files() throws IOException {
    RevopsCliTest.Run r = RevopsCliTest.run("calls", "--format", "json");
    assertEquals(0, r.status(), r.err());
    JsonNode printed = JSON.readTree(r.out());
    Scope scope = Scope.builder().asOf(LocalDate.parse("2026-10-01"), ZoneOffset.UTC).periodKind(PeriodKind.QUARTER)
        .reportingCurrency(Money.currency("USD"))
        .exchangeRates(ExchangeRateCsv.table(ExchangeRateCsv.readAll(Bundled.sampleRates())))
        .addBasedOn(Bundled.definition("gen-deals").ref()).exampleLimit(3).build();
    CallOptions options = CallOptions.builder().scope(scope)
        .roster(RosterCsv.read(Bundled.sampleRoster(), ImportOptions.defaults()).roster()).build();
    HierarchyRollup rollup = new HierarchyRollup(options);
    DealCsvImporter.of(Bundled.definition("gen-deals"), ColumnMapping.genDeals()).read(Bundled.sampleDeals(),
        rollup::add, x -> { });
    HierarchyResult h = rollup.result();
    assertEquals(tree(h), printed.get("hierarchy"));

    List<ForecastAdjustment> adjustments = CallCsv.adjustments(scope, Optional.of(Money.currency("USD")))
        .readAll(Bundled.sampleAdjustments()).accepted();
    assertEquals(3, adjustments.size());
    assertEquals(tree(List.of(AdjustedForecast.of(h, "2026-Q4", ForecastCategory.COMMIT,
        Money.currency("USD"), adjustments, scope))), printed.get("adjusted"));

    List<ForecastCall> calls = CallCsv.calls(scope, Optional.of(Money.currency("USD"))).readAll(Bundled.sampleCalls())
        .accepted();
    List<Period> ended = List.of("2026-Q1", "2026-Q2", "2026-Q3").stream()
        .map(q -> scope.fiscalCalendar().parse(PeriodKind.QUARTER, q)).toList();
    SystemForecastResult system = systemForecast(options, ended, BuiltInModel.STAGE_DEFAULT);
    assertEquals(tree(system), printed.get("systemForecast"));
    List<CallOutcome> outcomes = new ArrayList<>();
    for (Period q : ended) {
      outcomes.addAll(CallOutcomes.asOfWeek(h, calls, q, 5, ForecastCategory.COMMIT, scope, system));
    }
    assertEquals(30, outcomes.size());   // 10 callers x 3 ended quarters
    assertTrue(outcomes.stream().allMatch(o -> o.system().isPresent()));
    assertEquals(tree(outcomes), printed.get("outcomes"));
    assertEquals(tree(new CallAccuracy(scope).addAll(outcomes).result()), printed.get("accuracy"));
    assertEquals("stage-default", printed.at("/systemForecastInputs/probabilityModel/id").asText());
  }

  /** The system forecast at week 5 from the bundled deals, transitions and field changes, joined by deal id. */
  static SystemForecastResult systemForecast(CallOptions options, List<Period> periods, ProbabilityModel model)
      throws IOException {
    PipelineDefinition def = Bundled.definition("gen-deals");
    Map<String, DealHistory> histories = new HashMap<>();
    HistoryCsvImporter.of(def, TransitionColumns.genDeals()).read(Bundled.sampleTransitions(),
        x -> histories.put(x.dealId(), x), x -> { });
    Map<String, List<FieldChange>> changes = new HashMap<>();
    FieldChangeCsv.readAll(Bundled.sampleFieldChanges(), def.timeZone()).accepted()
        .forEach(c -> changes.computeIfAbsent(c.dealId(), k -> new ArrayList<>()).add(c));
    SystemForecastAtWeek system = new SystemForecastAtWeek(options, periods, 5, model);
    DealCsvImporter.of(def, ColumnMapping.genDeals()).read(Bundled.sampleDeals(), d -> system.add(DealTimeline.of(d,
        Optional.ofNullable(histories.get(d.id())), changes.getOrDefault(d.id(), List.of()), def.timeZone())),
        x -> { });
    return system.result();
  }

  @Test
  void a_saved_model_weighs_the_system_forecast_and_is_named(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path model = dir.resolve("markov.json");
    RevopsCliTest.Run saved = RevopsCliTest.run("conversion", "--save-model", model.toString());
    assertEquals(0, saved.status(), saved.err());
    RevopsCliTest.Run r = RevopsCliTest.run("calls", "--model", model.toString(), "--format", "json");
    assertEquals(0, r.status(), r.err());
    JsonNode printed = JSON.readTree(r.out());
    assertTrue(printed.at("/systemForecastInputs/probabilityModel/id").asText().startsWith("markov:"),
        printed.get("systemForecastInputs").toString());
    assertTrue(printed.at("/systemForecastInputs/weights").asText().contains("the saved model"));
    assertTrue(printed.at("/systemForecast/provenance/basedOn").toString().contains("markov:"));
    RevopsCliTest.Run text = RevopsCliTest.run("calls", "--model", model.toString());
    assertTrue(text.out().contains("weighted by the saved model " + model), text.out());
  }

  @Test
  void without_transitions_the_system_forecast_is_not_rebuilt_and_the_output_says_so(
      @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path deals = Files.writeString(dir.resolve("deals.csv"), "deal_id,owner,stage\n");
    Path roster = Files.writeString(dir.resolve("roster.csv"), "person,manager,level,from,to\nbo,,rep,,\n");
    RevopsCliTest.Run r = RevopsCliTest.run("calls", "--deals", deals.toString(), "--layout", "gen-deals",
        "--roster", roster.toString(), "--format", "json");
    assertEquals(0, r.status(), r.err());
    JsonNode printed = JSON.readTree(r.out());
    assertEquals(false, printed.at("/systemForecastInputs/rebuilt").asBoolean());
    assertTrue(printed.get("notes").toString().contains("No system forecast at week 5: give --transitions"),
        printed.get("notes").toString());
  }

  @Test
  void a_model_or_field_changes_without_transitions_is_a_one_line_error_not_silently_unused(
      @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path deals = Files.writeString(dir.resolve("deals.csv"), "deal_id,owner,stage\n");
    Path roster = Files.writeString(dir.resolve("roster.csv"), "person,manager,level,from,to\nbo,,rep,,\n");
    Path changes = Files.writeString(dir.resolve("changes.csv"), "deal_id,field,changed_at,value\n");
    for (List<String> extra : List.of(List.of("--model", "deal-effective"), List.of("--field-changes",
        changes.toString()))) {
      List<String> args = new java.util.ArrayList<>(List.of("calls", "--deals", deals.toString(), "--layout",
          "gen-deals", "--roster", roster.toString()));
      args.addAll(extra);
      RevopsCliTest.Run r = RevopsCliTest.run(args.toArray(String[]::new));
      assertEquals(2, r.status(), r.err());
      assertEquals("revops calls: " + extra.get(0) + " is for the system forecast at week N, which is rebuilt from "
          + "the stage histories: give --transitions too\n", r.err());
    }
  }

  @Test
  void the_tables_show_the_sections_and_the_mid_year_move() {
    RevopsCliTest.Run r = RevopsCliTest.run("calls", "--group-by", "level:manager,level:region");
    assertEquals(0, r.status(), r.err());
    String out = r.out().replaceAll(" +", " ");
    for (String s : List.of("Deals grouped by [level:manager, level:region]", "The hierarchy roll-up",
        "Forecast Commit of 2026-Q4 without and with adjustments", "adjustments counted 3; excluded: none",
        "Who calls best", "2026-Q2 devon rep morgan USD", "2026-Q3 devon rep quinn USD",
        // morgan's 2026-Q4 Commit: 15,037.05 without adjustments; avery adjusted to 6,400.00 by morgan and
        // casey's own 8,500.00 (blake and harper have none): 14,900.00 with them
        "morgan manager USD 0.00 15,037.05 14,900.00 - -",
        "avery rep USD 7,963.60 7,963.60 7,963.60 - 6,400.00",
        "casey rep USD 7,073.45 7,073.45 8,500.00 8,500.00 -")) {
      assertTrue(out.contains(s), s + " missing from:\n" + out);
    }
  }

  @Test
  void an_unknown_dimension_is_a_one_line_error_listing_what_exists() {
    RevopsCliTest.Run r = RevopsCliTest.run("calls", "--group-by", "level:director");
    assertNotEquals(0, r.status());
    String line = r.err().strip();
    assertFalse(line.contains("\n"), line);
    assertTrue(line.contains("--group-by") && line.contains("level:manager, level:region, level:rep"), line);
  }

  @Test
  void deals_without_a_roster_are_refused_naming_the_option(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path deals = Files.writeString(dir.resolve("deals.csv"), "deal_id,owner\n");
    RevopsCliTest.Run r = RevopsCliTest.run("calls", "--deals", deals.toString(), "--layout", "gen-deals");
    assertNotEquals(0, r.status());
    assertTrue(r.err().contains("--roster FILE is required"), r.err());
  }

  @Test
  void the_maven_crm_sample_grouped_by_regional_office_with_the_roster_of_its_sales_teams() throws IOException {
    Path dir = Path.of(System.getProperty("revops.shared.dir", "../../shared"), "data/maven-crm-sales-opportunities");
    assumeTrue(Files.isDirectory(dir), "shared dataset not present: " + dir);
    RevopsCliTest.Run r = RevopsCliTest.run("calls", "--deals", dir.resolve("sales_pipeline.csv").toString(),
        "--layout", "maven-crm", "--roster", dir.resolve("sales_teams.csv").toString(), "--as-of", "2018-01-01",
        "--group-by", "level:regional_office", "--format", "json");
    assertEquals(0, r.status(), r.err());
    JsonNode rows = JSON.readTree(r.out()).at("/grouping/rows");
    List<String> lines = new ArrayList<>();
    rows.forEach(row -> lines.add(row.at("/group/level:regional_office").asText() + " " + row.get("won").asLong()
        + " " + row.get("lost").asLong() + " " + row.get("winRate").decimalValue().toPlainString() + " "
        + row.at("/wonAmount/0").asText()));
    // the figures of MavenCrmRosterTest, counted from the CSVs with a script
    assertEquals(List.of("Central 1629 975 0.6256 USD 3346293.00", "East 1171 687 0.6302 USD 3090594.00",
        "West 1438 811 0.6394 USD 3568647.00"), lines);
  }
}
