package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.deal.Deal;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import dev.revops.core.probability.Probability;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Hand-made files shaped exactly like real CRM exports (header, quoting, number and date formats),
 * imported with their ready mappings; every field of a few rows checked by hand.
 */
class CrmExportsTest {

  static Reader export(String name) {
    return new InputStreamReader(CrmExportsTest.class.getResourceAsStream("/exports/" + name), StandardCharsets.UTF_8);
  }

  static PipelineDefinition definition(String id, ZoneId zone, List<Stage> stages) {
    return PipelineDefinition.builder().id(id).version(1).effectiveFrom(LocalDate.parse("2025-01-01"))
        .timeZone(zone).addAllStages(stages).build();
  }

  static Stage open(String id, String name, int order, String p, ForecastCategory category) {
    return Stage.open(id, name, order, Probability.parse(p), category, "sales");
  }

  /** Salesforce's default opportunity stages (probabilities of a new org). */
  static PipelineDefinition salesforce(ZoneId zone) {
    return definition("salesforce", zone, List.of(
        open("prospecting", "Prospecting", 1, "0.1", ForecastCategory.PIPELINE),
        open("qualification", "Qualification", 2, "0.1", ForecastCategory.PIPELINE),
        open("negotiation-review", "Negotiation/Review", 8, "0.9", ForecastCategory.COMMIT),
        Stage.won("closed-won", "Closed Won", 9, "finance"), Stage.lost("closed-lost", "Closed Lost", 10, "sales")));
  }

  static ImportResult<Deal> read(DealCsvImporter importer, String file) throws IOException {
    try (Reader in = export(file)) {
      return importer.readAll(in);
    }
  }

  @Test
  void a_salesforce_report_export_reads_formatted_amounts_us_dates_and_the_amount_currency() throws IOException {
    ImportResult<Deal> r = read(DealCsvImporter.of(salesforce(ZoneId.of("UTC")), ColumnMapping.salesforceReport()),
        "salesforce-report.csv");
    assertEquals(6, r.report().rowsRead());
    assertEquals(5, r.report().rowsAccepted());
    assertEquals(List.of(), r.report().notes()); // every row names its currency: nothing assumed
    Deal acme = r.accepted().get(0);
    assertEquals("0065g00000AbCdEAAV", acme.id());
    assertEquals(Optional.of("Acme - 200 seats"), acme.name());
    assertEquals(Optional.of("Acme Corp"), acme.account());
    assertEquals(Optional.of("Dana Kim"), acme.owner());
    assertEquals(Optional.of(Money.parse("USD 12500.00")), acme.amount()); // "12,500.00"
    assertEquals("prospecting", acme.stage().id());
    assertEquals(Optional.empty(), acme.probabilityOverride()); // 10% is the stage's default
    assertEquals(Optional.empty(), acme.forecastCategoryOverride());
    assertEquals(Optional.of(LocalDate.of(2025, 11, 3)), acme.createdDate()); // 11/3/2025 is M/d/yyyy
    assertEquals(Optional.of(LocalDate.of(2025, 12, 15)), acme.expectedCloseDate());
    assertEquals(Optional.empty(), acme.closedDate());
    Deal globex = r.accepted().get(1);
    assertEquals(Optional.of(Money.parse("EUR 1250000.00")), globex.amount()); // "1,250,000.00", EUR
    assertEquals("negotiation-review", globex.stage().id());
    Deal initech = r.accepted().get(2);
    assertEquals(Optional.of(Money.parse("GBP 8000.50")), initech.amount());
    assertTrue(initech.isWon());
    assertEquals(Optional.of(LocalDate.of(2025, 10, 2)), initech.closedDate());
    assertTrue(r.accepted().get(3).isLost());
    Deal hooli = r.accepted().get(4);
    assertEquals(Optional.empty(), hooli.amount());
    assertEquals(Probability.parse("0.25"), hooli.effectiveProbability().probability()); // "25%" over 10%
    assertEquals(ForecastCategory.BEST_CASE, hooli.effectiveForecastCategory());
    // The last row: 1,25.00 is no grouping of three, November has no 31st; both said, nothing guessed.
    Rejection stark = r.rejected().get(0);
    assertEquals(Optional.of("0065g00000AbCdJAAV"), stark.recordId());
    assertEquals(List.of("Amount", "Created Date"), stark.problems().stream().map(p -> p.column().orElseThrow())
        .toList());
  }

