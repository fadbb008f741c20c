package dev.revops.forecast.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.forecast.BatchFed;
import dev.revops.core.columnar.DealBatch;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealArbitraryProvider;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.dimension.Dimension;
import dev.revops.core.period.PeriodKind;
import dev.revops.core.probability.Probability;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.forecast.conversion.ProbabilityModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A weighted pipeline fed whole batches ({@link WeightedPipeline#addAll}) gives the result of adding
 * each deal, under every option the column path takes and the ones it leaves to the per-deal path;
 * and batch-fed accumulators keep the accumulator contract (any split, merged in any order, equals
 * one pass).
 */
class WeightedPipelineBatchProperties
    implements AccumulatorContract<List<Deal>, WeightedPipelineResult,
        BatchFed<Deal, WeightedPipelineResult, WeightedPipeline>> {

  /** A model the column path cannot read: a probability computed from the deal by the caller's code. */
  static final ProbabilityModel BY_OWNER = new ProbabilityModel() {
    @Override
    public DefinitionRef ref() {
      return DefinitionRef.of("owner-length", 1);
    }

    @Override
    public Probability probability(Deal deal) {
      return Probability.ofRatio(deal.owner().map(String::length).orElse(0), 12, 3, java.math.RoundingMode.DOWN);
    }
  };


  @Override
  public BatchFed<Deal, WeightedPipelineResult, WeightedPipeline> empty() {
    return new BatchFed<>(new WeightedPipeline(PipelineTestScopes.options(Dimension.OWNER, Dimension.CLOSE_PERIOD),
        BuiltInModel.DEAL_EFFECTIVE),
        (a, records) -> a.addAll(records == null ? null : DealBatch.of(records)));
  }

  @Provide
  Arbitrary<List<List<Deal>>> records() {
    return DealArbitraryProvider.deals().list().ofMaxSize(15).list().ofMaxSize(5);
  }

  @Provide
  Arbitrary<PipelineOptions> options() {
    Arbitrary<List<Dimension>> groups = Arbitraries.of(List.<Dimension>of(), List.of(Dimension.OWNER, Dimension.CLOSE_PERIOD),
        List.of(Dimension.CLOSE_PERIOD, Dimension.STAGE), List.of(Dimension.SEGMENT, Dimension.SOURCE, Dimension.PRODUCT),
        List.of(Dimension.FORECAST_CATEGORY, Dimension.OWNER));
    Arbitrary<PeriodKind> kinds = Arbitraries.of(PeriodKind.QUARTER, PeriodKind.MONTH);
    Arbitrary<Optional<LocalDate>> starts = Arbitraries.of(LocalDate.parse("2021-01-01"), LocalDate.parse("2023-06-15"))
        .optional(0.3);
    return net.jqwik.api.Combinators.combine(groups, kinds, starts).as((g, kind, start) -> {
      PipelineOptions.Builder b = PipelineOptions.builder().scope(PipelineTestScopes.in(PipelineTestScopes.AS_OF, kind)
          .build());
      g.forEach(b::addGroupBy);
      start.ifPresent(s -> b.windowStart(s).windowEnd(s.plusYears(3)));
      return b.build();
    });
  }

  @Provide
  Arbitrary<ProbabilityModel> models() {
    return Arbitraries.of(BuiltInModel.DEAL_EFFECTIVE, BuiltInModel.STAGE_DEFAULT, BY_OWNER);
  }

  @Property(tries = 300)
  void a_batch_gives_the_result_of_adding_each_deal(@ForAll("deals") List<Deal> deals,
      @ForAll("options") PipelineOptions options, @ForAll("models") ProbabilityModel model) {
    WeightedPipeline one = new WeightedPipeline(options, model);
    WeightedPipeline batch = new WeightedPipeline(options, model);
    assertEquals(outcome(() -> {
      deals.forEach(one::add);
      return one.result();
    }), outcome(() -> batch.addAll(DealBatch.of(deals)).result()));
  }

  @Property(tries = 100)
  void batches_and_single_deals_mix_in_one_accumulator(@ForAll("deals") List<Deal> deals,
      @ForAll("options") PipelineOptions options) {
    WeightedPipeline one = new WeightedPipeline(options, BuiltInModel.DEAL_EFFECTIVE);
    WeightedPipeline mixed = new WeightedPipeline(options, BuiltInModel.DEAL_EFFECTIVE);
    deals.forEach(one::add);
    int half = deals.size() / 2;
    mixed.addAll(DealBatch.of(deals.subList(0, half)));
    deals.subList(half, deals.size()).forEach(mixed::add);
    assertEquals(outcome(one::result), outcome(mixed::result));
  }

  @Provide
  Arbitrary<List<Deal>> deals() {
    return DealArbitraryProvider.deals().list().ofMaxSize(40);
  }

  /** The result, or the exception's type and message (an overflow must be the same either way). */
  static Object outcome(Supplier<?> computation) {
    try {
      return computation.get();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
