package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.revops.core.lead.DealLinkColumns;
import dev.revops.core.lead.DealLinkCsvImporter;
import dev.revops.core.lead.LeadColumns;
import dev.revops.core.lead.LeadCsvImporter;
import dev.revops.core.lead.LeadFunnel;
import dev.revops.core.lead.LeadJoin;
import dev.revops.core.lead.LeadProgress;
import dev.revops.core.lead.LifecycleChangeColumns;
import dev.revops.core.lead.LifecycleChangeCsvImporter;
import dev.revops.core.lead.LifecycleDefinition;
import dev.revops.core.scope.Scope;
import dev.revops.examples.sample.Bundled;
import dev.revops.examples.sample.SampleGenerator;
import dev.revops.forecast.funnel.ConversionRule;
import dev.revops.forecast.funnel.Funnel;
import dev.revops.forecast.funnel.FunnelOptions;
import dev.revops.forecast.funnel.FunnelResult;
import dev.revops.handoff.lead.LeadHandoffResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunnelCommandTest {
  static final Path OLIST = Path.of(System.getProperty("revops.shared.dir", "../../shared"),
      "data/olist-marketing-funnel");

  @Test
  void runs_on_the_bundled_sample_and_prints_every_section() {
    RevopsCliTest.Run r = RevopsCliTest.run("funnel", "--steps", "lead,MQL,SQL,deal,won", "--by-period");
    assertEquals(0, r.status(), r.err());
    String out = r.out().replaceAll(" +", " ");
    for (String section : List.of("Funnel as of 2026-10-01T00:00:00Z, lifecycle hubspot-lifecycle@1, steps lead > "
            + "marketingqualifiedlead > salesqualifiedlead > deal-created > deal-won",
        "leads: bundled:sample/leads.csv: 801 rows, 799 accepted, 2 rejected",
        "matched no lead: deal link of a lead not in the leads: 1 (e.g. L99999)",
        "flagged, counted as the data says: deal won before the lead was created (first contact): 1 (e.g. L00042)",
        "Entries:", "Cohort conversion (cohort-conversion@1, no window)", "Cohort conversion per entry period",
        "Period conversion (period-conversion@1)", "may exceed 100%", "Time to convert",
        "Handoff mql-to-sal@1 joined to conversion marketingqualifiedlead -> deal-won")) {
      assertTrue(out.contains(section), section + " missing from:\n" + out);
    }
  }

  /** Every number the table shows is a figure of the JSON (counts exactly, percentages to their decimal). */
  @Test
  void every_figure_of_the_table_is_in_the_json() throws IOException {
    String[] args = {"funnel", "--steps", "lead,MQL,SQL,deal,won", "--group-by", "source", "--window", "90",
        "--by-period"};
    RevopsCliTest.Run table = RevopsCliTest.run(args);
    assertEquals(0, table.status(), table.err());
    List<String> json = new ArrayList<>(List.of(args));
    json.addAll(List.of("--format", "json"));
    RevopsCliTest.Run j = RevopsCliTest.run(json.toArray(String[]::new));
    Set<BigDecimal> numbers = new HashSet<>();
    collect(HandoffsCommandTest.JSON.readTree(j.out()), numbers);
    Matcher m = Pattern.compile("(?<![\\w.-])(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)(%?)(?![\\w.])").matcher(table.out());
    int checked = 0;
    while (m.find()) {
      String before = table.out().substring(table.out().lastIndexOf('\n', m.start()) + 1, m.start());
      if (before.startsWith("Funnel as of") || before.contains("e.g.") || isLabel(before, m.group(1))) {
        continue; // the as-of date, example ids and labels are not figures
      }
      BigDecimal n = new BigDecimal(m.group(1).replace(",", ""));
      boolean found = m.group(2).isEmpty() ? numbers.contains(n.stripTrailingZeros())
          : numbers.stream().anyMatch(x -> x.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).compareTo(n) == 0);
      assertTrue(found, m.group() + " after '" + before + "' is not in the JSON");
      checked++;
    }
    assertTrue(checked > 200, "only " + checked + " figures checked");
  }

  /** Numbers that are labels, not figures: periods (2026-03), horizons (within 30d), window days. */
  private static boolean isLabel(String before, String number) {
    return before.endsWith("window ") || before.endsWith("within ") || number.length() == 4 && number.startsWith("20");
  }

  private static void collect(JsonNode node, Set<BigDecimal> into) {
    if (node.isNumber()) {
      into.add(node.decimalValue().stripTrailingZeros());
    } else if (node.isTextual() && node.textValue().matches("\\d+(\\.\\d+)?")) {
      into.add(new BigDecimal(node.textValue()).stripTrailingZeros());
    }
    for (java.util.Map.Entry<String, JsonNode> e : node.properties()) {
      if (e.getKey().matches("\\d+")) {
        into.add(new BigDecimal(e.getKey()));
      }
      collect(e.getValue(), into);
    }
    node.elements().forEachRemaining(e -> collect(e, into));
  }

  @Test
  void the_json_holds_the_library_results_and_the_csv_one_figure_per_line() throws IOException {
    RevopsCliTest.Run j = RevopsCliTest.run("funnel", "--format", "json");
    assertEquals(0, j.status(), j.err());
    JsonNode tree = HandoffsCommandTest.JSON.readTree(j.out());
    FunnelResult funnel = HandoffsCommandTest.JSON.treeToValue(tree.get("funnel"), FunnelResult.class);
    // The library on the same files, with the command's defaults.
    LifecycleDefinition hubspot = LifecycleDefinition.hubspotDefault();
    LeadJoin join = new LeadJoin(3);
    LeadCsvImporter.of(hubspot, LeadColumns.genLeads()).read(Bundled.sampleLeads(), join::addLead, x -> { });
    LifecycleChangeCsvImporter.of(hubspot, LifecycleChangeColumns.genLeads()).read(Bundled.sampleLifecycleChanges(),
        join::addHistory, x -> { });
    DealLinkCsvImporter.of(DealLinkColumns.genLeads(), ZoneOffset.UTC).read(Bundled.sampleDealLinks(), join::addLink,
        x -> { });
    FunnelResult expected = new Funnel(FunnelOptions.builder().scope(Scope.builder()
            .asOf(SampleGenerator.AS_OF, ZoneOffset.UTC).build())
        .funnel(LeadFunnel.builder().lifecycle(hubspot).build()).addRules(ConversionRule.COHORT, ConversionRule.PERIOD)
        .addHorizonsDays(30, 90, 180).build()).addAll(join.journeys()).result();
    assertEquals(expected, funnel);
    assertEquals("cohort-conversion@1", funnel.cohort().orElseThrow().provenance().definition().toString());
    assertEquals("period-conversion@1", funnel.period().orElseThrow().provenance().definition().toString());
    LeadHandoffResult handoffs = HandoffsCommandTest.JSON.treeToValue(tree.get("leadHandoffs"), LeadHandoffResult.class);
    assertEquals(funnel.entered(java.util.Map.of(), "marketingqualifiedlead"), handoffs.provenance().counted());
    assertEquals(801, tree.get("leads").get("rowsRead").asLong());
    RevopsCliTest.Run csv = RevopsCliTest.run("funnel", "--format", "csv", "--group-by", "source");
    assertEquals(0, csv.status(), csv.err());
    String[] lines = csv.out().split("\n");
    assertEquals(String.join(",", Output.CSV_HEADER), lines[0].strip());
    assertTrue(csv.out().contains("\nentries,,source=webinar;step=marketingqualifiedlead,,entered,"), csv.out());
    assertTrue(csv.out().contains("\nflagged,,reason=" + LeadProgress.WON_BEFORE_CREATED + ",,leads,1"), csv.out());
    assertTrue(csv.out().contains("\ncohort-conversion,,source=webinar;from=marketingqualifiedlead;to="), csv.out());
    for (String line : lines) {
      if (!line.contains("\"")) {
        assertEquals(Output.CSV_HEADER.size(), line.strip().split(",", -1).length, line);
      }
    }
  }

  @Test
  void as_of_latest_is_the_latest_day_a_lead_was_created_or_changed_stage(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path leads = Files.writeString(dir.resolve("leads.csv"), "lead_id,created_at,source,campaign,owner,segment\n"
        + "L1,2024-03-01T10:00:00Z,paid_search,c,sdr-1,SMB\nL2,2024-02-01T10:00:00Z,email,c,sdr-1,SMB\n");
    // L2 became an MQL on 2024-05-06 23:30 UTC: the latest instant; in Europe/Berlin that is 2024-05-07
    Path changes = Files.writeString(dir.resolve("changes.csv"), "lead_id,from_stage,to_stage,changed_at,actor\n"
        + "L1,,lead,2024-03-01T10:00:00Z,form\nL2,,lead,2024-02-01T10:00:00Z,form\n"
        + "L2,lead,marketingqualifiedlead,2024-05-06T23:30:00Z,scoring\n");
    RevopsCliTest.Run utc = RevopsCliTest.run("funnel", "--leads", leads.toString(), "--lifecycle-changes",
        changes.toString(), "--as-of", "latest");
    assertEquals(0, utc.status(), utc.err());
    assertEquals("As of 2024-05-06 (UTC)", utc.out().lines().findFirst().orElseThrow());
    RevopsCliTest.Run berlin = RevopsCliTest.run("funnel", "--leads", leads.toString(), "--lifecycle-changes",
        changes.toString(), "--as-of", "latest", "--zone", "Europe/Berlin");
    assertEquals("As of 2024-05-07 (Europe/Berlin)", berlin.out().lines().findFirst().orElseThrow());
    // an as-of more than a year after the latest day warns on the second line
    RevopsCliTest.Run late = RevopsCliTest.run("funnel", "--leads", leads.toString(), "--lifecycle-changes",
        changes.toString(), "--as-of", "2025-06-01");
    assertTrue(late.out().lines().skip(1).findFirst().orElseThrow().startsWith("Warning"), late.out());
  }

  @Test
  void mistakes_are_one_line_with_exit_status_2() {
    RevopsCliTest.Run r = RevopsCliTest.run("funnel", "--steps", "SQL,MQL");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("--steps: ") && r.err().contains("must be listed in funnel order"), r.err());
    r = RevopsCliTest.run("funnel", "--group-by", "colour");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("must be source, campaign, owner, segment, entryMonth or attributes.<name>"), r.err());
    r = RevopsCliTest.run("funnel", "--deals", "x.csv");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("--deals need --leads"), r.err());
    r = RevopsCliTest.run("funnel", "--window", "0");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("--window must be at least 1 day"), r.err());
    assertEquals(1, r.err().strip().split("\n").length, r.err());
  }

  @Test
  void a_file_without_a_header_needs_its_layout(@TempDir Path dir) throws IOException {
    Path mqls = dir.resolve("mqls.csv");
    Files.writeString(mqls, "m1,2018-02-01 00:00:00,lp1,social\n");
    RevopsCliTest.Run r = RevopsCliTest.run("funnel", "--leads", mqls.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains("pass --lead-layout"), r.err());
    r = RevopsCliTest.run("funnel", "--leads", mqls.toString(), "--lead-layout", "olist-mqls", "--as-of", "2019-01-01",
        "--steps", "MQL,won");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("leads counted: 1"), r.out());
  }

  @Test
  void runs_on_the_olist_files_as_the_readme_shows() {
    assumeTrue(Files.isDirectory(OLIST), "shared dataset not present: " + OLIST);
    RevopsCliTest.Run r = RevopsCliTest.run("funnel", "--leads",
        OLIST.resolve("olist_marketing_qualified_leads_dataset.csv").toString(), "--lead-layout", "olist-mqls",
        "--deals", OLIST.resolve("olist_closed_deals_dataset.csv").toString(), "--steps", "MQL,won", "--group-by",
        "source", "--as-of", "2019-01-01");
    assertEquals(0, r.status(), r.err());
    String out = r.out().replaceAll(" +", " ");
    assertTrue(out.contains("leads counted: 8,000"), out);
    assertTrue(out.contains("flagged, counted as the data says: deal won before the lead was created (first contact): "
        + "1 (e.g. b91cf8812365f50ff4bda4bcd6206b05)"), out);
  }
}
