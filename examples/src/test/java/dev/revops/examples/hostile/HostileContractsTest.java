package dev.revops.examples.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.revops.core.json.RevopsJson;
import dev.revops.examples.cli.RevopsCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile contracts against {@code revops reconcile}: contracts outside the documented bounds, and
 * the published examples the recognition conventions claim to reproduce.
 */
class HostileContractsTest {
  static final String HEADER = "contract_id,customer,currency,booking_date,transaction_price,deal_id,billing,"
      + "billing_start,billing_count,line_id,description,ssp,quantity,service_start,service_end,end_inclusive,"
      + "recognition,price_per\n";

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = RevopsCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  static JsonNode reconcile(Path contracts, String... more) throws IOException {
    List<String> args = new ArrayList<>(List.of("reconcile", "--contracts", contracts.toString(), "--format", "json"));
    args.addAll(List.of(more));
    Run r = run(args.toArray(String[]::new));
    assertEquals(0, r.status(), r.err() + r.out());
    assertEquals("", r.err());
    return RevopsJson.mapper().readTree(r.out());
  }

  @Test
  void one_contract_with_a_huge_billing_count_a_service_of_centuries_or_an_end_in_9999_is_rejected_alone(
      @TempDir Path dir) throws IOException {
    Path csv = dir.resolve("contracts.csv");
    Files.writeString(csv, HEADER
        + "G1,Acme,USD,2026-01-01,1200.00,,monthly-advance,,12,L1,,1200.00,1,2026-01-01,2026-12-31,true,monthly-even,\n"
        + "B1,Acme,USD,2026-01-01,1200.00,,monthly-advance,,2000000000,L1,,1200.00,1,2026-01-01,2026-12-31,true,"
        + "monthly-even,\n"
        + "B2,Acme,USD,2026-01-01,1200.00,,up-front,,,L1,,1200.00,1,2026-01-01,9999-12-31,true,monthly-even,\n"
        + "B3,Acme,USD,2026-01-01,1200.00,,up-front,,,L1,,1200.00,1,1901-01-01,2150-12-31,true,exact-time,\n"
        + "B4,Acme,USD,2026-01-01,1200.00,,monthly-advance,,999,L1,,1200.00,1,2026-01-01,2026-12-31,true,"
        + "monthly-even,\n"
        + "G2,Acme,USD,2026-02-01,300.00,,up-front,,,L1,,300.00,1,2026-02-01,2026-04-30,true,monthly-even,\n");
    JsonNode j = reconcile(csv, "--from", "2026-01", "--to", "2026-03");
    JsonNode report = j.get("import");
    assertEquals(2, report.get("recordsAccepted").asInt(), report.toString());
    String text = report.toString();
    for (String rule : List.of("billing_count", "\"2000000000\"", "service_end", "9999-12-31", "at most 100 years",
        "must not bill beyond the service", "contract bounds")) {
      assertTrue(text.contains(rule), rule + " missing from " + text);
    }
    // the good contracts reconcile: G1 100.00 a month billed monthly, G2 100.00 a month from February
    assertEquals(List.of("2026-01 USD 100.00", "2026-02 USD 200.00", "2026-03 USD 200.00"), revenueByPeriod(j));

    // the same contracts in JSON: the out-of-bounds one is one rejected element, the others reconcile
    Path json = dir.resolve("contracts.json");
    String good = "{\"id\":\"J1\",\"customer\":\"Acme\",\"currency\":\"USD\",\"bookingDate\":\"2026-01-01\","
        + "\"transactionPrice\":\"USD 1200.00\",\"obligations\":[{\"id\":\"L1\",\"standaloneSellingPrice\":\"USD 1200.00\","
        + "\"service\":{\"start\":\"2026-01-01T00:00:00Z\",\"end\":\"2027-01-01T00:00:00Z\"},"
        + "\"pattern\":{\"kind\":\"RATABLE\",\"convention\":\"MONTHLY_EVEN\"}}],"
        + "\"billing\":{\"kind\":\"UP_FRONT\",\"start\":\"2026-01-01\"}}";
    String endless = good.replace("J1", "J9").replace("2027-01-01T00:00:00Z", "9999-12-31T00:00:00Z");
    String centuries = good.replace("J1", "J8").replace("2026-01-01T00:00:00Z", "1901-01-01T00:00:00Z");
    Files.writeString(json, "[" + endless + "," + good + "," + centuries + "]");
    JsonNode k = reconcile(json, "--from", "2026-01", "--to", "2026-01");
    assertEquals(1, k.get("import").get("recordsAccepted").asInt(), k.get("import").toString());
    assertEquals(List.of("2026-01 USD 100.00"), revenueByPeriod(k));
  }

