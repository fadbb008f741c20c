package dev.revops.forecast.conversion;

import dev.revops.core.scope.Scope;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.deal.DealWithHistoryArbitraryProvider;
import dev.revops.core.dimension.Dimension;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;

/** What the conversion accumulators' contract properties share: options, pipeline and records. */
final class ConversionContracts {
  static final PipelineDefinition DEF = TestPipelines.standard();
  /** Decayed, segmented, over a window: every setting that changes the counts. */
  static final ConversionOptions OPTIONS = ConversionOptions.builder().scope(Scope.asOf(LocalDate.parse("2025-06-01")))
      .since(LocalDate.parse("2025-01-15")).halfLifeDays(60).segmentBy(Dimension.SEGMENT).minDeals(2).build();

  private ConversionContracts() {}

  static Arbitrary<List<DealWithHistory>> records() {
    return DealWithHistoryArbitraryProvider.dealsWithHistories(DEF).list().ofMaxSize(30);
  }
}
