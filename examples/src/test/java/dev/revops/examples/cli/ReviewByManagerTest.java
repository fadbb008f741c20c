package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.revops.core.deal.Deal;
import dev.revops.core.io.ColumnMapping;
import dev.revops.core.io.DealCsvImporter;
import dev.revops.core.io.ExchangeRateCsv;
import dev.revops.core.io.ImportOptions;
import dev.revops.core.money.Money;
import dev.revops.core.period.PeriodKind;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.roster.RosterCsv;
import dev.revops.core.scope.Scope;
import dev.revops.examples.sample.Bundled;
import dev.revops.examples.sample.SampleGenerator;
import dev.revops.forecast.calls.CallCsv;
import dev.revops.forecast.calls.CallOptions;
import dev.revops.core.roster.CreditDate;
import dev.revops.forecast.calls.ForecastCall;
import dev.revops.forecast.calls.ManagerReview;
import dev.revops.forecast.calls.ManagerReviewOptions;
import dev.revops.forecast.calls.RosterTarget;
import dev.revops.forecast.calls.TargetCovers;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.forecast.pipeline.Target;
import dev.revops.forecast.pipeline.TargetCsv;
import dev.revops.core.period.FiscalCalendar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code revops review --by-manager} and {@code --coverage-trend} on the bundled sample. */
class ReviewByManagerTest {

  @Test
  void the_review_per_manager_prints_what_the_library_computes_from_the_same_bundled_files() throws IOException {
    RevopsCliTest.Run r = RevopsCliTest.run("review", "--by-manager", "--format", "json");
    assertEquals(0, r.status(), r.err());
    JsonNode printed = CallsCommandTest.JSON.readTree(r.out()).get("managerReview");
    PipelineDefinition def = Bundled.definition("gen-deals");
    Scope scope = Scope.builder().asOf(SampleGenerator.AS_OF, def.timeZone()).periodKind(PeriodKind.QUARTER)
        .reportingCurrency(Money.currency("USD"))
        .exchangeRates(ExchangeRateCsv.table(ExchangeRateCsv.readAll(Bundled.sampleRates())))
        .addBasedOn(def.ref()).exampleLimit(10).build();
    Optional<java.util.Currency> usd = Optional.of(Money.currency("USD"));
    List<ForecastCall> calls = new ArrayList<>(CallCsv.calls(scope, usd).readAll(Bundled.sampleCalls()).accepted());
    calls.addAll(CallCsv.calls(scope, usd).readAll(Bundled.sampleCallsQ4()).accepted());
    List<RosterTarget> targets = new ArrayList<>();
    for (Target t : TargetCsv.importer(FiscalCalendar.calendarYear(), PeriodKind.QUARTER, usd)
        .readAll(Bundled.sampleTargets()).accepted()) {
      if (t.group().containsKey("owner")) {
        targets.add(RosterTarget.of(t, TargetCovers.OWN));
      }
    }
    for (Target t : TargetCsv.importer(FiscalCalendar.calendarYear(), PeriodKind.QUARTER, usd)
        .readAll(Bundled.sampleTeamTargets()).accepted()) {
      targets.add(RosterTarget.of(t, TargetCovers.TEAM));
    }
    ManagerReviewOptions options = ManagerReviewOptions.builder().period("2026-Q4").currency(Money.currency("USD"))
        .callOptions(CallOptions.builder().scope(scope).creditDate(CreditDate.AS_OF)
            .roster(RosterCsv.read(Bundled.sampleRoster(), ImportOptions.defaults()).roster()).build())
        .addAllTargets(targets).addAllCalls(calls)
        .addAllAdjustments(CallCsv.adjustments(scope, usd).readAll(Bundled.sampleAdjustments()).accepted()).build();
    ManagerReview review = new ManagerReview(options, BuiltInModel.DEAL_EFFECTIVE);
    List<Deal> deals = DealCsvImporter.of(def, ColumnMapping.genDeals()).readAll(Bundled.sampleDeals()).accepted();
    deals.forEach(review::add);
    assertEquals(CallsCommandTest.tree(review.result()), printed);
    // 8 reps' own targets, 3 team targets
    assertEquals(11, printed.at("/targets/provenance/counted").asLong());
    assertEquals(List.of("americas", "emea", "morgan", "quinn"), names(printed.get("rows")));
  }

