package dev.revops.forecast.conversion;

import dev.revops.core.scope.Scope;
import dev.revops.core.deal.DealWithHistory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.history.DealHistory;
import dev.revops.core.probability.Probability;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CalibrationTest {

  @Test
  void computes_brier_score_log_loss_and_a_reliability_table() {
    Calibration c = new Calibration(DefinitionRef.of("test", 1), Scope.asOf(LocalDate.parse("2026-01-01")));
    c.add(Prediction.of(Probability.parse("0.8"), true));
    c.add(Prediction.of(Probability.parse("0.3"), false));
    c.add(Prediction.of(Probability.parse("0.6"), true));
    c.add(Prediction.of(Probability.parse("0.1"), false));
    CalibrationScore s = c.result();
    // (0.2^2 + 0.3^2 + 0.4^2 + 0.1^2) / 4 = 0.075
    assertEquals(Optional.of(new BigDecimal("0.075000")), s.brierScore());
    double logLoss = -(Math.log(0.8) + Math.log(0.7) + Math.log(0.6) + Math.log(0.9)) / 4;
    assertEquals(Optional.of(new BigDecimal(logLoss).setScale(6, RoundingMode.HALF_EVEN)), s.logLoss());
    assertEquals(1, s.reliability().get(8).deals());
    assertEquals(Optional.of(new BigDecimal("1.0000")), s.reliability().get(8).observedWinShare());
    assertEquals(Optional.of(new BigDecimal("0.3000")), s.reliability().get(3).meanPredicted());
    assertEquals(Optional.empty(), s.reliability().get(0).meanPredicted());
  }

  @Test
  void a_hold_out_fits_before_the_split_and_scores_deals_open_at_it() {
    List<DealHistory> histories = new ArrayList<>(ThreeStages.sample());        // closed in June 2025
    histories.add(ThreeStages.pathFrom("T1", "2025-12-29", "a", "b", "c", "won"));  // in c at the split, won on it
    histories.add(ThreeStages.pathFrom("T2", "2025-12-30", "a", "b", "lost"));      // open at 2026-01-01, lost
    histories.add(ThreeStages.pathFrom("T3", "2026-02-01", "a"));                   // created after the split
    HoldOut h = new HoldOut(ThreeStages.DEF, TransitionCountsTest.RAW, LocalDate.parse("2026-03-01"), List.of());
    histories.forEach(x -> h.add(DealWithHistory.of(ThreeStages.deal(x, "SMB"), x)));
    ModelComparison r = h.result();
    assertEquals(10, r.trainingDeals());
    assertEquals(2, r.testDeals());
    assertEquals(List.of("stage-default", "markov", "share", "naive-bayes"),
        r.scores().stream().map(s -> s.model().id().split(":")[0]).toList());
    // At the split T1 was in c (won later) and T2 in b (lost later). Stage defaults: 0.8 and 0.5:
    // Brier ((0.8 - 1)^2 + 0.5^2) / 2 = 0.145; Markov: 1 and 9/14: (0 + 0.413265) / 2 = 0.206633
    assertEquals(Optional.of(new BigDecimal("0.145000")), r.scores().get(0).brierScore());
    assertEquals(Optional.of(new BigDecimal("0.206633")), r.scores().get(1).brierScore());
    assertTrue(r.excluded().stream().anyMatch(e -> e.reason().equals("created after the split date")));
  }
}
