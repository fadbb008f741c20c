package dev.revops.examples.bench;

import dev.revops.core.scope.Scope;
import dev.revops.core.columnar.DealBatch;
import dev.revops.core.columnar.HistoryBatch;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.deal.Deal;
import dev.revops.core.history.DealHistory;
import dev.revops.core.io.ColumnMapping;
import dev.revops.core.io.DealCsvImporter;
import dev.revops.core.io.HistoryCsvImporter;
import dev.revops.core.io.TextInput;
import dev.revops.core.io.ImportReport;
import dev.revops.core.io.TransitionColumns;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.examples.sample.Bundled;
import dev.revops.forecast.conversion.ConversionMethod;
import dev.revops.forecast.conversion.ConversionOptions;
import dev.revops.forecast.conversion.StageEstimate;
import dev.revops.forecast.conversion.StageProbabilityModel;
import dev.revops.forecast.conversion.TransitionCounts;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.core.dimension.Dimension;
import dev.revops.forecast.pipeline.PipelineFigures;
import dev.revops.forecast.pipeline.PipelineOptions;
import java.time.ZoneOffset;
import dev.revops.core.period.PeriodKind;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.pipeline.WeightedPipeline;
import dev.revops.forecast.pipeline.WeightedPipelineResult;
import dev.revops.forecast.velocity.DurationSummary;
import dev.revops.forecast.velocity.StageVelocity;
import dev.revops.forecast.velocity.StageVelocityResult;
import dev.revops.forecast.velocity.StageVelocityRow;
import dev.revops.forecast.velocity.VelocityOptions;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * The library's side of the benchmark: the three aggregates through the library's importers and
 * accumulators, from the CSV files of {@code gen_deals.py} (or the sample generator) in the
 * {@code gen-deals} layout.
 *
 * <p>Both cores: the deals file and the transitions file are read on two threads; on data already in
 * memory, the pipeline and the transition counts run on one thread and stage velocity on the other.
 */
final class LibraryAggregates {
  /** The bundled definition of the gen-deals layout. */
  static final PipelineDefinition DEFINITION = Bundled.definition("gen-deals");

  private final LocalDate asOf;
  private final PipelineOptions pipelineOptions;
  private final VelocityOptions velocityOptions;
  private final ConversionOptions conversionOptions;

  /**
   * The aggregates as of a date.
   *
   * @param asOf the as-of date (changes on or after it are not counted)
   */
  LibraryAggregates(LocalDate asOf) {
    this.asOf = asOf;
    this.pipelineOptions = PipelineOptions.builder().scope(Scope.builder().asOf(asOf.atStartOfDay(ZoneOffset.UTC).toInstant())
        .periodKind(PeriodKind.QUARTER).build()).addGroupBy(Dimension.OWNER, Dimension.CLOSE_PERIOD)
        .build();
    this.velocityOptions = VelocityOptions.builder().scope(Scope.asOf(asOf)).build();
    this.conversionOptions = ConversionOptions.builder().scope(Scope.asOf(asOf)).build();
  }

  LocalDate asOf() {
    return asOf;
  }

  /** What the histories give. */
  private record HistoryResults(StageVelocityResult velocity, StageProbabilityModel share) {}

  /** The deals and histories of two files, read into memory. */
  record Loaded(List<Deal> deals, List<DealHistory> histories) {}

  /** The deals and histories of two files, read into memory as column batches. */
  record Columns(DealBatch deals, HistoryBatch histories) {}

  /** The accumulators of one share of the work. */
  private final class Work {
    final WeightedPipeline pipeline = new WeightedPipeline(pipelineOptions, BuiltInModel.DEAL_EFFECTIVE);
    final StageVelocity velocity = new StageVelocity(velocityOptions);
    final TransitionCounts counts = new TransitionCounts(conversionOptions, DEFINITION);

    void addHistory(DealHistory h) {
      velocity.add(DealWithHistory.ofHistory(h));
      counts.add(DealWithHistory.ofHistory(h));
    }
  }

