package dev.revops.forecast.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.DealHistoryArbitraryProvider;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import dev.revops.core.pipeline.TestPipelines;
import dev.revops.core.scope.Scope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Segmenting the Markov counts by a custom attribute: the segments together make the whole, each one alone. */
class SegmentByOpenDimensionProperties {
  static final PipelineDefinition STANDARD = TestPipelines.standard();
  static final Scope SCOPE = Scope.asOf(LocalDate.parse("2026-01-01"));
  static final ConversionOptions BY_REGION = ConversionOptions.builder().scope(SCOPE).halfLifeDays(90).minDeals(0)
      .segmentBy(OpenDimension.parse("attribute:region")).build();
  static final ConversionOptions WHOLE = ConversionOptions.builder().scope(SCOPE).halfLifeDays(90).minDeals(0).build();

  record Tagged(DealHistory history, String region) {}

  @Provide
  Arbitrary<List<Tagged>> tagged() {
    return net.jqwik.api.Combinators.combine(DealHistoryArbitraryProvider.histories(),
        Arbitraries.of("EMEA", "AMER", "APAC", "")).as(Tagged::new).list().ofMaxSize(30)
        .uniqueElements(t -> t.history().dealId());
  }

  static DealWithHistory record(Tagged t) {
    Deal.Builder b = Deal.builder().id(t.history().dealId()).stage(t.history().currentStage());
    if (!t.region().isEmpty()) {
      b.putAttributes("region", t.region());
    }
    if (t.history().currentStage().isClosed()) {
      b.closedDate(LocalDate.parse("2025-12-01"));
    }
    return DealWithHistory.of(b.build(), t.history());
  }

  static TransitionTable count(ConversionOptions options, List<Tagged> deals) {
    TransitionCounts c = new TransitionCounts(options, STANDARD);
    deals.forEach(t -> c.add(record(t)));
    return c.result();
  }

  @Property(tries = 200)
  void the_segments_of_an_attribute_add_up_to_the_whole_and_each_equals_its_deals_counted_alone(
      @ForAll("tagged") List<Tagged> deals) {
    TransitionTable segmented = count(BY_REGION, deals);
    TransitionTable whole = count(WHOLE, deals);
    assertEquals(whole.closedDeals(), segmented.closedDeals());
    assertEquals(whole.closedDeals(), segmented.segmentValues().stream().mapToLong(segmented::closedDeals).sum());
    TreeSet<String> values = new TreeSet<>(segmented.segmentValues());
    for (Stage from : STANDARD.openStages()) {
      for (Stage to : STANDARD.stages()) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String v : values) {
          sum = sum.add(segmented.moves(v, from.id(), to.id()));
        }
        assertEquals(0, whole.moves(from.id(), to.id()).compareTo(sum), from.id() + "->" + to.id());
        assertEquals(0, segmented.moves(from.id(), to.id()).compareTo(whole.moves(from.id(), to.id())));
      }
    }
    for (String v : values) {
      String region = v.equals(dev.revops.core.dimension.Dimension.NONE) ? "" : v;
      TransitionTable alone = count(WHOLE, deals.stream().filter(t -> t.region().equals(region)).toList());
      assertEquals(alone.closedDeals(), segmented.closedDeals(v));
      for (Stage from : STANDARD.openStages()) {
        for (Stage to : STANDARD.stages()) {
          assertEquals(0, alone.moves(from.id(), to.id()).compareTo(segmented.moves(v, from.id(), to.id())));
        }
      }
      // a segment's own estimates are the model fitted on its deals alone
      StageProbabilityModel seg = StageProbabilityModel.fit(segmented, ConversionMethod.MARKOV);
      StageProbabilityModel own = StageProbabilityModel.fit(alone, ConversionMethod.MARKOV);
      SegmentEstimates s = seg.segments().stream().filter(x -> x.value().equals(v)).findFirst().orElseThrow();
      if (!s.fallback()) {
        assertEquals(own.stages(), s.stages());
      }
    }
  }
}
