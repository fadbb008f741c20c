package dev.revops.forecast.conversion;

import dev.revops.core.scope.Scope;
import dev.revops.core.deal.DealWithHistory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealArbitraryProvider;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.DealHistoryArbitraryProvider;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import dev.revops.core.probability.Probability;
import dev.revops.core.dimension.Dimension;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ConversionProperties {
  static final PipelineDefinition STANDARD = TestPipelines.standard();
  static final ConversionOptions OPTIONS = ConversionOptions.builder().scope(Scope.asOf(LocalDate.parse("2026-01-01")))
      .segmentBy(Dimension.SEGMENT).minDeals(3).halfLifeDays(90).build();

  /** Linear chains: a, then one stage at a time, ending won (from c) or lost (anywhere). */
  @Provide
  Arbitrary<List<DealHistory>> linear() {
    return Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.of(true, false))
        .as((depth, win) -> {
          List<String> path = new ArrayList<>(List.of("a", "b", "c").subList(0, depth));
          path.add(win && depth == 3 ? "won" : "lost");
          return path;
        })
        .list().ofMinSize(1).ofMaxSize(40)
        .map(paths -> {
          List<DealHistory> out = new ArrayList<>();
          for (int i = 0; i < paths.size(); i++) {
            out.add(ThreeStages.path("D" + i, paths.get(i).toArray(new String[0])));
          }
          return out;
        });
  }

  @Property
  void with_no_prior_and_no_decay_markov_equals_the_raw_frequency_on_chains_without_loops(
      @ForAll("linear") List<DealHistory> histories) {
    TransitionCounts counts = TransitionCountsTest.counts(TransitionCountsTest.RAW, histories);
    StageProbabilityModel markov = StageProbabilityModel.fit(counts.result(), ConversionMethod.MARKOV);
    StageProbabilityModel share = StageProbabilityModel.fit(counts.result(), ConversionMethod.SHARE);
    for (int i = 0; i < 3; i++) {
      StageEstimate m = markov.stages().get(i);
      StageEstimate s = share.stages().get(i);
      assertEquals(s.raw().isPresent(), m.raw().isPresent());
      if (s.raw().isPresent()) {
        assertEquals(s.probability().doubleValue(), m.probability().doubleValue(), 2e-6, m.stageId());
      }
    }
  }

  @Provide
  Arbitrary<List<DealHistory>> histories() {
    return DealHistoryArbitraryProvider.histories().list().ofMaxSize(30).uniqueElements(DealHistory::dealId);
  }

  static Deal dealOf(DealHistory h) {
    Deal.Builder b = Deal.builder().id(h.dealId()).stage(h.currentStage())
        .segment(h.dealId().length() % 2 == 0 ? "SMB" : "ENT");
    if (h.currentStage().isClosed()) {
      b.closedDate(LocalDate.parse("2030-01-01"));
    }
    return b.build();
  }

  static TransitionCounts transitions(List<DealHistory> histories) {
    TransitionCounts c = new TransitionCounts(OPTIONS, STANDARD);
    histories.forEach(h -> c.add(DealWithHistory.of(dealOf(h), h)));
    return c;
  }

  static NaiveBayesCounts naiveBayes(List<DealHistory> histories) {
    NaiveBayesCounts c = new NaiveBayesCounts(OPTIONS, STANDARD, List.of(Dimension.SEGMENT));
    histories.forEach(h -> c.add(DealWithHistory.of(dealOf(h), h)));
    return c;
  }

  static OdooLeadScoringCounts odoo(List<DealHistory> histories) {
    OdooLeadScoringCounts c = new OdooLeadScoringCounts(OPTIONS, STANDARD, List.of("segment"),
        java.util.Optional.of("owner"));
    histories.forEach(h -> c.add(DealWithHistory.of(dealOf(h), h)));
    return c;
  }

  @Property(tries = 200)
  void odoos_scores_of_open_deals_stay_within_its_clamp_and_any_split_merges_to_one_pass(
      @ForAll("histories") List<DealHistory> histories, @ForAll @IntRange(min = 0, max = 30) int cut,
      @ForAll("deals") List<Deal> deals) {
    int c = Math.min(cut, histories.size());
    OdooLeadScoringModel one = OdooLeadScoringModel.fit(odoo(histories).result());
    assertEquals(one, OdooLeadScoringModel.fit(odoo(histories.subList(c, histories.size())).merge(odoo(histories.subList(0, c))).result()));
    for (Deal d : deals) {
      one.percent(d).filter(p -> d.isOpen()).ifPresent(p -> assertTrue(p.compareTo(new BigDecimal("0.01")) >= 0
          && p.compareTo(new BigDecimal("99.99")) <= 0 && p.scale() == 2, p.toPlainString()));
      Probability p = one.probability(d);
      assertEquals(d.isWon() ? Probability.ONE : d.isLost() ? Probability.ZERO : p, p);
    }
  }

  @Property(tries = 200)
  void merging_any_split_gives_the_counts_of_one_pass(@ForAll("histories") List<DealHistory> histories,
      @ForAll @IntRange(min = 0, max = 30) int cut) {
    int c = Math.min(cut, histories.size());
    List<DealHistory> a = histories.subList(0, c);
    List<DealHistory> b = histories.subList(c, histories.size());
    for (ConversionMethod method : ConversionMethod.values()) {
      assertEquals(StageProbabilityModel.fit(transitions(histories).result(), method), StageProbabilityModel.fit(transitions(b).merge(transitions(a)).result(), method));
    }
    assertEquals(NaiveBayesModel.fit(naiveBayes(histories).result(), BigDecimal.ONE), NaiveBayesModel.fit(naiveBayes(b).merge(naiveBayes(a)).result(), BigDecimal.ONE));
  }

  @Property(tries = 200)
  void every_model_says_1_for_won_0_for_lost_and_keeps_estimates_in_their_intervals(
      @ForAll("histories") List<DealHistory> histories, @ForAll("deals") List<Deal> deals) {
    List<ProbabilityModel> models = List.of(StageProbabilityModel.fit(transitions(histories).result(), ConversionMethod.MARKOV),
        StageProbabilityModel.fit(transitions(histories).result(), ConversionMethod.SHARE), NaiveBayesModel.fit(naiveBayes(histories).result(), BigDecimal.ONE));
    for (dev.revops.forecast.conversion.ProbabilityModel m : models) {
      for (Deal d : deals) {
        Probability p = m.probability(d);
        if (d.isWon()) {
          assertEquals(Probability.ONE, p);
        } else if (d.isLost()) {
          assertEquals(Probability.ZERO, p);
        }
      }
    }
    StageProbabilityModel markov = (StageProbabilityModel) models.get(0);
    markov.stages().forEach(e -> assertTrue(e.lower().compareTo(e.probability()) <= 0
        && e.probability().compareTo(e.upper()) <= 0));
  }

  @Provide
  Arbitrary<List<Deal>> deals() {
    return DealArbitraryProvider.deals().list().ofMaxSize(10);
  }

  @Property(tries = 100)
  void models_round_trip_through_json_and_score_the_same(@ForAll("histories") List<DealHistory> histories,
      @ForAll("deals") List<Deal> deals) throws Exception {
    ObjectMapper json = RevopsJson.mapper();
    StageProbabilityModel markov = StageProbabilityModel.fit(transitions(histories).result(), ConversionMethod.MARKOV);
    StageProbabilityModel back = json.readValue(json.writeValueAsString(markov), StageProbabilityModel.class);
    assertEquals(markov, back);
    NaiveBayesModel nb = NaiveBayesModel.fit(naiveBayes(histories).result(), BigDecimal.ONE);
    NaiveBayesModel nbBack = json.readValue(json.writeValueAsString(nb), NaiveBayesModel.class);
    assertEquals(nb, nbBack);
    for (Deal d : deals) {
      assertEquals(markov.probability(d), back.probability(d));
      assertEquals(nb.probability(d), nbBack.probability(d));
    }
  }

  @Property(tries = 200)
  void calibration_of_any_split_merged_equals_one_pass(@ForAll("deals") List<Deal> deals,
      @ForAll @IntRange(min = 0, max = 10) int cut) {
    dev.revops.core.definition.DefinitionRef ref = dev.revops.core.definition.DefinitionRef.of("m", 1);
    Calibration one = new Calibration(ref, Scope.asOf(LocalDate.parse("2026-01-01")));
    Calibration a = new Calibration(ref, Scope.asOf(LocalDate.parse("2026-01-01")));
    Calibration b = new Calibration(ref, Scope.asOf(LocalDate.parse("2026-01-01")));
    for (int i = 0; i < deals.size(); i++) {
      Deal d = deals.get(i);
      Probability p = d.effectiveProbability().probability();
      boolean won = d.id().hashCode() % 2 == 0;
      one.add(Prediction.of(p, won));
      (i < cut ? a : b).add(Prediction.of(p, won));
    }
    assertEquals(one.result(), b.merge(a).result());
  }
}