  @Test
  void a_report_export_with_its_currency_column_unmapped_is_refused_naming_the_column() throws IOException {
    ColumnMapping noCurrency = ColumnMapping.builder().name("report-without-currency")
        .columns(DealColumns.builder().addId("Opportunity ID").addStage("Stage").addAmount("Amount").build())
        .defaultCurrency("USD").datePattern("M/d/yyyy").thousandsSeparator(",").build();
    ImportFormatException e = assertThrows(ImportFormatException.class,
        () -> read(DealCsvImporter.of(salesforce(ZoneId.of("UTC")), noCurrency), "salesforce-report.csv"));
    assertTrue(e.getMessage().contains("Amount Currency"), e.getMessage());
    // kept as an attribute, it still leaves every amount in USD: refused too
    ColumnMapping asAttribute = ColumnMapping.builder().name("currency-as-attribute")
        .columns(DealColumns.builder().addId("Opportunity ID").addStage("Stage").addAmount("Amount").build())
        .putAttributeColumns("currency", "Amount Currency")
        .defaultCurrency("USD").datePattern("M/d/yyyy").thousandsSeparator(",").build();
    assertThrows(ImportFormatException.class,
        () -> read(DealCsvImporter.of(salesforce(ZoneId.of("UTC")), asAttribute), "salesforce-report.csv"));
  }

  @Test
  void a_default_currency_is_said_on_the_report_when_the_file_has_no_currency_column() throws IOException {
    String csv = "\"Opportunity ID\",\"Stage\",\"Amount\"\n\"A\",\"Prospecting\",\"1,000.00\"\n"
        + "\"B\",\"Prospecting\",\"2,000.00\"\n";
    ImportResult<Deal> r = DealCsvImporter.of(salesforce(ZoneId.of("UTC")), ColumnMapping.salesforceReport())
        .readAll(new StringReader(csv));
    assertEquals(List.of("USD assumed for all 2 rows: the file has no currency column"), r.report().notes());
    assertEquals(Optional.of(Money.parse("USD 2000.00")), r.accepted().get(1).amount());
  }

  @Test
  void an_amount_naming_its_currency_must_agree_with_the_currency_column() throws IOException {
    String csv = "\"Opportunity ID\",\"Stage\",\"Amount\",\"Amount Currency\"\n"
        + "\"A\",\"Prospecting\",\"EUR 1,000.00\",\"EUR\"\n\"B\",\"Prospecting\",\"EUR 2,000.00\",\"USD\"\n";
    ImportResult<Deal> r = DealCsvImporter.of(salesforce(ZoneId.of("UTC")), ColumnMapping.salesforceReport())
        .readAll(new StringReader(csv));
    assertEquals(Optional.of(Money.parse("EUR 1000.00")), r.accepted().get(0).amount());
    assertEquals("names the currency EUR, but the currency column says USD",
        r.rejected().get(0).problems().get(0).reason());
  }

