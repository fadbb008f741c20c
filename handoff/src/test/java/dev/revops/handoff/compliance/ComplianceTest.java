package dev.revops.handoff.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.revops.core.metric.Exclusion;
import dev.revops.core.money.Money;
import dev.revops.handoff.TestHandoffs;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComplianceTest {
  final ComplianceResult result = HandmadeSet.compliance(HandmadeSet.handoffs(), HandmadeSet.options()).result();

  static Optional<BigDecimal> rate(String r) {
    return Optional.of(new BigDecimal(r));
  }

  @Test
  void the_total_counts_every_handoff_in_exactly_one_status() {
    ComplianceRow t = result.total();
    assertEquals(9, t.sent());
    assertEquals(List.of(4L, 2L, 1L, 1L, 1L), List.of(t.accepted(), t.rejected(), t.expired(), t.waiting(),
        t.overdue()));
    // complete: all but H4 (no lead source), H6 (no close date), H8 (no stakeholder map): 6 of 9
    assertEquals(6, t.payloadComplete());
    assertEquals(rate("0.6667"), t.payloadCompletionRate());
    // judged: all but the waiting H4; met: H1, H2, H5, H7
    assertEquals(8, t.slaJudged());
    assertEquals(4, t.slaMet());
    assertEquals(rate("0.5000"), t.slaAttainment());
    // accepted in 4h (H1), 4h (H5), 18h (H7), 42h (H9): median halfway between 4h and 18h = 11h;
    // p90 at rank 3 x 0.9 = 2.7: 18h + 0.7 x (42h - 18h) = 34.8h
    assertEquals(Optional.of(Duration.ofHours(11)), t.medianTimeToAccept());
    assertEquals(Optional.of(Duration.ofMinutes(34 * 60 + 48)), t.p90TimeToAccept());
    assertEquals(Map.of("not ICP", 1L), t.rejectionReasons());
    assertEquals(1, t.rejectionsWithoutReason());
    // H3 (no reason, late), H4 (incomplete), H6 (incomplete, overdue), H8 (incomplete, expired), H9 (late)
    assertEquals(5, t.failures());
  }

  @Test
  void counts_per_protocol() {
    ComplianceRow mql = result.row(GroupKind.PROTOCOL, "mql-to-sal").orElseThrow();
    assertEquals(4, mql.sent());
    assertEquals(rate("0.7500"), mql.payloadCompletionRate());
    assertEquals(rate("0.6667"), mql.slaAttainment());
    assertEquals(Optional.of(Duration.ofHours(4)), mql.medianTimeToAccept());
    assertEquals(2, mql.failures());
    ComplianceRow cs = result.row(GroupKind.PROTOCOL, "sales-to-cs").orElseThrow();
    assertEquals(3, cs.sent());
    assertEquals(rate("0.3333"), cs.slaAttainment());
    // 18h and 42h: median 30h; p90 18h + 0.9 x 24h = 39.6h
    assertEquals(Optional.of(Duration.ofHours(30)), cs.medianTimeToAccept());
    assertEquals(Optional.of(Duration.ofMinutes(39 * 60 + 36)), cs.p90TimeToAccept());
    assertEquals(List.of("mql-to-sal", "ae-to-deal-desk", "sales-to-cs"),
        result.rows(GroupKind.PROTOCOL).stream().map(ComplianceRow::group).toList());
  }

  @Test
  void counts_per_team_pair_receiver_and_month() {
    assertEquals(List.of("marketing -> sdr", "sales -> customer-success", "sales -> deal-desk"),
        result.rows(GroupKind.TEAMS).stream().map(ComplianceRow::group).toList());
    assertEquals(5, result.row(GroupKind.SENDER, "sales").orElseThrow().sent());
    assertEquals(3, result.row(GroupKind.RECEIVER, "customer-success").orElseThrow().sent());
    assertEquals(List.of("2026-10", "2026-11"), result.rows(GroupKind.PERIOD).stream().map(ComplianceRow::group)
        .toList());
    assertEquals(8, result.row(GroupKind.PERIOD, "2026-11").orElseThrow().sent());
  }

  @Test
  void ranks_protocols_by_failures_times_cost_per_failure() {
    assertEquals(List.of("sales-to-cs", "ae-to-deal-desk", "mql-to-sal"),
        result.ranking().stream().map(ProtocolFriction::protocolId).toList());
    ProtocolFriction top = result.ranking().get(0);
    assertEquals(2, top.failures());
    assertEquals(Money.parse("USD 5000.00"), top.frictionCost());
    assertEquals(rate("0.6667"), top.failureRate());
    assertEquals(Money.parse("USD 300.00"), result.ranking().get(2).frictionCost());
  }

  @Test
  void lists_the_overdue_handoffs_and_every_handoff_left_out_with_its_reason() {
    assertEquals(List.of("H6"), result.overdue().stream().map(HandoffEvaluation::handoffId).toList());
    assertEquals(9, result.counted());
    assertEquals(List.of(
        Exclusion.builder().reason("protocol not in handoff map test-lifecycle@1").count(1).addExamples("H10").build(),
        Exclusion.builder().reason("sent after the as-of instant").count(1).addExamples("H12").build(),
        Exclusion.builder().reason("sent under another version of the protocol than the map's").count(1)
            .addExamples("H11").build()), result.excluded());
  }

  @Test
  void an_empty_accumulator_still_ranks_every_protocol_at_zero() {
    ComplianceResult empty = new Compliance(TestHandoffs.map(), HandmadeSet.options()).result();
    assertEquals(0, empty.total().sent());
    assertEquals(Optional.empty(), empty.total().slaAttainment());
    assertEquals(3, empty.ranking().size());
    assertEquals(Money.parse("USD 0.00"), empty.ranking().get(0).frictionCost());
  }

  @Test
  void refuses_to_merge_compliance_judged_at_another_instant() {
    Compliance a = new Compliance(TestHandoffs.map(), HandmadeSet.options());
    Compliance b = new Compliance(TestHandoffs.map(), ComplianceOptions.of(TestHandoffs.scope(HandmadeSet.AS_OF
        .plusSeconds(1))));
    assertThrows(IllegalArgumentException.class, () -> a.merge(b));
  }
}
