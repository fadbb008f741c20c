package dev.revops.forecast.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.columnar.HistoryBatch;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.StageChange;
import dev.revops.core.scope.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Transition counts and the share model of a small batch of histories, worked out by hand. */
class TransitionCountsBatchTest {

  static DealHistory history(String id, String... stagesAtDays) {
    List<StageChange> changes = new ArrayList<>();
    for (int i = 0; i < stagesAtDays.length; i += 2) {
      StageChange.Builder c = StageChange.builder().dealId(id).to(ConversionContracts.DEF.stage(stagesAtDays[i]))
          .at(Instant.parse("2025-05-" + stagesAtDays[i + 1] + "T00:00:00Z"));
      if (i > 0) {
        c.from(ConversionContracts.DEF.stage(stagesAtDays[i - 2]));
      }
      changes.add(c.build());
    }
    return DealHistory.of(changes);
  }

  @Test
  void closed_deals_count_their_moves_and_the_stages_they_passed_through() {
    List<DealHistory> histories = List.of(
        // lost: through prospecting and qualification; moves prospecting -> qualification -> lost
        history("X", "prospecting", "01", "qualification", "02", "closed-lost", "04"),
        // won: through prospecting; move prospecting -> won
        history("W", "prospecting", "03", "closed-won", "05"),
        // still open at the as-of date: excluded
        history("Y", "prospecting", "06"));
    ConversionOptions options = ConversionOptions.builder().scope(Scope.asOf(LocalDate.parse("2025-06-01"))).build();
    TransitionTable t = new TransitionCounts(options, ConversionContracts.DEF).addAll(HistoryBatch.of(histories))
        .result();
    assertEquals(2, t.closedDeals());
    assertEquals(new BigDecimal("1"), t.moves("prospecting", "qualification"));
    assertEquals(new BigDecimal("1"), t.moves("prospecting", "closed-won"));
    assertEquals(new BigDecimal("1"), t.moves("qualification", "closed-lost"));
    StageProbabilityModel share = StageProbabilityModel.fit(t, ConversionMethod.SHARE);
    // prospecting: 2 closed deals passed through it, 1 won; qualification: 1, none won
    StageEstimate prospecting = share.stages().get(0);
    assertEquals(2, prospecting.sampleSize());
    assertEquals(new BigDecimal("1"), prospecting.weightedWon());
    assertEquals(1, share.stages().get(1).sampleSize());
    assertEquals(new BigDecimal("0"), share.stages().get(1).weightedWon());
    TransitionCounts one = new TransitionCounts(options, ConversionContracts.DEF);
    histories.forEach(h -> one.add(DealWithHistory.ofHistory(h)));
    assertEquals(one.result(), t);
  }

  @Test
  void a_history_with_a_stage_open_there_but_closed_in_the_definition_is_excluded_with_its_reason() {
    // "closed-won" built as an open stage: a history of another definition; it used to fail on a null index
    dev.revops.core.pipeline.Stage openWon = dev.revops.core.pipeline.Stage.open("closed-won", "Won?", 2,
        dev.revops.core.probability.Probability.of(new BigDecimal("0.9")),
        dev.revops.core.pipeline.ForecastCategory.COMMIT, "sales");
    DealHistory odd = DealHistory.of(List.of(
        StageChange.builder().dealId("Z").to(ConversionContracts.DEF.stage("prospecting"))
            .at(Instant.parse("2025-05-01T00:00:00Z")).build(),
        StageChange.builder().dealId("Z").from(ConversionContracts.DEF.stage("prospecting")).to(openWon)
            .at(Instant.parse("2025-05-02T00:00:00Z")).build(),
        StageChange.builder().dealId("Z").from(openWon).to(ConversionContracts.DEF.stage("closed-lost"))
            .at(Instant.parse("2025-05-03T00:00:00Z")).build()));
    ConversionOptions options = ConversionOptions.builder().scope(Scope.asOf(LocalDate.parse("2025-06-01"))).build();
    TransitionCounts one = new TransitionCounts(options, ConversionContracts.DEF);
    one.add(DealWithHistory.ofHistory(odd));
    TransitionTable t = one.result();
    assertEquals(0, t.closedDeals());
    assertEquals(List.of("a stage open in the history but not in the definition"),
        t.excluded().stream().map(e -> e.reason()).toList());
    assertEquals(t, new TransitionCounts(options, ConversionContracts.DEF).addAll(HistoryBatch.of(List.of(odd)))
        .result());
  }
}
