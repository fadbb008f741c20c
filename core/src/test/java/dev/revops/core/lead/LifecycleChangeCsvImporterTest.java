package dev.revops.core.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.io.ImportResult;
import dev.revops.core.io.Rejection;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleChangeCsvImporterTest {
  static final LifecycleDefinition HUBSPOT = LifecycleDefinition.hubspotDefault();

  @Test
  void reads_one_history_per_lead_ordering_rows_by_instant() throws IOException {
    String csv = "lead_id,from_stage,to_stage,changed_at,actor\n"
        + "L1,lead,MQL,2026-01-05T00:00:00Z,scoring\n"
        + "L1,,lead,2026-01-01T00:00:00Z,form\n"
        + "L1,marketingqualifiedlead,salesqualifiedlead,2026-01-09T00:00:00Z,sdr\n"
        + "L2,,subscriber,2026-01-02T00:00:00Z,form\n"
        + "L2,subscriber,prospect,2026-01-03T00:00:00Z,form\n"
        + "L3,,lead,2026-01-02T00:00:00Z,form\n"
        + "L4,,lead,2026-01-02T00:00:00Z,form\n"
        + "L3,lead,marketingqualifiedlead,2026-01-03T00:00:00Z,form\n";
    ImportResult<LifecycleHistory> r = LifecycleChangeCsvImporter.of(HUBSPOT, LifecycleChangeColumns.genLeads())
        .readAll(new StringReader(csv));
    assertEquals(8, r.report().rowsRead());
    assertEquals(2, r.accepted().size());
    LifecycleHistory l1 = r.accepted().get(0);
    assertEquals(List.of("lead", "marketingqualifiedlead", "salesqualifiedlead"),
        l1.changes().stream().map(LifecycleChange::to).toList());
    assertEquals("form", l1.changes().get(0).actor().orElseThrow());
    assertEquals("L4", r.accepted().get(1).leadId());
    // Rows are line numbers (the header is line 1). L2's unknown stage (line 6) rejects its other row (line 5)
    // too; L3's rows are not together (lines 7 and 9): the whole lead is rejected, as every grouped import does.
    assertEquals(List.of(5L, 6L, 7L, 9L), r.rejected().stream().map(Rejection::row).toList());
    assertTrue(r.rejected().get(1).problems().toString().contains("is not a stage"), r.rejected().get(1).toString());
    assertTrue(r.rejected().get(3).problems().toString().contains("rows are not together"),
        r.rejected().get(3).toString());
  }

  @Test
  void a_chain_that_does_not_hold_rejects_the_whole_lead() throws IOException {
    String csv = "lead_id,from_stage,to_stage,changed_at,actor\n"
        + "L1,,lead,2026-01-01T00:00:00Z,form\n"
        + "L1,subscriber,marketingqualifiedlead,2026-01-05T00:00:00Z,scoring\n";
    ImportResult<LifecycleHistory> r = LifecycleChangeCsvImporter.of(HUBSPOT, LifecycleChangeColumns.genLeads())
        .readAll(new StringReader(csv));
    assertEquals(0, r.accepted().size());
    assertEquals(2, r.report().rowsRejected());
    assertTrue(r.rejected().toString().contains("must leave the stage the previous change entered"),
        r.rejected().toString());
  }

  @Test
  void reads_account_engagement_lifecycle_history_through_aliases_of_its_stage_numbers() throws IOException {
    LifecycleDefinition ae = LifecycleDefinition.builder().id("account-engagement").version(1)
        .effectiveFrom(LocalDate.parse("2026-01-01"))
        .addStages(LifecycleStage.funnel("visitor", "Visitor", 10, "marketing"))
        .addStages(LifecycleStage.funnel("prospect", "Prospect", 20, "marketing"))
        .addStages(LifecycleStage.funnel("mql", "MQL", 30, "marketing"))
        .addStages(LifecycleStage.funnel("sql", "SQL", 40, "sales"))
        .addStages(LifecycleStage.funnel("won-opportunity", "Won Opportunity", 50, "sales"))
        .putAliases("101", "visitor").putAliases("102", "prospect").putAliases("103", "mql").putAliases("104", "sql")
        .putAliases("105", "won-opportunity").build();
    String csv = "id,prospectId,previousStageId,nextStageId,secondsElapsed,createdAt\n"
        + "1,77,,102,0,2026-01-01T10:00:00Z\n"
        + "2,77,102,103,86400,2026-01-02T10:00:00Z\n"
        + "3,77,103,104,3600,2026-01-02T11:00:00Z\n";
    ImportResult<LifecycleHistory> r = LifecycleChangeCsvImporter.of(ae,
        LifecycleChangeColumns.accountEngagementLifecycleHistory()).readAll(new StringReader(csv));
    LifecycleHistory h = r.accepted().get(0);
    assertEquals(List.of("prospect", "mql", "sql"), h.changes().stream().map(LifecycleChange::to).toList());
    assertEquals(Instant.parse("2026-01-02T11:00:00Z"), h.firstEntry("sql").orElseThrow());
  }
}
