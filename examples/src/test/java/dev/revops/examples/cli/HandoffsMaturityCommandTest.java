package dev.revops.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The maturity stages and the protocol x month compliance in {@code revops handoffs}, on the bundled sample. */
class HandoffsMaturityCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode protocol(JsonNode maturity, String id) {
    for (JsonNode p : maturity.path("protocols")) {
      if (p.path("protocolId").asText().equals(id)) {
        return p;
      }
    }
    throw new AssertionError(id);
  }

  static JsonNode rule(JsonNode protocol, String rule) {
    for (JsonNode e : protocol.path("evidence")) {
      if (e.path("rule").asText().equals(rule)) {
        return e;
      }
    }
    throw new AssertionError(rule);
  }

  @Test
  void by_the_standard_model_every_sample_protocol_is_documented_and_says_what_it_lacks() throws IOException {
    JsonNode m = JSON.readTree(RevopsCliTest.run("handoffs", "--format", "json").out()).path("maturity");
    assertEquals("handoff-maturity", m.at("/model/id").asText());
    assertEquals("DOCUMENTED", m.at("/overall/stage").asText());
    // sales-to-cs: 45 of 122 payloads complete = 0.36885... -> 0.3689 < 0.90
    JsonNode payload = rule(protocol(m, "sales-to-cs"), "payload-completeness");
    assertEquals("0.3689", payload.path("measured").decimalValue().toPlainString());
    assertEquals(false, payload.path("met").asBoolean());
    // finance-to-ops is triggered by the booking-approved event: no stage gate
    assertEquals(false, rule(protocol(m, "finance-to-ops"), "gate-enforced").path("met").asBoolean());
    String text = RevopsCliTest.run("handoffs").out();
    assertTrue(text.contains("Maturity by handoff-maturity@1"), text);
    assertTrue(text.contains("sales-to-cs       documented    36.9%"), text);
  }

  @Test
  void a_lax_model_from_a_file_makes_the_measured_outcome_link_optimized(@TempDir Path dir) throws IOException {
    Path model = Files.writeString(dir.resolve("lax.json"), "{\"id\": \"lax\", \"version\": 1, "
        + "\"maxUndocumentedShare\": 0.05, \"minHandoffs\": 1, \"minPayloadCompleteness\": 0, "
        + "\"minSlaAttainment\": 0, \"gateRequired\": false, \"minDealsPerGroup\": 10, "
        + "\"goodOutcomes\": [\"healthy\"], \"minOutcomeDifference\": 0.05}");
    JsonNode m = JSON.readTree(RevopsCliTest.run("handoffs", "--maturity", model.toString(), "--format", "json")
        .out()).path("maturity");
    assertEquals("lax@1", m.at("/provenance/definition/id").asText() + "@" + m.at("/provenance/definition/version")
        .asText());
    // the sample's outcome link (sales-to-cs): healthy 16 of 24 deals after complete handoffs = 0.6667,
    // 26 of 45 after incomplete ones = 0.5778: 0.0889 more, at least 0.05, both groups at least 10 deals
    JsonNode cs = protocol(m, "sales-to-cs");
    assertEquals("OPTIMIZED", cs.path("stage").asText());
    assertEquals("0.0889", rule(cs, "outcome-difference").path("measured").decimalValue().toPlainString());
    // no outcome link for the others: systematic at most; overall as the least mature
    assertEquals("SYSTEMATIC", protocol(m, "mql-to-sal").path("stage").asText());
    assertEquals("SYSTEMATIC", m.at("/overall/stage").asText());
  }

  @Test
  void the_months_of_each_protocol_add_up_to_its_compliance_row() throws IOException {
    JsonNode out = JSON.readTree(RevopsCliTest.run("handoffs", "--format", "json").out());
    for (JsonNode row : out.at("/compliance/rows")) {
      if (!row.path("groupKind").asText().equals("PROTOCOL")) {
        continue;
      }
      long sent = 0;
      long failures = 0;
      for (JsonNode month : out.at("/complianceByProtocolAndPeriod/" + row.path("group").asText() + "/periods")) {
        sent += month.path("sent").asLong();
        failures += month.path("failures").asLong();
      }
      assertEquals(row.path("sent").asLong(), sent, row.path("group").asText());
      assertEquals(row.path("failures").asLong(), failures, row.path("group").asText());
    }
  }
}
