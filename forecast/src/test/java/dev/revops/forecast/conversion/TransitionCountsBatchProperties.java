package dev.revops.forecast.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.forecast.BatchFed;
import dev.revops.core.columnar.HistoryBatch;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.DealHistoryArbitraryProvider;
import dev.revops.core.scope.Scope;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Transition counts fed whole batches of histories ({@link TransitionCounts#addAll}) give the counts,
 * and the fitted share model, of adding each history without its deal, under every option; and
 * batch-fed accumulators keep the accumulator contract.
 */
class TransitionCountsBatchProperties
    implements AccumulatorContract<List<DealHistory>, TransitionTable,
        BatchFed<DealHistory, TransitionTable, TransitionCounts>> {
  static final ConversionOptions PLAIN = ConversionOptions.builder().scope(Scope.asOf(LocalDate.parse("2025-06-01")))
      .build();


  @Override
  public BatchFed<DealHistory, TransitionTable, TransitionCounts> empty() {
    return new BatchFed<>(new TransitionCounts(ConversionContracts.OPTIONS, ConversionContracts.DEF),
        (a, records) -> a.addAll(records == null ? null : HistoryBatch.of(records)));
  }

  @Provide
  Arbitrary<List<List<DealHistory>>> records() {
    return DealHistoryArbitraryProvider.histories().list().ofMaxSize(10).list().ofMaxSize(5);
  }

  @Provide
  Arbitrary<List<DealHistory>> histories() {
    return DealHistoryArbitraryProvider.histories().list().ofMaxSize(30);
  }

  @Provide
  Arbitrary<ConversionOptions> options() {
    return Arbitraries.of(PLAIN, ConversionContracts.OPTIONS);
  }

  @Property(tries = 300)
  void a_batch_gives_the_counts_and_share_model_of_adding_each_history(
      @ForAll("histories") List<DealHistory> histories, @ForAll("options") ConversionOptions options) {
    TransitionCounts one = new TransitionCounts(options, ConversionContracts.DEF);
    histories.forEach(h -> one.add(DealWithHistory.ofHistory(h)));
    TransitionTable batch = new TransitionCounts(options, ConversionContracts.DEF).addAll(HistoryBatch.of(histories))
        .result();
    assertEquals(one.result(), batch);
    assertEquals(StageProbabilityModel.fit(one.result(), ConversionMethod.SHARE),
        StageProbabilityModel.fit(batch, ConversionMethod.SHARE));
  }

  @Property(tries = 100)
  void histories_of_another_pipeline_are_excluded_as_one_by_one(@ForAll("foreign") List<DealHistory> histories) {
    TransitionCounts one = new TransitionCounts(PLAIN, ConversionContracts.DEF);
    histories.forEach(h -> one.add(DealWithHistory.ofHistory(h)));
    assertEquals(one.result(), new TransitionCounts(PLAIN, ConversionContracts.DEF).addAll(HistoryBatch.of(histories))
        .result());
  }

  /** Histories of the standard pipeline mixed with some of a pipeline whose stages the counts do not know. */
  @Provide
  Arbitrary<List<DealHistory>> foreign() {
    return Arbitraries.oneOf(DealHistoryArbitraryProvider.histories(),
        DealHistoryArbitraryProvider.histories(ThreeStages.DEF)).list().ofMaxSize(20);
  }
}
