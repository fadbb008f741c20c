package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * velocity and conversion from the deals alone (no --transitions), grouped by any dimension and by
 * the levels of a roster in which ana moves from bo to cy on 1 July. Figures worked out by hand.
 */
class DealsOnlyCommandsTest {
  /**
   * Cycles (created to closed, days): D1 60 (won 1,000), D2 190 (won 3,000), D3 40 (lost), D4 30
   * (won 2,000), D6 20 (lost); D5 open.
   */
  static final String DEALS = "deal_id,name,owner,segment,stage,created_date,expected_close_date,closed_date,amount,"
      + "currency\n"
      + "D1,A,ana,SMB,Closed Won,2026-01-01,,2026-03-02,1000.00,USD\n"
      + "D2,B,ana,SMB,Closed Won,2026-02-01,,2026-08-10,3000.00,USD\n"
      + "D3,C,al,Mid-Market,Closed Lost,2026-03-01,,2026-04-10,500.00,USD\n"
      + "D4,D,al,SMB,Closed Won,2026-04-01,,2026-05-01,2000.00,USD\n"
      + "D5,E,ana,SMB,Prospecting,2026-06-01,2026-12-01,,700.00,USD\n"
      + "D6,F,ana,Mid-Market,Closed Lost,2026-07-01,,2026-07-21,400.00,USD\n";

  static final String ROSTER = "person,manager,level,from,to\n"
      + "west,,region,,\neast,,region,,\nbo,west,manager,,\ncy,east,manager,,\nal,bo,rep,,\n"
      + "ana,bo,rep,,2026-07-01\nana,cy,rep,2026-07-01,\n";

  static List<String> args(Path dir, String command, String... more) throws IOException {
    Path deals = dir.resolve("deals.csv");
    Path roster = dir.resolve("roster.csv");
    Files.writeString(deals, DEALS);
    Files.writeString(roster, ROSTER);
    List<String> a = new ArrayList<>(List.of(command, "--deals", deals.toString(), "--as-of", "2026-10-01",
        "--roster", roster.toString(), "--format", "json"));
    a.addAll(List.of(more));
    return a;
  }

  static JsonNode json(List<String> args) throws IOException {
    RevopsCliTest.Run r = RevopsCliTest.run(args.toArray(String[]::new));
    assertEquals(0, r.status(), r.err());
    return new ObjectMapper().readTree(r.out());
  }

