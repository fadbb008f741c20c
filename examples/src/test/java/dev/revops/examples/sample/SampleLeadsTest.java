package dev.revops.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.io.ImportReport;
import dev.revops.core.io.JsonRecordImporter;
import dev.revops.core.io.RejectionGroup;
import dev.revops.core.lead.DealLinkColumns;
import dev.revops.core.lead.DealLinkCsvImporter;
import dev.revops.core.lead.LeadColumns;
import dev.revops.core.lead.LeadCsvImporter;
import dev.revops.core.lead.LeadJoin;
import dev.revops.core.lead.LeadProgress;
import dev.revops.core.lead.LifecycleChangeColumns;
import dev.revops.core.lead.LifecycleChangeCsvImporter;
import dev.revops.core.lead.LifecycleDefinition;
import dev.revops.core.lead.LeadFunnel;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.funnel.ConversionRule;
import dev.revops.forecast.funnel.Funnel;
import dev.revops.forecast.funnel.FunnelOptions;
import dev.revops.forecast.funnel.FunnelResult;
import dev.revops.handoff.Handoff;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SampleLeadsTest {
  static final LifecycleDefinition HUBSPOT = LifecycleDefinition.hubspotDefault();

  @Test
  void the_bundled_leads_are_exactly_what_the_generator_writes_with_its_defaults() throws IOException {
    SampleLeads.Sample s = SampleLeads.generate(SampleLeads.DEFAULT_LEADS, SampleLeads.DEFAULT_SEED, false);
    for (Map.Entry<String, String> file : s.files().entrySet()) {
      InputStream in = Bundled.class.getResourceAsStream("/dev/revops/examples/sample/" + file.getKey());
      assertTrue(in != null, file.getKey() + " is not bundled");
      assertEquals(file.getValue(), BundledTest.read(new InputStreamReader(in, StandardCharsets.UTF_8)),
          file.getKey() + " differs; regenerate with: revops sample --out "
              + "examples/src/main/resources/dev/revops/examples/sample --force");
    }
    assertEquals(s.leadsCsv(), BundledTest.read(Bundled.sampleLeads()));
    assertEquals(s.lifecycleChangesCsv(), BundledTest.read(Bundled.sampleLifecycleChanges()));
    assertEquals(s.dealLinksCsv(), BundledTest.read(Bundled.sampleDealLinks()));
    assertEquals(s.handoffsJsonl(), BundledTest.read(Bundled.sampleLeadHandoffs()));
  }

  @Test
  void the_bundled_leads_have_exactly_their_documented_problems() throws IOException {
    LeadJoin join = new LeadJoin(3);
    ImportReport leads = LeadCsvImporter.of(HUBSPOT, LeadColumns.genLeads()).read(Bundled.sampleLeads(),
        join::addLead, r -> { });
    assertEquals(801, leads.rowsRead());
    assertEquals(List.of("created_at is not a date-time (ISO 8601, for example 2026-09-02T10:00:00Z)",
        "lead_id repeats the lead id of an earlier row (a lead is counted once)"),
        leads.rejections().stream().map(g -> g.column().orElse("") + " " + g.reason()).toList());
    ImportReport changes = LifecycleChangeCsvImporter.of(HUBSPOT, LifecycleChangeColumns.genLeads())
        .read(Bundled.sampleLifecycleChanges(), join::addHistory, r -> { });
    assertTrue(changes.rejections().stream().map(RejectionGroup::reason).anyMatch(r -> r.contains("is not a stage")),
        changes.rejections().toString());
    assertEquals(1, changes.rejections().stream().flatMap(g -> g.examples().stream())
        .map(x -> x.recordId().orElse("")).distinct().count());
    ImportReport links = DealLinkCsvImporter.of(DealLinkColumns.genLeads(), ZoneOffset.UTC)
        .read(Bundled.sampleDealLinks(), join::addLink, r -> { });
    assertEquals(0, links.rowsRejected());
    ImportReport handoffs = JsonRecordImporter.of("handoffs", "handoff", Handoff.class, Handoff::id)
        .read(Bundled.sampleLeadHandoffs(), h -> { }, r -> { });
    assertEquals(0, handoffs.rowsRejected());
    FunnelResult r = new Funnel(FunnelOptions.builder().scope(Scope.asOf(SampleGenerator.AS_OF))
        .funnel(LeadFunnel.builder().lifecycle(HUBSPOT).build()).addRules(ConversionRule.COHORT).build())
        .addAll(join.journeys()).result();
    assertEquals(List.of(LeadJoin.LINK_WITHOUT_LEAD, LeadJoin.HISTORY_WITHOUT_LEAD),
        join.unmatched().stream().map(Exclusion::reason).sorted().toList());
    assertEquals(List.of(LeadProgress.CONVERTED_BEFORE_CREATED, LeadProgress.WON_BEFORE_CREATED),
        r.flagged().stream().map(Exclusion::reason).sorted().toList());
    assertEquals(List.of("L00042"), r.flagged().get(0).examples());
  }

  @Test
  void a_clean_sample_is_accepted_whole() throws IOException {
    SampleLeads.Sample s = SampleLeads.generate(150, 7, true);
    assertEquals(0, LeadCsvImporter.of(HUBSPOT, LeadColumns.genLeads()).read(new StringReader(s.leadsCsv()), x -> { },
        x -> { }).rowsRejected());
    assertEquals(0, LifecycleChangeCsvImporter.of(HUBSPOT, LifecycleChangeColumns.genLeads())
        .read(new StringReader(s.lifecycleChangesCsv()), x -> { }, x -> { }).rowsRejected());
    assertEquals(0, DealLinkCsvImporter.of(DealLinkColumns.genLeads(), ZoneOffset.UTC)
        .read(new StringReader(s.dealLinksCsv()), x -> { }, x -> { }).rowsRejected());
  }
}
