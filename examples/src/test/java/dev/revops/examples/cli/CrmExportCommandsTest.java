package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.revops.core.io.ColumnMapping;
import dev.revops.core.json.RevopsJson;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's one command per export kind, run on the hand-made exports; the currency refusal; the mapping command. */
class CrmExportCommandsTest {
  static final String EXPORTS = "core/src/test/resources/exports";

  /** The README table's command for a file, run from this module's directory. */
  static RevopsCliTest.Run readmeCommand(String file) {
    String command = ReadmeBlocks.lines().stream().filter(l -> l.startsWith("|") && l.contains(EXPORTS + "/" + file))
        .map(l -> l.substring(l.indexOf("`revops ") + 1, l.lastIndexOf('`'))).findFirst()
        .orElseThrow(() -> new AssertionError("README shows no command for " + file));
    return RevopsCliTest.run(ReadmeBlocks.args(command.replace(EXPORTS, "../" + EXPORTS)));
  }

  static void accepted(RevopsCliTest.Run r, int read, int accepted) {
    assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+rows read\\s+" + read)), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+accepted\\s+" + accepted)), r.out());
  }

  @Test
  void the_salesforce_report_command_imports_it_with_its_one_deliberately_wrong_row_rejected() {
    RevopsCliTest.Run r = readmeCommand("salesforce-report.csv");
    assertEquals(1, r.status(), r.err());
    accepted(r, 6, 5);
    assertTrue(r.out().contains("Created Date is not a date in the pattern M/d/yyyy"), r.out());
  }

  @Test
  void the_salesforce_data_loader_command_imports_every_row() {
    RevopsCliTest.Run r = readmeCommand("salesforce-data-loader.csv");
    assertEquals(0, r.status(), r.out() + r.err());
    accepted(r, 5, 5);
  }

  @Test
  void the_hubspot_command_reads_two_pipelines_and_rejects_a_third() {
    RevopsCliTest.Run r = readmeCommand("hubspot-deals-two-pipelines.csv");
    assertEquals(1, r.status(), r.err());
    accepted(r, 5, 4);
    assertTrue(r.out().contains("Pipeline is not one of the pipelines given: Renewals, Sales Pipeline"), r.out());
  }

  @Test
  void the_pipedrive_command_imports_it_and_rejects_the_deleted_deal() {
    RevopsCliTest.Run r = readmeCommand("pipedrive-deals.csv");
    assertEquals(1, r.status(), r.err());
    accepted(r, 4, 3);
  }

  @Test
  void the_maven_command_imports_every_row_and_says_the_currency_was_assumed() {
    Path shared = Path.of(System.getProperty("revops.shared.dir", "../../shared"),
        "data/maven-crm-sales-opportunities/sales_pipeline.csv");
    assumeTrue(Files.isRegularFile(shared), "shared dataset not present");
    String command = ReadmeBlocks.lines().stream().filter(l -> l.startsWith("| Maven CRM sample"))
        .map(l -> l.substring(l.indexOf("`revops ") + 1, l.lastIndexOf('`'))).findFirst().orElseThrow();
    RevopsCliTest.Run r = RevopsCliTest.run(ReadmeBlocks.args(command.replace("../shared",
        shared.getParent().getParent().getParent().toString())));
    assertEquals(0, r.status(), r.out() + r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("  USD assumed for all 8,800 rows: the file has no currency column", lines.get(3));
    assertTrue(r.out().contains("joined sales_teams on owner: 8,800 deals matched, 0 had no row, 0 had no owner"));
  }

  @Test
  void a_report_with_eur_and_gbp_rows_and_its_currency_column_unmapped_is_refused_naming_the_column(
      @TempDir Path dir) throws IOException {
    Path mapping = dir.resolve("no-currency.json");
    Files.writeString(mapping, "{\"name\": \"no-currency\", \"columns\": {\"id\": [\"Opportunity ID\"], "
        + "\"stage\": [\"Stage\"], \"amount\": [\"Amount\"]}, \"defaultCurrency\": \"USD\", "
        + "\"thousandsSeparator\": \",\"}");
    RevopsCliTest.Run r = RevopsCliTest.run("validate", "--deals", "../" + EXPORTS + "/salesforce-report.csv",
        "--mapping", mapping.toString(), "--definition", "salesforce-default");
    assertEquals(2, r.status(), r.out());
    assertTrue(r.err().contains("Amount Currency"), r.err());
    assertTrue(r.err().contains("does not read"), r.err());
  }

  @Test
  void every_ready_mapping_prints_as_json_that_reads_back_equal() throws IOException {
    RevopsCliTest.Run list = RevopsCliTest.run("mapping", "--list");
    assertEquals(ColumnMapping.ready().stream().map(ColumnMapping::name).toList(), list.out().lines().toList());
    for (ColumnMapping m : ColumnMapping.ready()) {
      RevopsCliTest.Run printed = RevopsCliTest.run("mapping", "--print", m.name());
      assertEquals(0, printed.status(), printed.err());
      assertEquals(m, RevopsJson.mapper().readValue(printed.out(), ColumnMapping.class));
    }
  }

  @Test
  void the_readme_mapping_example_is_a_valid_mapping() throws IOException {
    ColumnMapping m = RevopsJson.mapper().readValue(String.join("\n", ReadmeBlocks.block("mapping-json")),
        ColumnMapping.class);
    assertEquals("dd.MM.yyyy", m.datePattern().orElseThrow());
    assertEquals(".", m.thousandsSeparator().orElseThrow());
    assertEquals("teams", m.joins().get(0).table());
  }

  @Test
  void standard_input_is_read_whole_after_its_layout_is_detected() throws IOException {
    java.io.InputStream before = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(Files.readAllBytes(
          Path.of("../" + EXPORTS + "/salesforce-data-loader.csv"))));
      RevopsCliTest.Run r = RevopsCliTest.run("validate", "--deals", "-");
      assertEquals(0, r.status(), r.out() + r.err());
      accepted(r, 5, 5);
      assertTrue(r.out().contains("Deals: standard input"), r.out());
    } finally {
      System.setIn(before);
    }
  }

  @Test
  void a_gzipped_export_and_one_off_format_options_are_read(@TempDir Path dir) throws IOException {
    Path gz = dir.resolve("loader.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(Path.of("../" + EXPORTS + "/salesforce-data-loader.csv")));
    }
    RevopsCliTest.Run r = RevopsCliTest.run("validate", "--deals", gz.toString(), "--layout", "salesforce-data-loader");
    assertEquals(0, r.status(), r.out() + r.err());
    Path german = dir.resolve("de.csv");
    Files.writeString(german, "Opportunity ID;Stage;Amount;Amount Currency;Close Date\n"
        + "A;Prospecting;12.500,75;EUR;31.01.2026\n", StandardCharsets.UTF_8);
    RevopsCliTest.Run de = RevopsCliTest.run("validate", "--deals", german.toString(), "--layout", "salesforce-report",
        "--delimiter", ";", "--decimal-separator", ",", "--thousands-separator", ".", "--date-pattern", "dd.MM.yyyy",
        "--format", "json");
    assertEquals(0, de.status(), de.out() + de.err());
  }
}
