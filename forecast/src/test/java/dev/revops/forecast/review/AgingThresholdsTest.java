package dev.revops.forecast.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.scope.Scope;
import dev.revops.core.dimension.Dimension;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.StageChange;
import dev.revops.forecast.velocity.StageVelocity;
import dev.revops.forecast.velocity.StageVelocityResult;
import dev.revops.forecast.velocity.VelocityOptions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Aging thresholds from a stage velocity. Two deals each spend exactly 4 days in Prospecting and
 * 10 in Discovery and are still in Proposal: any percentile of the completed visits is 4 and 10
 * days; Proposal has no completed visit, so no threshold.
 */
class AgingThresholdsTest {

  static DealHistory history(String id, String start) {
    Instant t = Instant.parse(start);
    return DealHistory.of(List.of(
        StageChange.builder().dealId(id).to(Week.DEF.stage("prospecting")).at(t).build(),
        StageChange.builder().dealId(id).from(Week.DEF.stage("prospecting")).to(Week.DEF.stage("discovery"))
            .at(t.plusSeconds(4 * 86_400)).build(),
        StageChange.builder().dealId(id).from(Week.DEF.stage("discovery")).to(Week.DEF.stage("proposal"))
            .at(t.plusSeconds(14 * 86_400)).build()));
  }

  static StageVelocityResult velocity(VelocityOptions options) {
    StageVelocity v = new StageVelocity(options);
    for (String id : List.of("D1", "D2")) {
      Deal deal = Week.open(id, "1000.00", "proposal", "2026-12-01");
      v.add(DealWithHistory.of(deal, history(id, id.equals("D1") ? "2026-09-01T00:00:00Z" : "2026-09-10T00:00:00Z")));
    }
    return v.result();
  }

  @Test
  void each_stage_with_completed_visits_gets_the_velocity_threshold_in_days() {
    VelocityOptions options = VelocityOptions.builder().scope(Scope.asOf(LocalDate.parse("2026-11-01")))
        .agingPercentile(new BigDecimal("0.90")).build();
    Map<String, BigDecimal> thresholds = AgingThresholds.of(velocity(options));
    assertEquals(Set.of("prospecting", "discovery"), thresholds.keySet());
    assertEquals(0, new BigDecimal("4").compareTo(thresholds.get("prospecting")), thresholds.toString());
    assertEquals(0, new BigDecimal("10").compareTo(thresholds.get("discovery")), thresholds.toString());
  }

  @Test
  void a_grouped_velocity_is_refused_naming_a_group() {
    VelocityOptions byOwner = VelocityOptions.builder().scope(Scope.asOf(LocalDate.parse("2026-11-01")))
        .addGroupBy(Dimension.OWNER).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AgingThresholds.of(velocity(byOwner)));
    assertTrue(e.getMessage().contains("{owner=ann}"), e.getMessage());
  }
}