  /** A JSON number equals a decimal, whatever its scale. */
  static void assertDecimal(String expected, JsonNode actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual.decimalValue()), actual.toString());
  }

  static JsonNode group(JsonNode winLoss, String dimension, String value) {
    for (JsonNode g : winLoss.get("groups")) {
      if (g.get("group").get(dimension).asText().equals(value)) {
        return g;
      }
    }
    throw new AssertionError("no group " + value + " in " + winLoss);
  }

  @Test
  void velocity_without_transitions_reports_win_rate_cycles_and_sales_velocity(@TempDir Path dir) throws IOException {
    JsonNode j = json(args(dir, "velocity"));
    JsonNode all = j.get("winLoss").get("overall");
    assertEquals(3, all.get("won").asLong());
    assertEquals(2, all.get("lost").asLong());
    assertEquals(1, all.get("open").asLong());
    assertDecimal("0.6000", all.get("winRate"));                       // 3 / 5
    assertEquals("USD 2000.00", all.get("averageWonAmount").asText());         // 6,000 / 3
    assertDecimal("93.33", all.get("wonCycle").get("meanDays"));       // (60 + 190 + 30) / 3
    assertDecimal("60.00", all.get("wonCycle").get("medianDays"));     // 30, 60, 190
    assertDecimal("68.00", all.get("closedCycle").get("meanDays"));    // 340 / 5
    assertDecimal("40.00", all.get("closedCycle").get("medianDays"));  // 20, 30, 40, 60, 190
    // 6 opportunities x 0.6 x 2,000.00 / 93.333 days = 77.142857 a day
    JsonNode sales = j.get("salesVelocity").get("overall");
    assertEquals("USD 77.14", sales.get("velocityPerDay").asText(), sales.toString());
    assertTrue(j.get("needsHistories").toString().contains("time in stage"), j.get("needsHistories").toString());
  }

  @Test
  void the_deals_only_reports_state_their_as_of_first_and_warn_of_an_export_over_a_year_old(@TempDir Path dir) throws IOException {
    Path deals = dir.resolve("deals.csv");
    Files.writeString(deals, DEALS);
    // the latest created or closed date of DEALS is 2026-07-21; 2028-01-01 is more than a year after it
    for (String command : List.of("velocity", "conversion")) {
      RevopsCliTest.Run r = RevopsCliTest.run(command, "--deals", deals.toString(), "--as-of", "2028-01-01");
      assertEquals(0, r.status(), r.err());
      List<String> lines = r.out().lines().toList();
      assertEquals("As of 2028-01-01 (UTC)", lines.get(0), command);
      assertTrue(lines.get(1).startsWith("Warning"), command + ": " + lines.get(1));
    }
  }

  @Test
  void grouped_by_manager_a_deal_counts_for_the_manager_of_its_close_date(@TempDir Path dir) throws IOException {
    JsonNode j = json(args(dir, "conversion", "--group-by", "level:manager"));
    JsonNode wl = j.get("winLoss");
    // bo: D1 (ana, closed in March, before her move), D3, D4; cy: D2 and D6 (closed after it), D5
    JsonNode bo = group(wl, "level:manager", "bo");
    assertEquals(List.of(2L, 1L, 0L), List.of(bo.get("won").asLong(), bo.get("lost").asLong(), bo.get("open").asLong()));
    assertDecimal("0.6667", bo.get("winRate"));
    assertEquals("USD 1500.00", bo.get("averageWonAmount").asText());
    assertDecimal("43.33", bo.get("closedCycle").get("meanDays"));     // (60 + 40 + 30) / 3
    JsonNode cy = group(wl, "level:manager", "cy");
    assertEquals(List.of(1L, 1L, 1L), List.of(cy.get("won").asLong(), cy.get("lost").asLong(), cy.get("open").asLong()));
    assertDecimal("0.5000", cy.get("winRate"));
    assertDecimal("105.00", cy.get("closedCycle").get("medianDays"));  // 20 and 190
    assertEquals("CLOSE_DATE", j.get("roster").get("creditDate").asText());
    assertEquals("CLOSE_DATE", wl.get("options").get("creditDate").asText());
  }

  @Test
  void credited_as_of_today_every_deal_of_ana_moves_to_cy(@TempDir Path dir) throws IOException {
    JsonNode wl = json(args(dir, "velocity", "--group-by", "level:manager",
        "--credit", "as-of")).get("winLoss");
    JsonNode bo = group(wl, "level:manager", "bo");   // al's D3 and D4
    assertEquals(List.of(1L, 1L), List.of(bo.get("won").asLong(), bo.get("lost").asLong()));
    JsonNode cy = group(wl, "level:manager", "cy");   // ana's D1, D2, D6 and D5
    assertEquals(List.of(2L, 1L, 1L), List.of(cy.get("won").asLong(), cy.get("lost").asLong(), cy.get("open").asLong()));
    assertEquals("AS_OF", wl.get("options").get("creditDate").asText());
  }

  @Test
  void grouping_by_region_and_segment_together(@TempDir Path dir) throws IOException {
    JsonNode wl = json(args(dir, "conversion", "--group-by",
        "level:region,segment")).get("winLoss");
    // west (bo's team on the close day): D1, D4 SMB won; D3 Mid-Market lost. east: D2, D5 SMB; D6 Mid-Market
    assertEquals(4, wl.get("groups").size());
    for (JsonNode g : wl.get("groups")) {
      String key = g.get("group").get("level:region").asText() + "/" + g.get("group").get("segment").asText();
      long[] expected = switch (key) {
        case "west/SMB" -> new long[] {2, 0, 0};
        case "west/Mid-Market" -> new long[] {0, 1, 0};
        case "east/SMB" -> new long[] {1, 0, 1};
        case "east/Mid-Market" -> new long[] {0, 1, 0};
        default -> throw new AssertionError(key);
      };
      assertEquals(List.of(expected[0], expected[1], expected[2]),
          List.of(g.get("won").asLong(), g.get("lost").asLong(), g.get("open").asLong()), key);
    }
  }

  @Test
  void an_unknown_group_is_a_one_line_error_listing_what_exists_on_every_command_that_groups(@TempDir Path dir) throws IOException {
    for (String command : List.of("pipeline", "velocity", "conversion", "winloss")) {
      RevopsCliTest.Run r = RevopsCliTest.run(args(dir, command, "--group-by", "level:directr")
          .toArray(String[]::new));
      assertEquals(2, r.status(), command);
      assertEquals(1, r.err().lines().count(), r.err());
      assertTrue(r.err().startsWith("revops " + command + ": --group-by: dimension 'level:directr' must be one of "
          + "owner, segment, source, product, stage, forecastCategory, closePeriod, account, attribute:NAME, "
          + "level:manager, level:region, level:rep"), r.err());
    }
    RevopsCliTest.Run review = RevopsCliTest.run("review", "--group-by", "segmnt");
    assertEquals(2, review.status());
    assertEquals(1, review.err().lines().count(), review.err());
    assertTrue(review.err().contains("must be one of owner, segment"), review.err());
    RevopsCliTest.Run noRoster = RevopsCliTest.run("pipeline", "--group-by", "level:manager");
    assertEquals(2, noRoster.status());
    assertTrue(noRoster.err().contains("(no roster: no level:NAME)"), noRoster.err());
  }

  @Test
  void the_bundled_review_groups_by_a_level_of_the_sample_roster() {
    RevopsCliTest.Run r = RevopsCliTest.run("review", "--roster",
        "src/main/resources/dev/revops/examples/sample/roster.csv", "--group-by", "level:manager");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("By level:manager"), r.out());
    assertTrue(r.out().contains("deals credited on their close date"), r.out());
  }
}
