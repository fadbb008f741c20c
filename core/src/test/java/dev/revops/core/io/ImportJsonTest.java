package dev.revops.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.EffectiveProbability;
import dev.revops.core.json.JsonOptions;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The import types (mappings, options, reports, results) read back what they write. */
class ImportJsonTest {
  final PipelineDefinition def = TestPipelines.standard();
  final ObjectMapper json = RevopsJson.mapper(def);

  <T> void roundTrips(T value, Class<T> type) throws Exception {
    assertEquals(value, json.readValue(json.writeValueAsString(value), type));
  }

  @Test
  void mappings_and_options_round_trip() throws Exception {
    for (ColumnMapping m : ColumnMapping.ready()) {
      roundTrips(m, ColumnMapping.class);
    }
    roundTrips(TransitionColumns.genDeals(), TransitionColumns.class);
    roundTrips(TransitionColumns.salesforceOpportunityHistory(), TransitionColumns.class);
    roundTrips(ImportOptions.builder().source("x.csv").maxExamplesPerReason(2).rejectDuplicateIds(false).build(),
        ImportOptions.class);
    roundTrips(JsonOptions.builder().definition(def).ignoreUnknownProperties(true).build(), JsonOptions.class);
  }

  @Test
  void a_mapping_written_by_hand_reads_with_defaults() throws Exception {
    ColumnMapping m = json.readValue("{\"name\":\"mine\",\"columns\":{\"id\":[\"Deal ID\"],\"stage\":[\"Stage\"]},"
        + "\"defaultCurrency\":\"EUR\",\"probabilityScale\":\"FRACTION\"}", ColumnMapping.class);
    assertEquals(NumberScale.FRACTION, m.probabilityScale());
    assertEquals(NumberScale.PERCENT, m.marginScale());
    assertEquals(",", m.delimiter());
    assertEquals("crm-export", m.overrideSetBy());
  }

  @Test
  void a_report_and_a_whole_result_round_trip() throws Exception {
    ImportResult<Deal> r = DealCsvImporter.of(def, ColumnMapping.genDeals()).readAll(new StringReader(
        "deal_id,stage,amount,currency\nD1,Proposal,5.00,USD\nD2,Maybe,1.00,USD\nD3,Won,abc,USD\n"));
    assertEquals(2, r.report().rowsRejected());
    roundTrips(r.report(), ImportReport.class);
    String text = json.writeValueAsString(r);
    ImportResult<Deal> back = json.readValue(text, new TypeReference<ImportResult<Deal>>() { });
    assertEquals(r, back);
    assertTrue(back.accepted().get(0) instanceof Deal);
  }

  @Test
  void an_effective_probability_round_trips() throws Exception {
    Deal d = Deal.builder().id("D1").stage(def.stage("proposal")).build();
    roundTrips(d.effectiveProbability(), EffectiveProbability.class);
  }
}