  private static List<String> names(JsonNode rows) {
    List<String> out = new ArrayList<>();
    rows.forEach(x -> out.add(x.get("person").asText()));
    return out;
  }

  @Test
  void the_tables_show_each_manager_s_gaps_and_the_team_targets_beside_the_roll_up() {
    RevopsCliTest.Run r = RevopsCliTest.run("review", "--by-manager");
    assertEquals(0, r.status(), r.err());
    String out = r.out().replaceAll(" +", " ");
    for (String s : List.of("Wednesday per manager: 2026-Q4 commit (USD), deals credited on the as-of date",
        // morgan: team target 550,000, call 17,100 (his 2026-09-30 call; the 17,800 of 09-23 is superseded),
        // Commit 15,037.05 without adjustments and 14,900.00 with them (as revops calls shows); gaps
        // 550,000 - 17,100 = 532,900 and 14,900 - 17,100 = -2,200
        // system 229,258.11 (nothing won yet: the weighted pipeline); P10-P90 by the range forecast's seeded
        // simulation (25 open deals); call - system = 17,100 - 229,258.11 = -212,158.11
        "morgan manager 550,000.00 17,100.00 15,037.05 14,900.00 229,258.11 92,949.12 200,846.73 436,036.90 "
            + "532,900.00 -212,158.11 -2,200.00",
        "quinn manager 500,000.00 88,100.00 92,580.03 93,782.60 464,289.58 244,441.94 450,182.11 699,395.80 "
            + "411,900.00 -376,189.58 5,682.60",
        // quinn's team target 500,000 is 50,000 short of his four reps' 4 x 137,500 = 550,000 (devon moved to
        // him on 1 July, harper away); americas asks 600,000 - 550,000 = 50,000 more than morgan's team
        "2026-Q4 quinn manager emea USD 0.00 550,000.00 500,000.00 -50,000.00",
        "2026-Q4 americas region - USD 0.00 550,000.00 600,000.00 50,000.00",
        "2026-Q4 devon rep quinn USD 137,500.00 137,500.00 - -")) {
      assertTrue(out.contains(s), s + " missing from:\n" + out);
    }
  }

