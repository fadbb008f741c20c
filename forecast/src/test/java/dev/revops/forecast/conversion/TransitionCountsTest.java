package dev.revops.forecast.conversion;

import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.scope.Scope;
import dev.revops.core.deal.DealWithHistory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.deal.Deal;
import dev.revops.core.history.DealHistory;
import dev.revops.core.probability.Probability;
import dev.revops.core.dimension.Dimension;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransitionCountsTest {
  static final ConversionOptions RAW = ConversionOptions.builder().scope(Scope.asOf(LocalDate.parse("2026-01-01")))
      .priorStrength(BigDecimal.ZERO).build();

  static TransitionCounts counts(ConversionOptions options, List<DealHistory> histories) {
    TransitionCounts c = new TransitionCounts(options, ThreeStages.DEF);
    histories.forEach(h -> c.add(DealWithHistory.of(ThreeStages.deal(h, h.dealId().startsWith("W") ? "ENT" : "SMB"), h)));
    return c;
  }

  static Probability p(StageProbabilityModel m, String stage) {
    return m.stages().stream().filter(e -> e.stageId().equals(stage)).findFirst().orElseThrow().probability();
  }

  @Test
  void counts_every_move_out_of_an_open_stage() {
    TransitionCounts c = counts(RAW, ThreeStages.sample());
    assertEquals(10, c.result().closedDeals());
    assertEquals(new BigDecimal("7"), c.result().moves("a", "b"));    // 4 + 2 + the one that came back
    assertEquals(new BigDecimal("3"), c.result().moves("a", "lost"));
    assertEquals(new BigDecimal("1"), c.result().moves("a", "c"));
    assertEquals(new BigDecimal("1"), c.result().moves("b", "a"));
    assertEquals(new BigDecimal("5"), c.result().moves("c", "won"));
  }

  @Test
  void solves_the_three_stage_chain_by_hand() {
    // b_c = 1; b_b = 4/7 b_c + 1/7 b_a; b_a = 7/11 b_b + 1/11 b_c  =>  b_a = 1/2, b_b = 9/14
    StageProbabilityModel markov = StageProbabilityModel.fit(counts(RAW, ThreeStages.sample()).result(), ConversionMethod.MARKOV);
    assertEquals(Probability.parse("0.5"), p(markov, "a"));
    assertEquals(Probability.parse("0.642857"), p(markov, "b"));
    assertEquals(Probability.parse("1"), p(markov, "c"));
    // the share of closed deals through each stage that were won: 5/10, 4/7, 5/5
    StageProbabilityModel share = StageProbabilityModel.fit(counts(RAW, ThreeStages.sample()).result(), ConversionMethod.SHARE);
    assertEquals(Probability.parse("0.5"), p(share, "a"));
    assertEquals(Probability.parse("0.571429"), p(share, "b"));
    assertEquals(Probability.parse("1"), p(share, "c"));
    assertEquals(7, share.stages().get(1).sampleSize());
    // 4 of b's 7 closed deals were won: 4/7 = 0.571429 above, exactly
    assertEquals(new BigDecimal("7"), share.stages().get(1).weightedSampleSize());
    assertEquals(new BigDecimal("4"), share.stages().get(1).weightedWon());
  }

  @Test
  void smooths_toward_the_stage_default_and_gives_an_interval() {
    ConversionOptions prior = ConversionOptions.builder().scope(Scope.asOf(LocalDate.parse("2026-01-01")))
        .priorStrength(BigDecimal.TEN).build();
    StageEstimate c = StageProbabilityModel.fit(counts(prior, ThreeStages.sample()).result(), ConversionMethod.SHARE).stages().get(2);
    // (5 x 1 + 10 x 0.8) / 15 = 13/15
    assertEquals(Probability.parse("0.866667"), c.probability());
    assertEquals(Optional.of(Probability.ONE), c.raw());
    assertEquals(Probability.parse("0.8"), c.prior());
    assertTrue(c.lower().compareTo(c.probability()) < 0 && c.probability().compareTo(c.upper()) < 0, c.toString());
    // Beta(13, 2) has F(x) = 14 x^13 - 13 x^14; F = 0.05 at 0.7032658 and F = 0.95 at 0.9740007,
    // rounded outward to six decimals
    assertEquals(Probability.parse("0.703265"), c.lower());
    assertEquals(Probability.parse("0.974001"), c.upper());
  }

  @Test
  void scores_deals_closed_as_certain_and_unseen_stages_at_their_default() {
    StageProbabilityModel m = StageProbabilityModel.fit(counts(RAW, List.of(ThreeStages.path("X", "a", "lost"))).result(), ConversionMethod.MARKOV);
    assertEquals(Probability.ZERO, m.probability(ThreeStages.deal(ThreeStages.path("Y", "a", "lost"), "SMB")));
    assertEquals(Probability.ONE, m.probability(ThreeStages.deal(ThreeStages.path("Z", "a", "won"), "SMB")));
    Deal inC = Deal.builder().id("O").stage(ThreeStages.DEF.stage("c")).build();
    assertEquals(Probability.parse("0.8"), m.probability(inC));
    assertEquals(Optional.empty(), m.stages().get(2).raw());
  }

  @Test
  void a_half_life_weighs_older_deals_less() {
    ConversionOptions decay = ConversionOptions.builder().scope(Scope.asOf(LocalDate.parse("2025-07-01")))
        .priorStrength(BigDecimal.ZERO).halfLifeDays(30).build();
    // won deal closed 2025-06-01 (30 days before): weight 1/2; lost deal closed 2025-07-01 minus 1 day ~ 1
    TransitionCounts c = new TransitionCounts(decay, ThreeStages.DEF);
    c.add(DealWithHistory.ofHistory(ThreeStages.pathFrom("OLD", "2025-05-30", "a", "b", "won")));   // closes 2025-06-01
    c.add(DealWithHistory.ofHistory(ThreeStages.pathFrom("NEW", "2025-06-29", "a", "lost")));       // closes 2025-06-30
    StageEstimate a = StageProbabilityModel.fit(c.result(), ConversionMethod.SHARE).stages().get(0);
    double won = Math.pow(0.5, 30.0 / 30);
    double lost = Math.pow(0.5, 1.0 / 30);
    assertEquals(won / (won + lost), a.probability().doubleValue(), 1e-6);
    assertEquals(2, a.sampleSize());
  }

  @Test
  void segments_with_too_few_deals_fall_back_and_say_so() {
    ConversionOptions bySegment = ConversionOptions.builder().scope(Scope.asOf(LocalDate.parse("2026-01-01")))
        .priorStrength(BigDecimal.ZERO).segmentBy(Dimension.SEGMENT).minDeals(5).build();
    StageProbabilityModel m = StageProbabilityModel.fit(counts(bySegment, ThreeStages.sample()).result(), ConversionMethod.SHARE);
    SegmentEstimates ent = m.segments().get(0);   // the four W deals
    SegmentEstimates smb = m.segments().get(1);   // the six others
    assertEquals("ENT", ent.value());
    assertTrue(ent.fallback());
    assertEquals(Optional.of("4 closed deals, fewer than the 5 needed: uses the overall estimates"), ent.note());
    assertEquals(false, smb.fallback());
    Deal smbInA = Deal.builder().id("O1").stage(ThreeStages.DEF.stage("a")).segment("SMB").build();
    Deal entInA = Deal.builder().id("O2").stage(ThreeStages.DEF.stage("a")).segment("ENT").build();
    assertEquals(Probability.parse("0.166667"), m.probability(smbInA));   // 1 won (S0) of 6 SMB deals
    assertEquals(Probability.parse("0.5"), m.probability(entInA));        // overall
  }

  @Test
  void open_deals_are_not_learned_from() {
    TransitionCounts c = counts(RAW, List.of(ThreeStages.path("OPEN", "a", "b")));
    assertEquals(0, c.result().closedDeals());
    assertEquals("open at the as-of date", c.result().excluded().get(0).reason());
  }

  @Test
  void the_table_cites_stage_transitions_and_excludes_a_deal_without_history() {
    TransitionCounts c = counts(RAW, ThreeStages.sample());
    c.add(DealWithHistory.ofDeal(ThreeStages.deal(ThreeStages.path("N1", "a"), "SMB")));
    TransitionTable t = c.result();
    assertEquals(DefinitionRef.of("stage-transitions", 1), t.provenance().definition());
    assertEquals(10, t.provenance().counted());                      // the ten closed deals of the sample
    assertEquals("no stage history", t.excluded().get(0).reason());
    assertEquals(List.of("N1"), t.excluded().get(0).examples());
    assertEquals(t, c.result());                                      // a value: asked twice, equal
  }
}
