package dev.revops.handoff.maturity;

import static dev.revops.handoff.OutcomeKind.ACCEPTED;
import static dev.revops.handoff.TestHandoffs.handoff;
import static dev.revops.handoff.TestHandoffs.outcome;

import dev.revops.handoff.Handoff;
import dev.revops.handoff.HandoffWithDeal;
import dev.revops.handoff.TestHandoffs;
import dev.revops.handoff.compliance.Compliance;
import dev.revops.handoff.compliance.ComplianceOptions;
import dev.revops.handoff.compliance.EvaluationWithOutcome;
import dev.revops.handoff.compliance.OutcomeLink;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Small handoff sets over {@link TestHandoffs#map()}, judged as of Monday 30 November 2026, 12:00
 * UTC, with a test model whose thresholds are easy to reach by hand: 4 handoffs measured, 75%
 * complete payloads, 75% SLA attainment, a gate, 1 deal with an outcome per group, 50 points more
 * "healthy" after complete handoffs, at most 20% of handoffs under no protocol.
 *
 * <p>Every handoff is sent on Monday 2 November 2026 at 09:00 UTC. An on-time one is accepted at
 * 13:00 the same day (4 business hours, within both the 24 calendar hours of mql-to-sal and the 40
 * business hours of sales-to-cs); a late one on Monday 16 November at 09:00 (80 business hours,
 * 336 calendar hours: late for both).
 */
final class MaturitySet {
  static final Instant AS_OF = Instant.parse("2026-11-30T12:00:00Z");

  static final MaturityModel MODEL = model(new BigDecimal("0.75"), new BigDecimal("0.75"), true,
      new BigDecimal("0.50"));

  /** The test model with other payload, SLA, gate and outcome rules. */
  static MaturityModel model(BigDecimal payload, BigDecimal sla, boolean gate, BigDecimal difference) {
    return MaturityModel.builder().id("test-maturity").version(1).maxUndocumentedShare(new BigDecimal("0.20"))
        .minHandoffs(4).minPayloadCompleteness(payload).minSlaAttainment(sla).gateRequired(gate).minDealsPerGroup(1)
        .addGoodOutcomes("healthy").minOutcomeDifference(difference).build();
  }

  private final List<Handoff> handoffs = new ArrayList<>();
  private final Map<String, String> outcomes = new HashMap<>();

  /**
   * Adds a handoff, its deal named after it.
   *
   * @param protocol the protocol id
   * @param complete whether the payload is complete
   * @param onTime whether it was accepted in time
   * @param outcome the deal's downstream outcome, or null for none yet
   */
  MaturitySet add(String protocol, boolean complete, boolean onTime, String outcome) {
    String id = "H" + (handoffs.size() + 1);
    Map<String, String> payload = new HashMap<>(protocol.equals("mql-to-sal") ? Map.of("leadSource", "webinar")
        : TestHandoffs.csPayload());
    if (!complete) {
      payload.remove(protocol.equals("mql-to-sal") ? "leadSource" : "stakeholderMap");
    }
    handoffs.add(handoff(id, protocol, "D-" + id, "2026-11-02T09:00:00Z").putAllPayload(payload)
        .outcome(outcome(ACCEPTED, onTime ? "2026-11-02T13:00:00Z" : "2026-11-16T09:00:00Z", null)).build());
    if (outcome != null) {
      outcomes.put("D-" + id, outcome);
    }
    return this;
  }

  /** Adds n copies of a handoff. */
  MaturitySet times(int n, String protocol, boolean complete, boolean onTime, String outcome) {
    for (int i = 0; i < n; i++) {
      add(protocol, complete, onTime, outcome);
    }
    return this;
  }

  MaturityResult assess(MaturityModel model) {
    Compliance compliance = new Compliance(TestHandoffs.map(), ComplianceOptions.of(TestHandoffs.scope(AS_OF)));
    OutcomeLink link = new OutcomeLink("sales-to-cs", TestHandoffs.scope(AS_OF));
    for (Handoff h : handoffs) {
      compliance.judge(HandoffWithDeal.of(h)).filter(e -> e.protocol().id().equals("sales-to-cs"))
          .ifPresent(e -> link.add(e.dealId().map(outcomes::get)
              .map(o -> EvaluationWithOutcome.of(e, o)).orElseGet(() -> EvaluationWithOutcome.of(e))));
    }
    return HandoffMaturity.assess(model, TestHandoffs.map(), compliance.result(), List.of(link.result()));
  }

  MaturityResult assess() {
    return assess(MODEL);
  }
}
