package dev.revops.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.revops.core.deal.Deal;
import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.io.ColumnMapping;
import dev.revops.core.io.DealCsvImporter;
import dev.revops.core.io.ImportOptions;
import dev.revops.core.roster.RosterCsv;
import dev.revops.core.roster.RosterImport;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.calls.CallOptions;
import dev.revops.forecast.calls.DealGrouping;
import dev.revops.forecast.calls.GroupRow;
import dev.revops.forecast.calls.GroupingResult;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Maven CRM sample grouped by manager and by regional office, with the roster built from its
 * sales_teams.csv (read in place from ../shared; skipped when absent). The expected counts are the
 * file's own, counted straight from the two CSVs below, not by the library.
 */
class MavenCrmRosterTest {
  static final Path DIR = Path.of(System.getProperty("revops.shared.dir", "../../shared"),
      "data/maven-crm-sales-opportunities");

  static RosterImport roster() throws IOException {
    try (Reader in = Files.newBufferedReader(DIR.resolve("sales_teams.csv"), StandardCharsets.UTF_8)) {
      return RosterCsv.readSalesTeams(in, ImportOptions.defaults());
    }
  }

  static List<Deal> deals() throws IOException {
    List<Deal> deals = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(DIR.resolve("sales_pipeline.csv"), StandardCharsets.UTF_8)) {
      DealCsvImporter.of(Bundled.definition("maven-crm"), ColumnMapping.mavenCrm()).read(in, deals::add, r -> { });
    }
    return deals;
  }

  /** Won and lost per manager or office, straight from the CSVs: agent -> (manager, office). */
  static Map<String, long[]> fromTheFiles(int column) throws IOException {
    Map<String, String> teamOf = new HashMap<>();
    for (String line : Files.readAllLines(DIR.resolve("sales_teams.csv"), StandardCharsets.UTF_8).subList(1, 36)) {
      String[] f = line.strip().split(",", -1);
      teamOf.put(f[0], f[column]);
    }
    Map<String, long[]> counts = new HashMap<>();
    for (String line : Files.readAllLines(DIR.resolve("sales_pipeline.csv"), StandardCharsets.UTF_8).subList(1, 8_801)) {
      String[] f = line.strip().split(",", -1);
      long[] c = counts.computeIfAbsent(teamOf.get(f[1]), k -> new long[3]);
      c[f[4].equals("Won") ? 0 : f[4].equals("Lost") ? 1 : 2]++;
    }
    return counts;
  }

  static GroupingResult groupedBy(String dimension) throws IOException {
    RosterImport r = roster();
    CallOptions options = CallOptions.builder().scope(Scope.asOf(LocalDate.parse("2018-01-01"))).roster(r.roster())
        .addGroupBy(OpenDimension.parse(dimension, r.roster())).build();
    return new DealGrouping(options).addAll(deals()).result();
  }

  static Map<String, List<Long>> counts(GroupingResult g) {
    return g.rows().stream().collect(Collectors.toMap(row -> row.group().values().iterator().next(),
        row -> List.of(row.won(), row.lost(), row.open())));
  }

  @Test
  void the_roster_of_sales_teams_has_35_agents_6_managers_and_3_regional_offices() throws IOException {
    assumeTrue(Files.isDirectory(DIR), "shared dataset not present: " + DIR);
    RosterImport r = roster();
    assertEquals(35, r.report().rowsRead());
    assertEquals(35, r.report().rowsAccepted());
    assertEquals(35 + 6 + 3, r.roster().entries().size());
  }

  @Test
  void grouped_by_manager_and_by_regional_office_the_counts_are_the_files() throws IOException {
    assumeTrue(Files.isDirectory(DIR), "shared dataset not present: " + DIR);
    for (int column : new int[] {1, 2}) {
      GroupingResult g = groupedBy(column == 1 ? "level:manager" : "level:regional_office");
      Map<String, List<Long>> expected = new HashMap<>();
      fromTheFiles(column).forEach((k, c) -> expected.put(k, List.of(c[0], c[1], c[2])));
      assertEquals(expected, counts(g));
      assertEquals(8_800, g.provenance().counted());
    }
  }

  /** The README's tables: group, won, lost, open, win rate, won amount (counted from the CSVs with a script). */
  @Test
  void the_readme_figures_by_manager_and_by_regional_office() throws IOException {
    assumeTrue(Files.isDirectory(DIR), "shared dataset not present: " + DIR);
    assertEquals(List.of(
        "Central 1629 975 908 0.6256 [USD 3346293.00]",
        "East 1171 687 433 0.6302 [USD 3090594.00]",
        "West 1438 811 748 0.6394 [USD 3568647.00]"), lines(groupedBy("level:regional_office")));
    assertEquals(List.of(
        "Cara Losch 480 265 219 0.6443 [USD 1130049.00]",
        "Celia Rouche 610 352 334 0.6341 [USD 1603897.00]",
        "Dustin Brinkmann 747 439 397 0.6298 [USD 1094363.00]",
        "Melvin Marxen 882 536 511 0.6220 [USD 2251930.00]",
        "Rocco Neubert 691 422 214 0.6208 [USD 1960545.00]",
        "Summer Sewald 828 459 414 0.6434 [USD 1964750.00]"), lines(groupedBy("level:manager")));
  }

  static List<String> lines(GroupingResult g) {
    return g.rows().stream().map(row -> row.group().values().iterator().next() + " " + row.won() + " " + row.lost()
        + " " + row.open() + " " + row.winRate().orElseThrow() + " " + row.wonAmount()).toList();
  }
}
