package dev.revops.examples.bench.jmh;

import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.deal.Deal;
import dev.revops.core.history.DealHistory;
import dev.revops.core.io.ColumnMapping;
import dev.revops.core.io.DealCsvImporter;
import dev.revops.core.io.HistoryCsvImporter;
import dev.revops.core.io.TransitionColumns;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.examples.sample.Bundled;
import dev.revops.examples.sample.SampleGenerator;
import dev.revops.forecast.conversion.ConversionMethod;
import dev.revops.forecast.conversion.ConversionOptions;
import dev.revops.forecast.conversion.StageProbabilityModel;
import dev.revops.forecast.conversion.TransitionCounts;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.core.dimension.Dimension;
import dev.revops.forecast.pipeline.PipelineOptions;
import java.time.ZoneOffset;
import dev.revops.core.period.PeriodKind;
import dev.revops.forecast.pipeline.WeightedPipeline;
import dev.revops.forecast.velocity.StageVelocity;
import dev.revops.forecast.velocity.VelocityOptions;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Adding deals to the weighted pipeline, histories to stage velocity and transition counts, and
 * fitting the Markov model: per record, over 10,000 generated deals (the sample generator's).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AccumulatorBenchmark {
  static final int DEALS = 10_000;

  PipelineDefinition definition;
  List<Deal> deals;
  List<DealHistory> histories;
  PipelineOptions pipelineOptions;
  VelocityOptions velocityOptions;
  ConversionOptions conversionOptions;
  TransitionCounts counts;

  /** Generates and reads the deals and histories once. */
  @Setup
  public void read() throws IOException {
    definition = Bundled.definition("gen-deals");
    SampleGenerator.Sample s = SampleGenerator.generate(DEALS, 1L, true);
    deals = new ArrayList<>();
    histories = new ArrayList<>();
    DealCsvImporter.of(definition, ColumnMapping.genDeals()).read(new StringReader(s.dealsCsv()), deals::add, r -> {});
    HistoryCsvImporter.of(definition, TransitionColumns.genDeals()).read(new StringReader(s.transitionsCsv()),
        histories::add, r -> {});
    pipelineOptions = PipelineOptions.builder().scope(dev.revops.core.scope.Scope.builder().asOf(SampleGenerator.AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant())
        .periodKind(PeriodKind.QUARTER).build())
        .addGroupBy(Dimension.OWNER, Dimension.CLOSE_PERIOD).build();
    velocityOptions = VelocityOptions.builder().scope(dev.revops.core.scope.Scope.asOf(SampleGenerator.AS_OF)).build();
    conversionOptions = ConversionOptions.builder().scope(dev.revops.core.scope.Scope.asOf(SampleGenerator.AS_OF)).build();
    counts = new TransitionCounts(conversionOptions, definition);
    histories.forEach(h -> counts.add(DealWithHistory.ofHistory(h)));
  }

  /** Per deal: adding it to a weighted pipeline grouped by owner and close quarter. */
  @Benchmark
  @OperationsPerInvocation(DEALS)
  public WeightedPipeline weightedPipelineAdd() {
    WeightedPipeline p = new WeightedPipeline(pipelineOptions, BuiltInModel.DEAL_EFFECTIVE);
    for (Deal d : deals) {
      p.add(d);
    }
    return p;
  }

  /** Per history: adding it to stage velocity. */
  @Benchmark
  @OperationsPerInvocation(DEALS)
  public StageVelocity stageVelocityAdd() {
    StageVelocity v = new StageVelocity(velocityOptions);
    for (DealHistory h : histories) {
      v.add(DealWithHistory.ofHistory(h));
    }
    return v;
  }

  /** Per history: adding it to transition counts. */
  @Benchmark
  @OperationsPerInvocation(DEALS)
  public TransitionCounts transitionCountsAdd() {
    TransitionCounts c = new TransitionCounts(conversionOptions, definition);
    for (DealHistory h : histories) {
      c.add(DealWithHistory.ofHistory(h));
    }
    return c;
  }

  /** Fitting the Markov model to the counts of 10,000 deals (once, not per deal). */
  @Benchmark
  public StageProbabilityModel fitMarkov() {
    return StageProbabilityModel.fit(counts.result(), ConversionMethod.MARKOV);
  }
}
