package dev.revops.forecast.conversion;

import dev.revops.core.scope.Scope;
import dev.revops.core.deal.DealWithHistory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.deal.Deal;
import dev.revops.core.history.DealHistory;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.dimension.Dimension;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The conversion example of the README, as written there, on the ten hand-made deals of {@link ThreeStages}. */
class ReadmeConversionTest {
  @Test
  void the_readme_conversion_example_runs_as_written() throws Exception {
    PipelineDefinition definition = ThreeStages.DEF;
    List<DealHistory> histories = ThreeStages.sample();
    Map<String, Deal> dealsById = histories.stream().map(h -> ThreeStages.deal(h, "SMB"))
        .collect(Collectors.toMap(Deal::id, Function.identity()));

    ConversionOptions options = ConversionOptions.builder()
        .scope(Scope.asOf(LocalDate.parse("2026-10-01")))   // as-of, zone, example limit
        .since(LocalDate.parse("2024-10-01"))     // look-back: deals closed since
        .halfLifeDays(180)                        // optional exponential decay by close date
        .priorStrength(BigDecimal.TEN)            // Beta prior centred on the stage default
        .segmentBy(Dimension.SEGMENT).minDeals(30)
        .build();
    TransitionCounts counts = new TransitionCounts(options, definition);
    histories.forEach(h -> counts.add(DealWithHistory.of(dealsById.get(h.dealId()), h)));
    StageProbabilityModel markov = StageProbabilityModel.fit(counts.result(), ConversionMethod.MARKOV);   // or ConversionMethod.SHARE
    String json = RevopsJson.mapper().writeValueAsString(markov);          // ship it to a CRM integration

    assertEquals(markov, RevopsJson.mapper().readValue(json, StageProbabilityModel.class));
    assertEquals(10, markov.closedDeals());
    // ten deals are below the 30 a segment needs: SMB falls back to the overall estimates, and says so
    SegmentEstimates smb = markov.segments().get(0);
    assertEquals("SMB", smb.value());
    assertTrue(smb.fallback());
    // the deals closed 2025-06-02 to 06-05, about 484 days before the as-of date: each weighs about
    // 2^(-484/180) = 0.155, so the ten count as about 1.55 deals and the prior of 10 dominates
    StageEstimate a = markov.stages().get(0);
    assertTrue(a.weightedSampleSize().compareTo(new BigDecimal("1.5")) > 0, a.toString());
    assertTrue(a.weightedSampleSize().compareTo(new BigDecimal("1.6")) < 0, a.toString());
    // nearly equal weights keep the raw Markov estimate near the unweighted 1/2 (TransitionCountsTest)
    assertEquals(0.5, a.raw().orElseThrow().toBigDecimal().doubleValue(), 0.005, a.toString());
    assertTrue(a.probability().toBigDecimal().compareTo(new BigDecimal("0.1")) > 0);
    assertTrue(a.probability().toBigDecimal().compareTo(new BigDecimal("0.5")) < 0);
  }
}