  @Test
  void a_salesforce_data_loader_export_reads_api_names_utc_created_times_and_api_categories() throws IOException {
    // In Paris, 2025-11-03T23:30Z is already November 4.
    ImportResult<Deal> r = read(DealCsvImporter.of(salesforce(ZoneId.of("Europe/Paris")),
        ColumnMapping.salesforceDataLoader()), "salesforce-data-loader.csv");
    assertTrue(r.report().isClean(), r.rejected().toString());
    assertEquals(5, r.report().rowsAccepted());
    assertEquals(List.of(), r.report().unusedColumns());
    Deal acme = r.accepted().get(0);
    assertEquals("0065g00000AbCdEAAV", acme.id());
    assertEquals(Optional.of("0015g00000XyZaBAAV"), acme.account());
    assertEquals(Optional.of("0055g00000QrStUAAV"), acme.owner());
    assertEquals(Optional.of(Money.parse("USD 12500.00")), acme.amount()); // "12500.0"
    assertEquals(Optional.of(LocalDate.of(2025, 11, 4)), acme.createdDate());
    assertEquals(Optional.of(LocalDate.of(2025, 12, 15)), acme.expectedCloseDate());
    assertEquals(Map.of("isClosed", "false", "isWon", "false"), acme.attributes());
    Deal initech = r.accepted().get(2);
    assertTrue(initech.isWon());
    assertEquals(Optional.of(Money.parse("GBP 8000.50")), initech.amount());
    assertEquals(Optional.of(LocalDate.of(2025, 10, 2)), initech.closedDate());
    Deal hooli = r.accepted().get(4);
    assertEquals(ForecastCategory.BEST_CASE, hooli.effectiveForecastCategory()); // API value "BestCase"
    assertEquals(Probability.parse("0.25"), hooli.effectiveProbability().probability());
  }

  static PipelineDefinition hubspotSales() {
    return definition("hubspot-sales", ZoneId.of("UTC"), List.of(
        open("appointment-scheduled", "Appointment Scheduled", 1, "0.2", ForecastCategory.PIPELINE),
        open("contract-sent", "Contract Sent", 5, "0.9", ForecastCategory.COMMIT),
        Stage.won("closed-won", "Closed Won", 6, "finance"), Stage.lost("closed-lost", "Closed Lost", 7, "sales")));
  }

  static PipelineDefinition hubspotRenewals() {
    return definition("hubspot-renewals", ZoneId.of("UTC"), List.of(
        open("renewal-due", "Renewal Due", 1, "0.7", ForecastCategory.BEST_CASE),
        Stage.won("renewed", "Closed Won", 2, "customer-success"),
        Stage.lost("churned", "Closed Lost", 3, "customer-success")));
  }

  @Test
  void a_hubspot_export_of_two_pipelines_reads_each_row_in_its_pipelines_definition() throws IOException {
    DealCsvImporter importer = DealCsvImporter.of(hubspotSales(), ColumnMapping.hubspotDeals())
        .withPipelines(Map.of("Sales Pipeline", hubspotSales(), "Renewals", hubspotRenewals()));
    ImportResult<Deal> r = read(importer, "hubspot-deals-two-pipelines.csv");
    assertEquals(4, r.report().rowsAccepted());
    Deal acme = r.accepted().get(0);
    assertEquals("18734512001", acme.id());
    assertEquals(Optional.of("Acme - 200 seats"), acme.name());
    assertEquals("appointment-scheduled", acme.stage().id());
    assertEquals(Optional.of(LocalDate.of(2026, 1, 15)), acme.expectedCloseDate());
    assertEquals(Optional.of("Dana Kim"), acme.owner());
    assertEquals(Optional.of(Money.parse("USD 12500.00")), acme.amount());
    assertEquals(Optional.of(LocalDate.of(2025, 11, 3)), acme.createdDate());
    assertEquals(Map.of("pipeline", "Sales Pipeline", "dealType", "newbusiness"), acme.attributes());
    assertEquals("renewal-due", r.accepted().get(1).stage().id());
    assertEquals(Optional.of(Money.parse("EUR 90000.00")), r.accepted().get(1).amount());
    // "Closed Won" is a stage of both pipelines: the row's pipeline decides which.
    assertEquals("closed-won", r.accepted().get(2).stage().id());
    assertEquals(Optional.of(LocalDate.of(2025, 10, 2)), r.accepted().get(2).closedDate());
    assertEquals("renewed", r.accepted().get(3).stage().id());
    Problem partner = r.rejected().get(0).problems().get(0);
    assertEquals(Optional.of("Pipeline"), partner.column());
    assertEquals("is not one of the pipelines given: Renewals, Sales Pipeline", partner.reason());
  }

