package dev.revops.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.io.ColumnMapping;
import dev.revops.core.io.DealCsvImporter;
import dev.revops.core.io.HistoryCsvImporter;
import dev.revops.core.io.ImportReport;
import dev.revops.core.io.JsonRecordImporter;
import dev.revops.core.io.RejectionGroup;
import dev.revops.core.io.TransitionColumns;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.handoff.Handoff;
import dev.revops.handoff.ownership.FieldOwnership;
import dev.revops.handoff.protocol.HandoffMap;
import dev.revops.handoff.protocol.HandoffProtocol;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundledTest {

  static String read(Reader in) throws IOException {
    try (in) {
      StringWriter w = new StringWriter();
      in.transferTo(w);
      return w.toString();
    }
  }

  @Test
  void the_bundled_sample_is_exactly_what_the_generator_writes_with_its_defaults() throws IOException {
    SampleGenerator.Sample s = SampleGenerator.generate(SampleGenerator.DEFAULT_DEALS, SampleGenerator.DEFAULT_SEED,
        false);
    java.util.Map<String, String> files = new java.util.LinkedHashMap<>(s.files());
    files.putAll(AttributionSample.files(s.dealsCsv(), SampleLeads.generate(SampleLeads.DEFAULT_LEADS,
        SampleGenerator.DEFAULT_SEED, false).leadsCsv(), SampleGenerator.DEFAULT_SEED));
    for (java.util.Map.Entry<String, String> file : files.entrySet()) {
      java.io.InputStream in = Bundled.class.getResourceAsStream("/dev/revops/examples/sample/" + file.getKey());
      assertTrue(in != null, file.getKey() + " is not bundled");
      assertEquals(file.getValue(), read(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)),
          file.getKey() + " differs; regenerate with: revops sample --out "
          + "examples/src/main/resources/dev/revops/examples/sample --force");
    }
    assertEquals(s.dealsCsv(), read(Bundled.sampleDeals()));
    assertEquals(s.previousDealsCsv(), read(Bundled.samplePreviousDeals()));
    assertEquals(s.fieldChangesCsv(), read(Bundled.sampleFieldChanges()));
  }

  @Test
  void every_bundled_definition_reads() {
    for (String name : Bundled.DEFINITIONS) {
      PipelineDefinition d = Bundled.definition(name);
      assertEquals(name, d.id());
      assertEquals(1, d.version());
    }
    assertEquals(7, Bundled.definition("gen-deals").stages().size());
    assertEquals(List.of("prospecting", "engaging"),
        Bundled.definition("maven-crm").openStages().stream().map(s -> s.id()).toList());
    assertThrows(IllegalArgumentException.class, () -> Bundled.definition("nope"));
  }

  @Test
  void the_bundled_hubspot_definition_reads_hubspot_internal_stage_names() {
    PipelineDefinition hubspot = Bundled.definition("hubspot-default");
    assertEquals("decision-maker-bought-in", hubspot.resolve("decisionmakerboughtin").id());
    assertEquals("closed-won", hubspot.resolve("closedwon").id());
  }

  @Test
  void the_bundled_sample_has_exactly_its_documented_problems() throws IOException {
    PipelineDefinition def = Bundled.definition("gen-deals");
    ImportReport deals = DealCsvImporter.of(def, ColumnMapping.genDeals()).read(Bundled.sampleDeals(), d -> { }, r -> { });
    assertEquals(600, deals.rowsRead());
    assertEquals(6, deals.rowsRejected());
    assertEquals(List.of("amount is not a plain decimal number",
            "stage is not a stage, display name or alias of the pipeline definition",
            "closed_date must not be before createdDate",
            "deal_id repeats the deal id of an earlier row",
            "currency is not an ISO 4217 currency code (three upper-case letters, like USD)",
            "probability is not a percentage between 0 and 100"),
        deals.rejections().stream().map(BundledTest::text).toList());
    ImportReport transitions = HistoryCsvImporter.of(def, TransitionColumns.genDeals())
        .read(Bundled.sampleTransitions(), h -> { }, r -> { });
    assertEquals(598, transitions.recordsAccepted());
    assertTrue(transitions.rejections().stream().map(BundledTest::text).toList().containsAll(List.of(
        "from_stage does not match the stage the previous change entered",
        "changed_at is not an instant (ISO-8601 date-time)")));
  }

  @Test
  void the_bundled_handoff_map_triggers_on_stages_of_the_sample_pipeline_and_ownership_reads() {
    HandoffMap map = Bundled.handoffMap();
    PipelineDefinition def = Bundled.definition("gen-deals");
    assertEquals(List.of("mql-to-sal", "sdr-to-ae", "ae-to-deal-desk", "sales-to-finance", "finance-to-ops",
        "sales-to-cs"), map.protocols().stream().map(HandoffProtocol::id).toList());
    for (HandoffProtocol p : map.protocols()) {
      p.trigger().stageEntered().ifPresent(stage -> assertTrue(def.findStage(stage).isPresent(), stage));
    }
    assertEquals(List.of("technicalRequirements", "successCriteria", "stakeholderMap", "implementationTimeline"),
        map.protocol("sales-to-cs").payload().stream().map(f -> f.name()).toList());
    FieldOwnership owners = Bundled.fieldOwnership();
    assertEquals(java.util.Optional.of("finance"), owners.ownerOf("costToClose"));
    assertEquals(java.util.Optional.of("revops"), owners.ownerOf("stage"));
  }

  @Test
  void the_bundled_handoffs_have_exactly_their_documented_problems() throws IOException {
    List<Handoff> handoffs = new java.util.ArrayList<>();
    ImportReport report = JsonRecordImporter.of("handoffs", "handoff", Handoff.class, Handoff::id)
        .read(Bundled.sampleHandoffs(), handoffs::add, r -> { });
    assertEquals(2, report.rowsRejected());
    assertEquals(List.of("outcome.at must not be before the handoff was sent",
            "sentAt must be an ISO-8601 date-time with an offset (2026-01-31T09:00:00Z), as a JSON string"),
        report.rejections().stream().map(BundledTest::text).toList());
    HandoffMap map = Bundled.handoffMap();
    assertEquals(List.of("H000070"), handoffs.stream().filter(h -> map.find(h.protocolId()).isEmpty())
        .map(Handoff::id).toList());
  }

  static String text(RejectionGroup g) {
    return g.column().orElse("row") + " " + g.reason();
  }
}
