package dev.revops.forecast.conversion;

import dev.revops.core.deal.DealWithHistory;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.deal.Deal;
import dev.revops.core.probability.Probability;
import dev.revops.core.dimension.Dimension;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaiveBayesTest {

  @Test
  void scores_a_deal_from_a_table_computed_by_hand() {
    NaiveBayesCounts counts = new NaiveBayesCounts(TransitionCountsTest.RAW, ThreeStages.DEF, List.of(Dimension.SEGMENT));
    // won: 3 (SMB, SMB, ENT), each passed a and b; lost: 2 (SMB stopped in a; ENT stopped in b)
    counts.add(DealWithHistory.of(seg("W1", "won", "SMB"), ThreeStages.path("W1", "a", "b", "won")));
    counts.add(DealWithHistory.of(seg("W2", "won", "SMB"), ThreeStages.path("W2", "a", "b", "won")));
    counts.add(DealWithHistory.of(seg("W3", "won", "ENT"), ThreeStages.path("W3", "a", "b", "won")));
    counts.add(DealWithHistory.of(seg("L1", "lost", "SMB"), ThreeStages.path("L1", "a", "lost")));
    counts.add(DealWithHistory.of(seg("L2", "lost", "ENT"), ThreeStages.path("L2", "a", "b", "lost")));
    NaiveBayesModel m = NaiveBayesModel.fit(counts.result(), BigDecimal.ONE);
    // stage counts: won a 3, b 3; lost a 2 (both stopped at or above a), b 1
    assertEquals(List.of("segment=ENT 1/1", "segment=SMB 2/1", "stage=a 3/2", "stage=b 3/1"),
        m.counts().stream().map(c -> c.feature() + "=" + c.value() + " " + c.won() + "/" + c.lost()).toList());
    // SMB deal in b: won 4/7 x 3/5 x 4/5 = 48/175; lost 3/7 x 2/4 x 2/4 = 3/28; P = 192/267
    Deal open = Deal.builder().id("O").stage(ThreeStages.DEF.stage("b")).segment("SMB").build();
    assertEquals(Probability.parse("0.719101"), m.probability(open));
    assertEquals(Probability.ONE, m.probability(seg("W9", "won", "SMB")));
  }

  static Deal seg(String id, String stage, String segment) {
    Deal.Builder b = Deal.builder().id(id).stage(ThreeStages.DEF.stage(stage)).segment(segment);
    if (!stage.equals("a") && !stage.equals("b") && !stage.equals("c")) {
      b.closedDate(LocalDate.parse("2025-06-10"));
    }
    return b.build();
  }
}