  @Test
  void every_figure_of_the_tables_is_a_csv_record() {
    RevopsCliTest.Run r = RevopsCliTest.run("review", "--by-manager", "--format", "csv");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("manager-review,2026-Q4,") && l.contains("morgan")
        && l.contains("targetMinusCall") && l.contains("532900.00")), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("target-rollup,2026-Q4,") && l.contains("quinn")
        && l.contains("difference") && l.contains("-50000.00")), r.out());
  }

  @Test
  void without_the_option_the_output_has_no_new_section() throws IOException {
    RevopsCliTest.Run r = RevopsCliTest.run("review", "--format", "json");
    JsonNode json = CallsCommandTest.JSON.readTree(r.out());
    assertFalse(json.has("managerReview"));
    assertFalse(json.has("coverageTrend"));
  }

  @Test
  void an_unknown_level_is_a_one_line_error_listing_the_roster_s_levels() {
    RevopsCliTest.Run r = RevopsCliTest.run("review", "--by-manager", "--manager-level", "director");
    assertNotEquals(0, r.status());
    String line = r.err().strip();
    assertFalse(line.contains("\n"), line);
    assertTrue(line.contains("--manager-level") && line.contains("[manager, region, rep]"), line);
  }

  @Test
  void at_the_region_level_the_rows_are_the_two_regions() throws IOException {
    RevopsCliTest.Run r = RevopsCliTest.run("review", "--by-manager", "--manager-level", "region", "--format", "json");
    assertEquals(0, r.status(), r.err());
    assertEquals(List.of("americas", "emea"), names(CallsCommandTest.JSON.readTree(r.out()).at("/managerReview/rows")));
  }

  @Test
  void team_targets_not_split_by_owner_are_named_as_not_used(@TempDir Path dir) throws IOException {
    Path team = Files.writeString(dir.resolve("team.csv"), "period,owner,segment,amount,currency\n"
        + "2026-Q4,morgan,,400000,USD\n2026-Q4,,smb,1,USD\n");
    RevopsCliTest.Run r = RevopsCliTest.run("review", "--by-manager", "--team-targets", team.toString(), "--format",
        "json");
    assertEquals(0, r.status(), r.err());
    JsonNode json = CallsCommandTest.JSON.readTree(r.out());
    assertTrue(json.get("notes").toString().contains("Team targets: 1 rows are not split by owner alone"),
        json.get("notes").toString());
    // morgan's team target is now 400,000: 150,000 short of his reps' 550,000
    JsonNode morgan = json.at("/managerReview/rows/2");
    assertEquals("morgan", morgan.get("person").asText());
    assertEquals("USD -150000.00", morgan.at("/targets/difference").asText());
    assertEquals("USD 400000.00", morgan.get("target").asText());
  }

  @Test
  void on_the_sample_the_review_per_manager_takes_credit_without_a_roster_file() {
    // the sample's own roster is used; --credit belongs to the review per manager here, not to grouping
    RevopsCliTest.Run r = RevopsCliTest.run("review", "--by-manager", "--credit", "close-date");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("Wednesday per manager: ")
        && l.contains("deals credited on the close")), r.out());
  }

  @Test
  void deals_without_a_roster_are_refused_naming_the_option(@TempDir Path dir) throws IOException {
    Path deals = Files.writeString(dir.resolve("deals-2026-10-01.csv"), "deal_id,owner\n");
    Path before = Files.writeString(dir.resolve("deals-2026-09-24.csv"), "deal_id,owner\n");
    RevopsCliTest.Run r = RevopsCliTest.run("review", "--layout", "gen-deals", "--from", before.toString(), "--to",
        deals.toString(), "--by-manager", "--currency", "USD");
    assertNotEquals(0, r.status());
    assertTrue(r.err().contains("--by-manager needs --roster FILE"), r.err());
  }

  @Test
  void the_coverage_trend_s_points_are_the_reconciliation_s_figures_of_the_same_state() throws IOException {
    RevopsCliTest.Run r = RevopsCliTest.run("review", "--from", "2026-09-24", "--to", "2026-10-01", "--earlier",
        "2026-04-01,2026-07-01", "--coverage-trend", "--format", "json");
    assertEquals(0, r.status(), r.err());
    JsonNode json = CallsCommandTest.JSON.readTree(r.out());
    JsonNode trend = json.get("coverageTrend");
    assertEquals(1, trend.get("latestWeek").asInt());
    List<String> same = new ArrayList<>();
    trend.get("sameWeek").forEach(p -> same.add(p.get("state").asText() + " " + p.at("/period/label").asText()));
    assertEquals(List.of("2026-04-01 2026-Q2", "2026-07-01 2026-Q3", "2026-10-01 2026-Q4"), same);
    // the latest state's point of 2026-Q4 is the reconciliation's 2026-Q4 total in the latest state, and the
    // 2026-09-24 point of 2026-Q3 its 2026-Q3 total in the previous state
    JsonNode q4 = trend.get("points").get(3);
    JsonNode q3 = trend.get("points").get(2);
    for (JsonNode row : json.at("/forecastReconciliation/rows")) {
      if (row.get("group").isEmpty() && row.at("/period/label").asText().equals("2026-Q4")) {
        same(row.get("latest"), q4);
      }
      if (row.get("group").isEmpty() && row.at("/period/label").asText().equals("2026-Q3")) {
        same(row.get("previous"), q3);
      }
    }
    assertEquals("USD 1100000.00", q4.get("target").asText());
    // week 1 of 2026-Q3 against week 1 of 2026-Q4 (2026-Q2 has no target in the sample)
    assertEquals("2.6174 0.8017", trend.at("/sameWeek/1/coverage").decimalValue().toPlainString() + " "
        + trend.at("/sameWeek/1/weightedCoverage").decimalValue().toPlainString());
    assertEquals("USD 2421853.08 USD 693547.69", q4.get("openPipeline").asText() + " "
        + q4.get("weightedPipeline").asText());
    assertEquals("2.2017 0.6305", q4.get("coverage").decimalValue().toPlainString() + " "
        + q4.get("weightedCoverage").decimalValue().toPlainString());
  }

  private static void same(JsonNode reconciliation, JsonNode point) {
    assertEquals(reconciliation.get("closedWon"), point.get("closedWon"));
    assertEquals(reconciliation.get("openPipeline"), point.get("openPipeline"));
    assertEquals(reconciliation.get("weighted"), point.get("weightedPipeline"));
    assertEquals(reconciliation.get("coverage"), point.get("coverage"));
  }
}