  static PipelineDefinition pipedrive() {
    return definition("pipedrive", ZoneId.of("UTC"), List.of(
        open("qualified", "Qualified", 1, "0.1", ForecastCategory.PIPELINE),
        open("demo-scheduled", "Demo Scheduled", 3, "0.5", ForecastCategory.PIPELINE),
        open("proposal-made", "Proposal Made", 4, "0.6", ForecastCategory.BEST_CASE),
        open("negotiations-started", "Negotiations Started", 5, "0.8", ForecastCategory.COMMIT),
        Stage.won("won", "Won", 6, "finance"), Stage.lost("lost", "Lost", 7, "sales")));
  }

  @Test
  void a_pipedrive_export_takes_the_outcome_from_the_status_and_the_closed_date_from_won_or_lost_time()
      throws IOException {
    ImportResult<Deal> r = read(DealCsvImporter.of(pipedrive(), ColumnMapping.pipedriveDeals()), "pipedrive-deals.csv");
    assertEquals(4, r.report().rowsRead());
    assertEquals(3, r.report().rowsAccepted());
    Deal acme = r.accepted().get(0);
    assertEquals("101", acme.id());
    assertEquals(Optional.of("Acme - 200 seats"), acme.name());
    assertEquals(Optional.of(Money.parse("EUR 12500.00")), acme.amount());
    assertEquals("proposal-made", acme.stage().id());
    assertEquals(Optional.of(LocalDate.of(2026, 1, 31)), acme.expectedCloseDate());
    assertEquals(Optional.of(LocalDate.of(2025, 11, 3)), acme.createdDate());
    assertEquals(Optional.of("Dana Kim"), acme.owner());
    assertEquals(Optional.of("Acme Corp"), acme.account());
    assertEquals(Map.of(), acme.attributes());
    Deal globex = r.accepted().get(1);
    assertTrue(globex.isWon());
    assertEquals(Optional.of(Money.parse("USD 8000.50")), globex.amount());
    assertEquals(Optional.of(LocalDate.of(2025, 10, 2)), globex.closedDate()); // Won time
    assertEquals(Map.of("stageAtClose", "Negotiations Started"), globex.attributes());
    Deal umbrella = r.accepted().get(2);
    assertTrue(umbrella.isLost());
    assertEquals(Optional.of(LocalDate.of(2025, 11, 20)), umbrella.closedDate()); // Lost time
    assertEquals(Map.of("stageAtClose", "Demo Scheduled"), umbrella.attributes());
    Problem deleted = r.rejected().get(0).problems().get(0);
    assertEquals(Optional.of("Deal - Status"), deleted.column());
    assertEquals("is a deleted deal, which is not imported", deleted.reason());
  }

  @Test
  void a_german_export_reads_comma_decimals_and_dot_thousands() throws IOException {
    ColumnMapping german = ColumnMapping.builder().name("de")
        .columns(DealColumns.builder().addId("ID").addStage("Phase").addAmount("Betrag").addCurrency("Währung")
            .addProbability("Wahrscheinlichkeit").build())
        .delimiter(";").decimalSeparator(",").thousandsSeparator(".").build();
    ImportResult<Deal> r = DealCsvImporter.of(salesforce(ZoneId.of("UTC")), german).readAll(new StringReader(
        "ID;Phase;Betrag;Währung;Wahrscheinlichkeit\nA;Prospecting;12.500,75;EUR;12,5\nB;Prospecting;12,500.75;EUR;10\n"));
    assertEquals(Optional.of(Money.parse("EUR 12500.75")), r.accepted().get(0).amount());
    assertEquals(Probability.parse("0.125"), r.accepted().get(0).effectiveProbability().probability());
    assertEquals("is not a decimal number with ',' as decimal separator and '.' between groups of three digits",
        r.rejected().get(0).problems().get(0).reason());
  }
}