  /**
   * End to end: parses both files (one thread each) into the accumulators.
   *
   * @param deals the deals CSV
   * @param transitions the transitions CSV
   * @param pool at least two threads
   * @return the aggregates
   */
  Aggregates fromFiles(Path deals, Path transitions, ExecutorService pool) {
    // one file per thread, each finishing its own results, so that no result waits for the other file
    CompletableFuture<WeightedPipelineResult> a = CompletableFuture.supplyAsync(() -> {
      Work w = new Work();
      requireClean(read(deals, in -> dealImporter().read(in, w.pipeline::add, r -> {})), deals);
      return w.pipeline.result();
    }, pool);
    CompletableFuture<HistoryResults> b = CompletableFuture.supplyAsync(() -> {
      Work w = new Work();
      requireClean(readTwice(transitions, in -> historyImporter().read(in, w::addHistory, r -> {})), transitions);
      return new HistoryResults(w.velocity.result(), StageProbabilityModel.fit(w.counts.result(), ConversionMethod.SHARE));
    }, pool);
    HistoryResults histories = b.join();
    return of(a.join(), histories.velocity(), histories.share());
  }

  /**
   * Reads both files into memory (the counterpart of loading DuckDB's tables).
   *
   * @param deals the deals CSV
   * @param transitions the transitions CSV
   * @param pool at least two threads
   * @return the deals and histories
   */
  Loaded load(Path deals, Path transitions, ExecutorService pool) {
    List<Deal> d = new ArrayList<>();
    List<DealHistory> h = new ArrayList<>();
    readBoth(deals, transitions, pool, d::add, h::add);
    return new Loaded(d, h);
  }

  /** Reads the two files on two threads into the two consumers, each file clean or a failure. */
  private static void readBoth(Path deals, Path transitions, ExecutorService pool, Consumer<Deal> dealSink,
      Consumer<DealHistory> historySink) {
    CompletableFuture<ImportReport> a = CompletableFuture.supplyAsync(
        () -> read(deals, in -> dealImporter().read(in, dealSink, r -> {})), pool);
    CompletableFuture<ImportReport> b = CompletableFuture.supplyAsync(
        () -> readTwice(transitions, in -> historyImporter().read(in, historySink, r -> {})), pool);
    requireClean(a.join(), deals);
    requireClean(b.join(), transitions);
  }

  /**
   * Recomputes the aggregates of data in memory, the pipeline and transition counts on one thread and
   * stage velocity on the other.
   *
   * @param loaded the deals and histories
   * @param pool at least two threads
   * @return the aggregates
   */
  Aggregates fromMemory(Loaded loaded, ExecutorService pool) {
    // the work split by aggregate, balanced: the pipeline and the transition counts on one thread,
    // stage velocity (its result sorts every visit) on the other
    CompletableFuture<Work> first = CompletableFuture.supplyAsync(() -> {
      Work w = new Work();
      loaded.deals().forEach(w.pipeline::add);
      loaded.histories().forEach(h -> w.counts.add(DealWithHistory.ofHistory(h)));
      return w;
    }, pool);
    CompletableFuture<StageVelocityResult> second = CompletableFuture.supplyAsync(() -> {
      StageVelocity v = new StageVelocity(velocityOptions);
      loaded.histories().forEach(h -> v.add(DealWithHistory.ofHistory(h)));
      return v.result();
    }, pool);
    Work w = first.join();
    return of(w.pipeline.result(), second.join(), StageProbabilityModel.fit(w.counts.result(), ConversionMethod.SHARE));
  }

  /**
   * Reads both files into column batches, straight from the importers (one thread each).
   *
   * @param deals the deals CSV
   * @param transitions the transitions CSV
   * @param pool at least two threads
   * @return the batches
   */
  Columns loadColumns(Path deals, Path transitions, ExecutorService pool) {
    DealBatch.Builder d = DealBatch.builder();
    HistoryBatch.Builder h = HistoryBatch.builder();
    readBoth(deals, transitions, pool, d::add, h::add);
    return new Columns(d.build(), h.build());
  }

