package dev.revops.examples.cli;

import dev.revops.core.scope.Scope;
import dev.revops.handoff.HandoffWithDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import dev.revops.core.deal.Deal;
import dev.revops.core.io.ColumnMapping;
import dev.revops.core.io.DealCsvImporter;
import dev.revops.core.io.JsonRecordImporter;
import dev.revops.core.json.RevopsJson;
import dev.revops.examples.sample.Bundled;
import dev.revops.handoff.Handoff;
import dev.revops.handoff.compliance.Compliance;
import dev.revops.handoff.compliance.ComplianceOptions;
import dev.revops.handoff.compliance.ComplianceResult;
import dev.revops.handoff.compliance.OutcomeLinkResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoffsCommandTest {
  /** Reads trees with exact decimals, so that rates keep their four decimals. */
  static final ObjectMapper JSON = RevopsJson.mapper().copy()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  @Test
  void judges_the_bundled_handoffs_and_prints_every_section() {
    RevopsCliTest.Run r = RevopsCliTest.run("handoffs");
    assertEquals(0, r.status(), r.err());
    String out = r.out().replaceAll(" +", " ");
    for (String section : List.of("Handoffs as of 2026-10-01T00:00:00Z judged by b2b-handoffs@1",
        "rejected: outcome.at must not be before the handoff was sent: 1",
        "left out: protocol not in handoff map b2b-handoffs@1: 1 (e.g. H000070)",
        "Compliance per protocol", "Per receiving team", "Per month sent", "Which handoff to fix first",
        "Rejection reasons", "Overdue:", "Outcome link: deals whose sales-to-cs handoff was complete vs incomplete")) {
      assertTrue(out.contains(section), section + " missing from:\n" + out);
    }
  }

  @Test
  void prints_what_the_library_computes_from_the_same_files() throws IOException {
    RevopsCliTest.Run r = RevopsCliTest.run("handoffs", "--format", "json");
    assertEquals(0, r.status(), r.err());
    ComplianceResult printed = JSON.treeToValue(JSON.readTree(r.out()).get("compliance"), ComplianceResult.class);
    Map<String, Deal> deals = new HashMap<>();
    DealCsvImporter.of(Bundled.definition("gen-deals"), ColumnMapping.genDeals())
        .read(Bundled.sampleDeals(), d -> deals.put(d.id(), d), x -> { });
    Compliance expected = new Compliance(Bundled.handoffMap(), ComplianceOptions.builder().listLimit(10)
        .scope(Scope.builder().asOf(Instant.parse("2026-10-01T00:00:00Z")).zone(java.time.ZoneId.of("UTC"))
            .addBasedOn(Bundled.handoffMap().ref())
            .build()).build());
    JsonRecordImporter.of("handoffs", "handoff", Handoff.class, Handoff::id).read(Bundled.sampleHandoffs(),
        h -> expected.add(h.dealId().filter(deals::containsKey).map(d -> HandoffWithDeal.of(h, deals.get(d)))
            .orElse(HandoffWithDeal.of(h))), x -> { });
    assertEquals(expected.result(), printed);
  }

  /**
   * Four handoffs as of Monday 30 November 2026 12:00 UTC, along the bundled map (business hours
   * 09:00-17:00 UTC):
   * A: MQL sent Monday 2 Nov 10:00, accepted 14:00: 4 calendar hours, in time, complete.
   * B: MQL sent Tuesday 3 Nov 10:00, rejected Thursday 10:00 without a reason: 24 hours late, a failure.
   * C: to customer success (deal D00007) sent Friday 20 Nov 17:00, accepted Monday 10:00: 1 business hour.
   * D: to customer success (deal D00008) sent Monday 23 Nov 09:00, no stakeholder map, unanswered: due
   *    Wednesday 17:00 (24 business hours), overdue by Thursday's and Friday's 8 hours and Monday's 3: 19 hours.
   */
  static Path handmade(Path dir) throws IOException {
    String lead = "\"payload\":{\"leadSource\":\"webinar\",\"company\":\"Acme\",\"contactRole\":\"CFO\"}";
    String cs = "\"technicalRequirements\":\"SSO with Okta and EU data residency\",\"successCriteria\":\"50 seats\","
        + "\"implementationTimeline\":\"2027-01-15\"";
    Path file = dir.resolve("handoffs.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\":\"A\",\"protocolId\":\"mql-to-sal\",\"protocolVersion\":1,\"dealId\":\"L1\",\"sentAt\":"
            + "\"2026-11-02T10:00:00Z\"," + lead + ",\"outcome\":{\"kind\":\"ACCEPTED\",\"at\":\"2026-11-02T14:00:00Z\"}}",
        "{\"id\":\"B\",\"protocolId\":\"mql-to-sal\",\"protocolVersion\":1,\"dealId\":\"L2\",\"sentAt\":"
            + "\"2026-11-03T10:00:00Z\"," + lead + ",\"outcome\":{\"kind\":\"REJECTED\",\"at\":\"2026-11-05T10:00:00Z\"}}",
        "{\"id\":\"C\",\"protocolId\":\"sales-to-cs\",\"protocolVersion\":1,\"dealId\":\"D00007\",\"sentAt\":"
            + "\"2026-11-20T17:00:00Z\",\"payload\":{" + cs + ",\"stakeholderMap\":\"Dana (sponsor); Lee (admin)\"},"
            + "\"outcome\":{\"kind\":\"ACCEPTED\",\"at\":\"2026-11-23T10:00:00Z\"}}",
        "{\"id\":\"D\",\"protocolId\":\"sales-to-cs\",\"protocolVersion\":1,\"dealId\":\"D00008\",\"sentAt\":"
            + "\"2026-11-23T09:00:00Z\",\"payload\":{" + cs + "}}") + "\n");
    return file;
  }

  @Test
  void hand_checked_compliance_of_four_handoffs(@TempDir Path dir) throws IOException {
    Path outcomes = dir.resolve("renewals.csv");
    Files.writeString(outcomes, "deal_id,outcome\nD00007,renewed\nD00008,churned\n");
    RevopsCliTest.Run r = RevopsCliTest.run("handoffs", "--handoffs", handmade(dir).toString(), "--as-of",
        "2026-11-30T12:00:00Z", "--outcomes", outcomes.toString(), "--format", "json");
    assertEquals(0, r.status(), r.err());
    JsonNode j = JSON.readTree(r.out());
    ComplianceResult c = JSON.treeToValue(j.get("compliance"), ComplianceResult.class);
    var total = c.total();
    assertEquals(List.of(4L, 2L, 1L, 0L, 0L, 1L), List.of(total.sent(), total.accepted(), total.rejected(),
        total.expired(), total.waiting(), total.overdue()));
    assertEquals("0.7500", total.payloadCompletionRate().orElseThrow().toPlainString());
    assertEquals("0.5000", total.slaAttainment().orElseThrow().toPlainString());
    assertEquals(java.time.Duration.ofMinutes(150), total.medianTimeToAccept().orElseThrow());
    assertEquals(2, total.failures());
    assertEquals(1, total.rejectionsWithoutReason());
    assertEquals(List.of("sales-to-cs", "mql-to-sal"), c.ranking().subList(0, 2).stream().map(f -> f.protocolId())
        .toList());
    assertEquals("USD 2500.00", c.ranking().get(0).frictionCost().toString());
    assertEquals(java.time.Duration.ofHours(19), c.overdue().get(0).breachedBy().orElseThrow());
    OutcomeLinkResult link = JSON.treeToValue(j.get("outcomeLink"), OutcomeLinkResult.class);
    assertEquals(1, link.dealsComplete());
    assertEquals(1, link.dealsIncomplete());
    assertEquals("churned", link.rows().get(0).outcome());
    assertEquals(1, link.rows().get(0).incomplete());

    RevopsCliTest.Run table = RevopsCliTest.run("handoffs", "--handoffs", handmade(dir).toString(), "--as-of",
        "2026-11-30T12:00:00Z");
    String out = table.out().replaceAll(" +", " ");
    assertTrue(out.contains("Overdue: 1 handoff waits past the deadline"), out);
    assertTrue(out.contains("D D00008 sales-to-cs 2026-11-23T09:00:00Z 2026-11-25T17:00:00Z 19.0h stakeholderMap "
        + "is required"), out);
  }

  @Test
  void refuses_an_unknown_outcome_protocol_and_an_unreadable_as_of() {
    RevopsCliTest.Run r = RevopsCliTest.run("handoffs", "--outcome-protocol", "legal");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("--outcome-protocol legal is not in handoff map b2b-handoffs@1"), r.err());
    RevopsCliTest.Run d = RevopsCliTest.run("handoffs", "--as-of", "yesterday");
    assertEquals(2, d.status());
    assertTrue(d.err().contains("--as-of yesterday is neither a date"), d.err());
  }
}
