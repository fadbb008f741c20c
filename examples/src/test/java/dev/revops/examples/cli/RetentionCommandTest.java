package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.revops.core.money.Money;
import dev.revops.forecast.recurring.MovementRow;
import dev.revops.forecast.recurring.MovementsResult;
import dev.revops.forecast.recurring.RateRow;
import dev.revops.forecast.recurring.RetentionResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionCommandTest {

  @Test
  void runs_on_the_bundled_sample_and_prints_every_section() {
    RevopsCliTest.Run r = RevopsCliTest.run("retention");
    assertEquals(0, r.status(), r.err());
    String out = r.out().replaceAll(" +", " ");
    for (String section : List.of("Retention as of 2026-10-01 (months 2025-10 to 2026-09, zone UTC): 216 customers",
        "subscriptions: 252 read from bundled:sample/retention-subscriptions.csv, 249 accepted, 3 rejected",
        "a free subscription has no recurring revenue",
        "contracts: 66 read from bundled:sample/retention-contracts.json, 66 accepted, 0 rejected",
        "handoffs: 36 read from bundled:sample/retention-handoffs.jsonl, 36 accepted, 0 rejected",
        "23 complete, 13 incomplete", "incomplete_expired", "ended before it was paid for",
        "not recurring, left out of MRR: one-time obligation (point in time): 36",
        "MRR movements (closing - opening = new + reactivation + expansion - contraction - churn, exactly)",
        "Customers by movement", "[5] stripe-subscriber-churn@1", "Cohorts by first paying period", "logo retention",
        "revenue retention", "Renewals: contracts by the period of their last day",
        "Retention by handoff to customer success", "renewal outcome of each handed-over deal (sales-to-cs)")) {
      assertTrue(out.contains(section), section + " missing from:\n" + out);
    }
  }

  /** Every amount of the movements table and every rate of the rates table is a figure of the JSON. */
  @Test
  void every_figure_of_the_tables_is_in_the_json() throws IOException {
    String table = RevopsCliTest.run("retention").out();
    JsonNode json = HandoffsCommandTest.JSON.readTree(RevopsCliTest.run("retention", "--format", "json").out());
    MovementsResult m = HandoffsCommandTest.JSON.treeToValue(json.get("movements"), MovementsResult.class);
    RetentionResult rates = HandoffsCommandTest.JSON.treeToValue(json.get("retention"), RetentionResult.class);
    Pattern line = Pattern.compile("^  (\\d{4}-\\d{2})\\*?\\s+([A-Z]{3})\\s+([-0-9,.]+)\\s+([-0-9,.]+)\\s+([-0-9,.]+)\\s+"
        + "([-0-9,.]+)\\s+([-0-9,.]+)\\s+([-0-9,.]+)\\s+([-0-9,.]+)$", Pattern.MULTILINE);
    String movements = table.substring(table.indexOf("MRR movements"), table.indexOf("Customers by movement"));
    Matcher x = line.matcher(movements);
    int rows = 0;
    while (x.find()) {
      MovementRow row = m.totals().stream().filter(t -> t.period().label().equals(x.group(1))
          && t.currency().getCurrencyCode().equals(x.group(2))).findFirst().orElseThrow();
      List<Money> shown = List.of(row.opening(), row.newBusiness(), row.reactivation(), row.expansion(),
          row.contraction(), row.churn(), row.closing());
      for (int i = 0; i < shown.size(); i++) {
        assertEquals(Table.amount(shown.get(i)).text(), x.group(3 + i));
      }
      rows++;
    }
    assertEquals(m.totals().size(), rows);
    String ratesTable = table.substring(table.indexOf("Churn and retention"), table.indexOf("Cohorts by"));
    int cells = 0;
    for (RateRow r : rates.rows()) {
      if (r.group().isEmpty() && r.rate().isPresent()) {
        assertTrue(ratesTable.contains(Table.percent(r.rate().get()).text() + " (" + r.counted() + ")"), r.toString());
        cells++;
      }
    }
    assertTrue(cells > 100);
    assertEquals(rates.metricValues().size(), json.get("retentionValues").size());
  }

  @Test
  void the_json_movements_keep_the_identity_and_the_csv_is_one_figure_a_row() throws IOException {
    JsonNode json = HandoffsCommandTest.JSON.readTree(RevopsCliTest.run("retention", "--format", "json",
        "--group-by", "segment").out());
    MovementsResult m = HandoffsCommandTest.JSON.treeToValue(json.get("movements"), MovementsResult.class);
    assertTrue(m.rows().size() > m.totals().size());
    for (MovementRow row : m.rows()) {
      assertEquals(row.closing().minus(row.opening()), row.newBusiness().plus(row.reactivation())
          .plus(row.expansion()).minus(row.contraction()).minus(row.churn()));
    }
    String csv = RevopsCliTest.run("retention", "--format", "csv").out();
    String[] lines = csv.split("\r\n");
    assertEquals("section,period,group,currency,measure,value", lines[0]);
    for (String l : lines) {
      assertEquals(6, l.split(",", -1).length, l);
    }
    assertTrue(csv.contains("retention,2026-09,,USD,stripe-subscriber-churn@1,"));
    assertTrue(csv.contains("handoff-retention,FY2026,handoff=complete,USD,gross-revenue-retention@1,"));
    assertTrue(csv.contains("handoff-outcome-link,,protocol=sales-to-cs;outcome=churned,,complete,2\r\n"));
  }

  /**
   * Stripe's MRR example as a subscriptions file: 100 subscribers at 100 USD a month and 50 at 600 USD a year give
   * MRR 12,500 USD at the end of January.
   */
  @Test
  void reads_a_subscriptions_file_given(@TempDir Path dir) throws IOException {
    List<String> rows = new ArrayList<>(List.of("id,Customer ID,Currency,Interval,Amount,Start Date (UTC)"));
    for (int i = 0; i < 150; i++) {
      rows.add("sub_" + i + ",cus_" + i + ",usd," + (i < 100 ? "month,100.00" : "year,600.00") + ",2026-01-01 00:00");
    }
    Path file = dir.resolve("subscriptions.csv");
    Files.write(file, rows);
    RevopsCliTest.Run r = RevopsCliTest.run("retention", "--subscriptions", file.toString(), "--as-of", "2026-02-01",
        "--from", "2026-01-01", "--format", "json");
    assertEquals(0, r.status(), r.err());
    JsonNode closing = HandoffsCommandTest.JSON.readTree(r.out()).get("movements").get("totals").get(0).get("closing");
    assertEquals("USD 12500.00", closing.asText());
    assertTrue(HandoffsCommandTest.JSON.readTree(r.out()).get("handoff") == null, "no handoffs, no handoff section");
  }

  @Test
  void bad_options_and_files_are_one_line_errors() {
    RevopsCliTest.Run ahead = RevopsCliTest.run("retention", "--renewals-ahead", "-1");
    assertEquals(2, ahead.status());
    assertTrue(ahead.err().contains("--renewals-ahead must be between 0 and 60"), ahead.err());
    RevopsCliTest.Run missing = RevopsCliTest.run("retention", "--subscriptions", "no-such-file.csv");
    assertEquals(2, missing.status());
    assertTrue(missing.err().contains("no-such-file.csv: no such file"), missing.err());
    RevopsCliTest.Run group = RevopsCliTest.run("retention", "--group-by", "segment,segment");
    assertEquals(2, group.status());
    assertTrue(group.err().contains("must not repeat a dimension"), group.err());
    RevopsCliTest.Run from = RevopsCliTest.run("retention", "--from", "2027-01-01");
    assertEquals(2, from.status());
    assertTrue(from.err().contains("must not be after the as-of date"), from.err());
  }

  @Test
  void definitions_can_be_given_as_data(@TempDir Path dir) throws IOException {
    Path defs = dir.resolve("defs.json");
    Files.writeString(defs, "[{\"id\": \"customer-churn-all\", \"version\": 1, \"name\": \"Customer churn, every "
        + "churn counted\", \"description\": \"Churned customers / customers at the start\", \"kind\": "
        + "\"CUSTOMER_CHURN\"}]");
    RevopsCliTest.Run r = RevopsCliTest.run("retention", "--definitions", defs.toString(), "--format", "json");
    assertEquals(0, r.status(), r.err());
    JsonNode values = HandoffsCommandTest.JSON.readTree(r.out()).get("retentionValues");
    assertEquals("customer-churn-all", values.get(0).get("metric").get("id").asText());
    assertTrue(new BigDecimal(values.get(0).get("number").asText()).signum() >= 0);
  }
}
