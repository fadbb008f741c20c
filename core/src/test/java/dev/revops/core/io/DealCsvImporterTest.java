package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.deal.Deal;
import dev.revops.core.deal.ProbabilitySource;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import dev.revops.core.probability.Probability;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DealCsvImporterTest {
  static final String HEADER = "deal_id,name,account_id,owner,segment,source,product,currency,amount,stage,probability,"
      + "forecast_category,created_date,expected_close_date,closed_date,cost_to_close,margin_pct\n";
  final PipelineDefinition def = TestPipelines.standard();

  ImportResult<Deal> importGenDeals(String rows) throws IOException {
    return DealCsvImporter.of(def, ColumnMapping.genDeals()).readAll(new StringReader(HEADER + rows));
  }

  @Test
  void reads_a_clean_export_into_deals_with_overrides_only_where_they_differ() throws IOException {
    ImportResult<Deal> r = importGenDeals(
        "D1,Deal 1,A1,rep001,SMB,Inbound,Core,USD,1200.50,Proposal,60,Best Case,2026-01-05,2026-12-01,,60.00,72.5\n"
            + "D2,Deal 2,A2,rep002,Enterprise,Partner,Platform,EUR,90000.00,Negotiation,70,Commit,2026-02-01,2026-11-30,,,\n"
            + "D3,Deal 3,A3,rep001,SMB,Event,Core,GBP,500.00,Closed Won,100,Closed,2026-01-01,2026-03-01,2026-03-01,,\n"
            + "D4,Deal 4,A4,rep003,SMB,Event,Core,USD,0.00,Closed Lost,0,Omitted,2026-01-01,2026-02-01,2026-02-01,,\n");
    assertTrue(r.report().isClean(), r.rejected().toString());
    assertEquals(4, r.report().rowsRead());
    Deal d1 = r.accepted().get(0);
    assertEquals(Optional.of(Money.parse("USD 1200.50")), d1.amount());
    assertEquals(Optional.empty(), d1.probabilityOverride());
    assertEquals(Optional.empty(), d1.forecastCategoryOverride());
    assertEquals(Optional.of(new BigDecimal("0.725")), d1.projectedMarginRate());
    assertEquals(Optional.of(Money.parse("USD 60.00")), d1.costToClose());
    assertEquals(Optional.of("A1"), d1.account());
    Deal d2 = r.accepted().get(1);
    assertEquals(ProbabilitySource.OVERRIDE, d2.effectiveProbability().source());
    assertEquals(Probability.parse("0.7"), d2.effectiveProbability().probability());
    assertEquals(Optional.of("crm-export"), d2.effectiveProbability().setBy());
    assertEquals(Optional.of(Money.parse("EUR 63000.00")), d2.weightedValue());
    assertEquals(ForecastCategory.COMMIT, d2.effectiveForecastCategory());
    assertTrue(r.accepted().get(2).isWon());
    assertEquals(Optional.of(LocalDate.parse("2026-03-01")), r.accepted().get(2).closedDate());
    assertTrue(r.accepted().get(3).isLost());
    assertEquals(List.of(), r.report().unusedColumns());
    assertEquals("margin_pct", r.report().columns().get("projectedMarginRate"));
  }

  @Test
  void rejects_every_bad_row_with_its_column_value_and_reason_and_keeps_going() throws IOException {
    ImportResult<Deal> r = importGenDeals(String.join("\n",
        "D1,ok,A,rep,SMB,Inbound,Core,USD,100.00,Proposal,60,Best Case,2026-01-05,2026-12-01,,,",
        "D2,bad amount,A,rep,SMB,Inbound,Core,USD,\"12,500.00\",Proposal,60,Best Case,2026-01-05,2026-12-01,,,",
        "D3,bad stage,A,rep,SMB,Inbound,Core,USD,1.00,Maybe,60,Best Case,2026-01-05,2026-12-01,,,",
        "D4,closed early,A,rep,SMB,Inbound,Core,USD,1.00,Closed Won,100,Closed,2026-01-05,2026-01-04,2026-01-04,,",
        "D5,bad currency,A,rep,SMB,Inbound,Core,US$,1.00,Proposal,60,Best Case,2026-01-05,2026-12-01,,,",
        "D6,negative,A,rep,SMB,Inbound,Core,USD,-5.00,Proposal,60,Best Case,2026-01-05,2026-12-01,,,",
        ",no id,A,rep,SMB,Inbound,Core,USD,1.00,Proposal,60,Best Case,2026-01-05,2026-12-01,,,",
        "D8,big prob,A,rep,SMB,Inbound,Core,USD,1.00,Proposal,150,Best Case,2026-01-05,2026-12-01,,,",
        "D9,lost hope,A,rep,SMB,Inbound,Core,USD,1.00,Closed Lost,10,Omitted,2026-01-05,2026-02-01,2026-02-01,,",
        "D10,short row,A,rep",
        "D11,\"unclosed,A,rep",
        "D1,again,A,rep,SMB,Inbound,Core,USD,100.00,Proposal,60,Best Case,2026-01-05,2026-12-01,,,",
        "D13,bad date,A,rep,SMB,Inbound,Core,USD,1.00,Proposal,60,Best Case,05/01/2026,2026-12-01,,,",
        "D14,three decimals,A,rep,SMB,Inbound,Core,USD,1.005,Proposal,60,Best Case,2026-01-05,2026-12-01,,,",
        "D15,ok too,A,rep,SMB,Inbound,Core,JPY,1000,Discovery,40,Best Case,2026-01-05,2026-12-01,,,",
        ""));
    ImportReport report = r.report();
    assertEquals(15, report.rowsRead());
    assertEquals(2, report.rowsAccepted());
    assertEquals(13, report.rowsRejected());
    assertEquals(report.rowsRead(), report.rowsAccepted() + report.rowsRejected());
    assertEquals(13, r.rejected().size());
    Map<Long, String> byRow = r.rejected().stream().collect(Collectors.toMap(Rejection::row,
        x -> x.problems().stream().map(Problem::toString).collect(Collectors.joining("; "))));
    assertEquals("amount '12,500.00' is not a plain decimal number", byRow.get(3L));
    assertEquals("stage 'Maybe' is not a stage, display name or alias of the pipeline definition", byRow.get(4L));
    assertEquals("closed_date '2026-01-04' must not be before createdDate (createdDate is 2026-01-05)", byRow.get(5L));
    assertEquals("currency 'US$' is not an ISO 4217 currency code (three upper-case letters, like USD)",
        byRow.get(6L));
    assertEquals("amount '-5.00' must not be negative (read as USD -5.00)", byRow.get(7L));
    assertEquals("deal_id '' is required", byRow.get(8L));
    assertEquals("probability '150' is not a percentage between 0 and 100", byRow.get(9L));
    assertEquals("probability '10' contradicts the closed deal's outcome (100% for won, 0% for lost)", byRow.get(10L));
    assertEquals("row has a different number of fields than the header (4 fields, the header 17)", byRow.get(11L));
    // the quote runs to the end of the input: line 12 alone is rejected and the lines after it read again
    assertEquals("name '\"unclosed,A,rep' has a quoted field not closed before the end of the input", byRow.get(12L));
    assertEquals("deal_id 'D1' repeats the deal id of an earlier row (first at row 2)", byRow.get(13L));
    assertEquals("created_date '05/01/2026' is not a date (yyyy-MM-dd or an ISO date-time)", byRow.get(14L));
    assertEquals("amount '1.005' has more decimals than its currency allows, or is out of range", byRow.get(15L));
    assertEquals(Optional.of("D6"), r.rejected().stream().filter(x -> x.row() == 7).findFirst().orElseThrow().recordId());
    assertEquals(List.of("D1", "D15"), r.accepted().stream().map(Deal::id).toList());
  }

  @Test
  void groups_rejections_by_column_and_reason_most_frequent_first_with_examples() throws IOException {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      rows.append("X").append(i).append(",n,A,rep,SMB,Inbound,Core,USD,abc,Proposal,60,,,,,,\n");
    }
    rows.append("Y,n,A,rep,SMB,Inbound,Core,USD,1.00,Nope,60,,,,,,\n");
    ImportReport report = DealCsvImporter.of(def, ColumnMapping.genDeals())
        .withOptions(ImportOptions.builder().maxExamplesPerReason(3).source("test.csv").build())
        .read(new StringReader(HEADER + rows), d -> { }, x -> { });
    assertEquals(2, report.rejections().size());
    RejectionGroup top = report.rejections().get(0);
    assertEquals(Optional.of("amount"), top.column());
    assertEquals("is not a plain decimal number", top.reason());
    assertEquals(8, top.rows());
    assertEquals(List.of(2L, 3L, 4L), top.examples().stream().map(Rejection::row).toList());
    assertEquals(1, report.rejections().get(1).rows());
    assertEquals(Optional.of("test.csv"), report.source());
  }

  @Test
  void a_missing_required_column_fails_the_import_naming_the_candidates() {
    ImportFormatException e = assertThrows(ImportFormatException.class, () -> DealCsvImporter.of(def,
        ColumnMapping.genDeals()).readAll(new StringReader("deal_id,amount,currency\nD1,1.00,USD\n")));
    assertTrue(e.getMessage().contains("must have a column for stage (one of: stage)"), e.getMessage());
    assertThrows(ImportFormatException.class,
        () -> DealCsvImporter.of(def, ColumnMapping.genDeals()).readAll(new StringReader("")));
    assertThrows(ImportFormatException.class, () -> DealCsvImporter.of(def, ColumnMapping.genDeals())
        .readAll(new StringReader("deal_id,stage,Stage\nD1,Proposal,Proposal\n")));
  }

  @Test
  void amounts_without_a_currency_column_or_default_fail_the_import() {
    ColumnMapping noCurrency = ColumnMapping.builder().name("bare")
        .columns(DealColumns.builder().addId("id").addStage("stage").addAmount("amount").build()).build();
    ImportFormatException e = assertThrows(ImportFormatException.class, () -> DealCsvImporter.of(def, noCurrency)
        .readAll(new StringReader("id,stage,amount\nD1,Proposal,5\n")));
    assertEquals("currency", e.violations().get(0).field());
  }

  @Test
  void reports_mapped_fields_the_file_lacks_and_columns_it_did_not_read() throws IOException {
    ImportResult<Deal> r = DealCsvImporter.of(def, ColumnMapping.genDeals())
        .readAll(new StringReader("deal_id,stage,amount,currency,colour\nD1,Proposal,5.00,USD,red\n"));
    assertTrue(r.report().isClean());
    assertTrue(r.report().fieldsWithoutColumn().contains("probability"), r.report().fieldsWithoutColumn().toString());
    assertEquals(List.of("colour"), r.report().unusedColumns());
  }

  @Test
  void unmapped_columns_can_become_custom_attributes() throws IOException {
    ColumnMapping m = ColumnMapping.builder().name("with-extras")
        .columns(DealColumns.builder().addId("id").addStage("stage").build())
        .unmappedColumnsAsAttributes(true).build();
    Deal d = DealCsvImporter.of(def, m).readAll(new StringReader("id,stage,Champion__c,Region\nD1,Proposal,Dana,\n"))
        .accepted().get(0);
    assertEquals(Map.of("Champion__c", "Dana"), d.attributes());
  }

  @Test
  void reads_a_salesforce_export_where_close_date_is_expected_for_open_and_closed_for_closed_deals() throws IOException {
    String csv = "ID,NAME,ACCOUNT.NAME,OWNER.NAME,LEADSOURCE,AMOUNT,STAGENAME,PROBABILITY,FORECASTCATEGORYNAME,"
        + "CREATEDDATE,CLOSEDATE,TYPE\n"
        + "0061,Acme,Acme Inc,Ana,Web,25000,Proposal,60,Best Case,2026-01-15T10:00:00.000+0000,2026-12-01,New Business\n"
        + "0062,Beta,Beta Ltd,Ben,Partner,1000,Closed Won,100,Closed,2026-01-10T08:00:00.000Z,2026-02-01,Renewal\n";
    ImportResult<Deal> r = DealCsvImporter.of(def, ColumnMapping.salesforceOpportunities()).readAll(new StringReader(csv));
    assertTrue(r.report().isClean(), r.rejected().toString());
    Deal open = r.accepted().get(0);
    assertEquals(Optional.of(LocalDate.parse("2026-12-01")), open.expectedCloseDate());
    assertEquals(Optional.empty(), open.closedDate());
    assertEquals(Optional.of(LocalDate.parse("2026-01-15")), open.createdDate());
    assertEquals(Optional.of(Money.parse("USD 25000.00")), open.amount());
    assertEquals(Map.of("type", "New Business"), open.attributes());
    Deal won = r.accepted().get(1);
    assertEquals(Optional.of(LocalDate.parse("2026-02-01")), won.closedDate());
    assertEquals(Optional.of(LocalDate.parse("2026-02-01")), won.expectedCloseDate());
  }

  @Test
  void reads_dates_in_a_configured_pattern() throws IOException {
    ColumnMapping us = ColumnMapping.builder().name("us-report")
        .columns(DealColumns.builder().addId("Opportunity ID").addStage("Stage").addCreatedDate("Created Date").build())
        .datePattern("M/d/yyyy").build();
    Deal d = DealCsvImporter.of(def, us).readAll(new StringReader("Opportunity ID,Stage,Created Date\nX,Proposal,1/15/2026\n"))
        .accepted().get(0);
    assertEquals(Optional.of(LocalDate.parse("2026-01-15")), d.createdDate());
  }

  @Test
  void resolves_every_date_and_date_time_strictly() throws IOException {
    ImportResult<Deal> r = importGenDeals(
        "D1,n,A,rep,SMB,Inbound,Core,USD,1.00,Proposal,60,,2025-02-30T10:00:00Z,2026-12-01,,,\n"
            + "D2,n,A,rep,SMB,Inbound,Core,USD,1.00,Proposal,60,,2025-02-28T10:00:00+01:00,2025-02-29,,,\n"
            + "D3,n,A,rep,SMB,Inbound,Core,USD,1.00,Proposal,60,,2025-02-28 24:00:00,2026-12-01,,,\n"
            + "D4,n,A,rep,SMB,Inbound,Core,USD,1.00,Proposal,60,,2024-02-29T23:59:59Z,2026-12-01,,,\n");
    assertEquals(List.of("D4"), r.accepted().stream().map(Deal::id).toList());
    assertEquals(List.of(
            "row 2 (D1): created_date '2025-02-30T10:00:00Z' is not a date (yyyy-MM-dd or an ISO date-time)",
            "row 3 (D2): expected_close_date '2025-02-29' is not a date (yyyy-MM-dd or an ISO date-time)",
            "row 4 (D3): created_date '2025-02-28 24:00:00' is not a date (yyyy-MM-dd or an ISO date-time)"),
        r.rejected().stream().map(Rejection::toString).toList());
    ColumnMapping us = ColumnMapping.builder().name("us-report")
        .columns(DealColumns.builder().addId("id").addStage("stage").addCreatedDate("created").build())
        .datePattern("M/d/yyyy").build();
    ImportResult<Deal> pattern = DealCsvImporter.of(def, us)
        .readAll(new StringReader("id,stage,created\nX,Proposal,2/30/2025\nY,Proposal,2/28/2025\n"));
    assertEquals(List.of("Y"), pattern.accepted().stream().map(Deal::id).toList());
    assertEquals("created '2/30/2025' is not a date in the pattern M/d/yyyy",
        pattern.rejected().get(0).problems().get(0).toString());
  }

  @Test
  void a_currency_code_is_three_upper_case_letters_as_in_json() throws IOException {
    ImportResult<Deal> r = importGenDeals("D1,n,A,rep,SMB,Inbound,Core,usd,1.00,Proposal,60,,,,,,\n"
        + "D2,n,A,rep,SMB,Inbound,Core,USD,1.00,Proposal,60,,,,,,\n");
    assertEquals(List.of("D2"), r.accepted().stream().map(Deal::id).toList());
    assertEquals("currency 'usd' is not an ISO 4217 currency code (three upper-case letters, like USD)",
        r.rejected().get(0).problems().get(0).toString());
  }

  @Test
  void numbers_too_long_to_be_amounts_are_rejected_before_any_arithmetic() throws IOException {
    String huge = "9".repeat(10_000);
    ImportResult<Deal> r = importGenDeals("D1,n,A,rep,SMB,Inbound,Core,USD," + huge + ",Proposal,60,,,,,,\n"
        + "D2,n,A,rep,SMB,Inbound,Core,USD,0." + "0".repeat(99) + "1,Proposal,60,,,,,,\n");
    assertEquals(2, r.rejected().size());
    Problem p = r.rejected().get(0).problems().get(0);
    assertEquals("is longer than 100 characters, too long for a number", p.reason());
    assertEquals(Optional.of(huge), p.value(), "the cell as the file has it");
    assertEquals("is longer than 100 characters, too long for a number",
        r.rejected().get(1).problems().get(0).reason());
  }

  @Test
  void two_ids_whose_fingerprints_collide_are_both_accepted_and_a_true_repeat_still_rejected() throws IOException {
    IdFingerprints colliding = new IdFingerprints(Long.MAX_VALUE, Long.MAX_VALUE, bytes -> 7L);
    List<Deal> deals = new java.util.ArrayList<>();
    List<Rejection> rejections = new java.util.ArrayList<>();
    DealCsvImporter.of(def, ColumnMapping.genDeals()).read(new StringReader(HEADER
            + "0061a00000XyZaBQAV,n,A,rep,SMB,Inbound,Core,USD,1.00,Proposal,60,,,,,,\n"
            + "0061a00000XyZaBQAW,n,A,rep,SMB,Inbound,Core,USD,2.00,Proposal,60,,,,,,\n"
            + "0061a00000XyZaBQAV,n,A,rep,SMB,Inbound,Core,USD,3.00,Proposal,60,,,,,,\n"),
        deals::add, rejections::add, colliding);
    assertEquals(List.of("0061a00000XyZaBQAV", "0061a00000XyZaBQAW"), deals.stream().map(Deal::id).toList());
    assertEquals(List.of("row 4 (0061a00000XyZaBQAV): deal_id '0061a00000XyZaBQAV' repeats the deal id of an earlier "
        + "row (first at row 2)"), rejections.stream().map(Rejection::toString).toList());
  }

  @Test
  void a_full_id_check_rejects_new_ids_saying_so_rather_than_running_out_of_memory() throws IOException {
    ImportResult<Deal> r = DealCsvImporter.of(def, ColumnMapping.genDeals())
        .withOptions(ImportOptions.builder().maxDistinctIds(2).build())
        .readAll(new StringReader(HEADER + "D1,n,A,rep,SMB,Inbound,Core,USD,1.00,Proposal,60,,,,,,\n"
            + "D2,n,A,rep,SMB,Inbound,Core,USD,1.00,Proposal,60,,,,,,\n"
            + "D3,n,A,rep,SMB,Inbound,Core,USD,1.00,Proposal,60,,,,,,\n"));
    assertEquals(2, r.accepted().size());
    assertTrue(r.rejected().get(0).problems().get(0).reason().startsWith("cannot be checked for repeats: the id "
        + "check is full"), r.rejected().toString());
  }

  @Test
  void a_rule_of_the_model_is_reported_with_the_cell_as_the_file_has_it() throws IOException {
    ImportResult<Deal> r = importGenDeals("D1,n,A,rep,SMB,Inbound,Core,USD, -5.00 ,Proposal,60,,,,,,\n");
    Problem p = r.rejected().get(0).problems().get(0);
    assertEquals(Optional.of("amount"), p.column());
    assertEquals(Optional.of(" -5.00 "), p.value());
    assertEquals(Optional.of("read as USD -5.00"), p.detail());
  }
}