  /**
   * Recomputes the aggregates from column batches, split as {@link #fromMemory}: the pipeline and the
   * transition counts on one thread, stage velocity on the other.
   *
   * @param columns the batches
   * @param pool at least two threads
   * @return the aggregates
   */
  Aggregates fromColumns(Columns columns, ExecutorService pool) {
    CompletableFuture<Work> first = CompletableFuture.supplyAsync(() -> {
      Work w = new Work();
      w.pipeline.addAll(columns.deals());
      w.counts.addAll(columns.histories());
      return w;
    }, pool);
    CompletableFuture<StageVelocityResult> second = CompletableFuture.supplyAsync(
        () -> new StageVelocity(velocityOptions).addAll(columns.histories()).result(), pool);
    Work w = first.join();
    return of(w.pipeline.result(), second.join(), StageProbabilityModel.fit(w.counts.result(), ConversionMethod.SHARE));
  }

  /** One pass on one thread, the reference the other ways must equal. */
  Aggregates onePass(Loaded loaded) {
    Work w = new Work();
    loaded.deals().forEach(w.pipeline::add);
    loaded.histories().forEach(w::addHistory);
    return of(w);
  }

  private Aggregates of(Work w) {
    return of(w.pipeline.result(), w.velocity.result(), StageProbabilityModel.fit(w.counts.result(), ConversionMethod.SHARE));
  }

  /**
   * The comparable form of the library's results.
   *
   * @param pipeline the weighted pipeline grouped by owner and close period
   * @param velocity the stage velocity
   * @param share the share-of-closed-deals model
   * @return the aggregates, stages by display name
   */
  static Aggregates of(WeightedPipelineResult pipeline, StageVelocityResult velocity, StageProbabilityModel share) {
    SortedMap<String, BigDecimal> weighted = new TreeMap<>();
    for (PipelineFigures f : pipeline.groups()) {
      weighted.put(f.group().get(Dimension.OWNER.key()) + "|" + f.weighted().getCurrencyCode() + "|"
          + f.group().get(Dimension.CLOSE_PERIOD.key()), f.weighted().getAmount());
    }
    SortedMap<String, Aggregates.Visits> visits = new TreeMap<>();
    for (StageVelocityRow r : velocity.stages()) {
      r.completed().ifPresent(c -> visits.put(name(r.stageId()), visits(c)));
    }
    SortedMap<String, Aggregates.Passed> closed = new TreeMap<>();
    for (StageEstimate e : share.stages()) {
      if (e.sampleSize() > 0) {
        closed.put(name(e.stageId()), new Aggregates.Passed(e.sampleSize(), e.weightedWon().longValueExact()));
      }
    }
    return new Aggregates(weighted, visits, closed);
  }

  private static Aggregates.Visits visits(DurationSummary c) {
    return new Aggregates.Visits(c.count(), (double) c.totalSeconds() / c.count(), c.medianSeconds().doubleValue());
  }

  private static String name(String stageId) {
    return DEFINITION.stage(stageId).displayName();
  }

  private static DealCsvImporter dealImporter() {
    return DealCsvImporter.of(DEFINITION, ColumnMapping.genDeals());
  }

  private static HistoryCsvImporter historyImporter() {
    return HistoryCsvImporter.of(DEFINITION, TransitionColumns.genDeals());
  }

  private static ImportReport read(Path file, IoFunction<Reader, ImportReport> reading) {
    try (Reader in = Files.newBufferedReader(file)) {
      return reading.apply(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a file the importer opens twice (the history importer first finds where each deal's rows are). */
  private static ImportReport readTwice(Path file, IoFunction<TextInput, ImportReport> reading) {
    try {
      return reading.apply(() -> Files.newBufferedReader(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The benchmark compares like with like: a file the library rejects rows of is not a fair input. */
  private static void requireClean(ImportReport report, Path file) {
    if (report.rowsRejected() > 0) {
      throw new IllegalStateException(file + ": " + report.rowsRejected() + " rows rejected: " + report);
    }
  }

  @FunctionalInterface
  private interface IoFunction<A, B> {
    B apply(A a) throws IOException;
  }
}
