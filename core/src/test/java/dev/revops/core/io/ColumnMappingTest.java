package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
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
import org.junit.jupiter.api.Test;

class ColumnMappingTest {
  final PipelineDefinition def = TestPipelines.standard();

  @Test
  void reads_a_hubspot_export_with_its_labels_and_not_forecasted_category() throws IOException {
    String csv = "Record ID,Deal Name,Deal Stage,Amount,Deal owner,Create Date,Close Date,Deal Type,Pipeline,"
        + "Forecast category\n"
        + "9001,Acme - New,Proposal,25000,Sarah Chen,2026-01-01 09:30,2026-12-01 00:00,newbusiness,Sales Pipeline,"
        + "Not forecasted\n"
        + "9002,Globex,Won,1000,Ingrid Larsen,2026-01-02 10:00,2026-03-01 00:00,,Sales Pipeline,Closed won\n";
    ImportResult<Deal> r = DealCsvImporter.of(def, ColumnMapping.hubspotDeals()).readAll(new StringReader(csv));
    assertTrue(r.report().isClean(), r.rejected().toString());
    Deal open = r.accepted().get(0);
    assertEquals(Optional.of(ForecastCategory.OMITTED), open.forecastCategoryOverride());
    assertEquals(Optional.of(LocalDate.parse("2026-01-01")), open.createdDate());
    assertEquals(Optional.of(LocalDate.parse("2026-12-01")), open.expectedCloseDate());
    assertEquals(Map.of("dealType", "newbusiness", "pipeline", "Sales Pipeline"), open.attributes());
    assertEquals(Optional.of(Money.parse("USD 25000.00")), open.amount());
    assertEquals(Optional.of(LocalDate.parse("2026-03-01")), r.accepted().get(1).closedDate());
    assertTrue(r.report().fieldsWithoutColumn().contains("currency"));
  }

  @Test
  void reads_fractions_when_the_mapping_says_so() throws IOException {
    ColumnMapping fractions = ColumnMapping.builder().name("fractions")
        .columns(DealColumns.builder().addId("id").addStage("stage").addProbability("p").addProjectedMarginRate("m")
            .build())
        .probabilityScale(NumberScale.FRACTION).marginScale(NumberScale.FRACTION).build();
    Deal d = DealCsvImporter.of(def, fractions).readAll(new StringReader("id,stage,p,m\nD1,Proposal,0.35,0.7\n"))
        .accepted().get(0);
    assertEquals(Probability.parse("0.35"), d.effectiveProbability().probability());
    assertEquals(Optional.of(new BigDecimal("0.7")), d.projectedMarginRate());
    ImportResult<Deal> tooBig = DealCsvImporter.of(def, fractions).readAll(new StringReader("id,stage,p\nD1,Proposal,35\n"));
    assertEquals("is not a probability between 0 and 1", tooBig.rejected().get(0).problems().get(0).reason());
  }

  @Test
  void reads_a_semicolon_separated_export() throws IOException {
    ColumnMapping semi = ColumnMapping.builder().name("semi")
        .columns(DealColumns.builder().addId("id").addStage("stage").addAmount("amount").build())
        .defaultCurrency("EUR").delimiter(";").build();
    Deal d = DealCsvImporter.of(def, semi).readAll(new StringReader("id;stage;amount\nD1;Proposal;1234.50\n"))
        .accepted().get(0);
    assertEquals(Optional.of(Money.parse("EUR 1234.50")), d.amount());
  }

  @Test
  void rejects_mappings_that_cannot_work_listing_every_problem() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ColumnMapping.builder().name("bad")
        .columns(DealColumns.builder().addId("id").addStage("stage").build())
        .delimiter("\"").defaultCurrency("EURO").datePattern("yyyy-MM-dd {").overrideSetBy(" ").build());
    assertEquals(List.of("delimiter", "defaultCurrency", "datePattern", "overrideSetBy"),
        e.violations().stream().map(InvalidValueException.Violation::field).toList());
    assertThrows(InvalidValueException.class, () -> DealColumns.builder().addStage("stage").build());
    assertThrows(InvalidValueException.class, () -> TransitionColumns.builder().name("t").addDealId("d").build());
  }

  @Test
  void knows_every_ready_mapping_by_name() {
    assertEquals(List.of("gen-deals", "maven-crm", "salesforce-opportunities", "hubspot-deals", "salesforce-report",
        "salesforce-data-loader", "pipedrive-deals"),
        ColumnMapping.ready().stream().map(ColumnMapping::name).toList());
    assertEquals(List.of("Id", "Opportunity ID"), ColumnMapping.salesforceOpportunities().columns().byField().get("id"));
  }
}