  @Test
  void one_contract_whose_figures_go_beyond_a_long_is_set_aside_alone_and_the_others_reconcile(@TempDir Path dir)
      throws IOException {
    String good = "{\"id\":\"G\",\"customer\":\"Acme\",\"currency\":\"USD\",\"bookingDate\":\"2026-01-01\","
        + "\"transactionPrice\":\"USD 1200.00\",\"obligations\":[{\"id\":\"L1\",\"standaloneSellingPrice\":\"USD 1200.00\","
        + "\"service\":{\"start\":\"2026-01-01T00:00:00Z\",\"end\":\"2027-01-01T00:00:00Z\"},"
        + "\"pattern\":{\"kind\":\"RATABLE\",\"convention\":\"MONTHLY_EVEN\"}}],"
        + "\"billing\":{\"kind\":\"UP_FRONT\",\"start\":\"2026-01-01\"}";
    String big = "\"USD 90000000000000000.00\"";   // 9e18 cents: two of them are beyond a long
    // two payments of it collect 1.8e19 cents in February; a price of it raised by as much
    String paid = good.replace("\"G\"", "\"P\"") + ",\"payments\":[{\"id\":\"a\",\"date\":\"2026-02-01\",\"amount\":"
        + big + "},{\"id\":\"b\",\"date\":\"2026-02-02\",\"amount\":" + big + "}]}";
    String raised = good.replace("\"G\"", "\"M\"").replace("\"transactionPrice\":\"USD 1200.00\"",
        "\"transactionPrice\":" + big) + ",\"modifications\":[{\"id\":\"m\",\"effective\":\"2026-03-01T00:00:00Z\","
        + "\"kind\":\"PRICE_CHANGE\",\"treatment\":\"PROSPECTIVE\",\"priceChange\":" + big + "}]}";
    Path json = dir.resolve("contracts.jsonl");
    Files.writeString(json, paid + "\n" + good + "}\n" + raised + "\n");
    JsonNode j = reconcile(json, "--from", "2026-01", "--to", "2026-03");
    assertEquals(3, j.get("import").get("recordsAccepted").asInt(), j.get("import").toString());
    String notes = j.get("notes").toString();
    assertTrue(notes.contains("Not scheduled: amounts must keep every figure of the schedule") && notes.contains(
        "USD 92233720368547758.07 either way: 2 (e.g. M, P)"), notes);
    // G alone: USD 1,200.00 over 2026, 100.00 a month
    assertEquals(List.of("2026-01 USD 100.00", "2026-02 USD 100.00", "2026-03 USD 100.00"), revenueByPeriod(j));
  }

  /** The revenue of each period of the roll-forward (all from deferred revenue here). */
  static List<String> revenueByPeriod(JsonNode j) {
    List<String> out = new ArrayList<>();
    j.get("rollForward").get("rows").forEach(r -> out.add(r.get("period").get("label").asText() + " "
        + r.get("revenueFromDeferred").asText()));
    return out;
  }

  @Test
  void the_conventions_reproduce_the_published_examples_they_claim(@TempDir Path dir) throws IOException {
    // Stripe's amortization example (USD 120.00, 2022-06-15 12:00 to 2022-10-13 12:00 UTC), by month
    // evenly with the first and last month prorated: 15.50, 30.66, 30.66, 30.68, 12.50
    Path stripe = dir.resolve("stripe.json");
    Files.writeString(stripe, "{\"id\":\"S\",\"customer\":\"Acme\",\"currency\":\"USD\",\"bookingDate\":\"2022-06-15\","
        + "\"transactionPrice\":\"USD 120.00\",\"obligations\":[{\"id\":\"L1\",\"standaloneSellingPrice\":\"USD 120.00\","
        + "\"service\":{\"start\":\"2022-06-15T12:00:00Z\",\"end\":\"2022-10-13T12:00:00Z\"},"
        + "\"pattern\":{\"kind\":\"RATABLE\",\"convention\":\"MONTHLY_PRORATED\"}}],"
        + "\"billing\":{\"kind\":\"UP_FRONT\",\"start\":\"2022-06-15\"}}\n");
    assertEquals(List.of("15.50", "30.66", "30.66", "30.68", "12.50"),
        revenue(reconcile(stripe, "--from", "2022-06", "--to", "2022-10", "--contract", "S")));
    // OCA's cut-off example: a month at 1000.00 from January 8 to March 15, prorated by calendar
    // days (2258.06), split prorata temporis: 774.19, 1000.00, 483.87
    Path oca = dir.resolve("oca.csv");
    Files.writeString(oca, HEADER + "O,Acme,EUR,2023-01-16,2258.06,,up-front,,,L1,,1000.00,,2023-01-08,2023-03-15,true,"
        + "monthly-prorata-temporis,month\n");
    assertEquals(List.of("774.19", "1000.00", "483.87"),
        revenue(reconcile(oca, "--from", "2023-01", "--to", "2023-03", "--contract", "O")));
  }

  @Test
  void the_naive_bayes_scorer_claims_odoo_only_through_its_exact_odoo_variant(@TempDir Path dir) throws IOException {
    Path model = dir.resolve("odoo.json");
    Run fit = run("conversion", "--method", "odoo-pls", "--features", "segment,source", "--save-model",
        model.toString());
    assertEquals(0, fit.status(), fit.err());
    JsonNode m = RevopsJson.mapper().readTree(Files.readString(model));
    assertEquals("[\"segment\",\"source\"]", m.get("fields").toString());
    // Odoo's table: the first stage counts every closed deal; every count is the deals without the 0.1
    assertTrue(m.get("frequencies").size() > 0, m.toString());
    Run score = run("pipeline", "--probability", model.toString(), "--format", "json");
    assertEquals(0, score.status(), score.err());
    assertTrue(score.out().contains("odoo-pls:"), "the pipeline cites the model it used");
    Run wrong = run("conversion", "--method", "odoo");
    assertEquals(2, wrong.status());
    assertTrue(wrong.err().contains("must be markov, share, naive-bayes or odoo-pls"), wrong.err());
  }

  static List<String> revenue(JsonNode j) {
    List<String> out = new ArrayList<>();
    j.get("contract").get("periods").forEach(p -> {
      String amount = p.get("recognized").asText();
      out.add(amount.substring(amount.indexOf(' ') + 1));
    });
    return out;
  }
}
