package dev.revops.examples.spark;

import dev.revops.core.scope.Scope;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.io.ColumnMapping;
import dev.revops.core.io.DealCsvImporter;
import dev.revops.core.io.HistoryCsvImporter;
import dev.revops.core.io.TransitionColumns;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.examples.sample.Bundled;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.core.dimension.Dimension;
import dev.revops.forecast.pipeline.PipelineOptions;
import java.time.ZoneOffset;
import dev.revops.core.period.PeriodKind;
import dev.revops.core.scope.Scope;
import dev.revops.forecast.pipeline.WeightedPipeline;
import dev.revops.forecast.pipeline.WeightedPipelineResult;
import dev.revops.forecast.velocity.StageVelocity;
import dev.revops.forecast.velocity.StageVelocityResult;
import dev.revops.forecast.velocity.VelocityOptions;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * A Spark SQL job: the weighted pipeline (of open deals, by owner and close quarter) and the stage
 * velocity of a {@code gen-deals} export, computed by the library's accumulators through Spark's
 * Aggregator API, through the one generic adapter {@link AccumulatorAggregator}.
 *
 * <p>The deals file is read as a Dataset of lines, each partition parsed in batches by the library's
 * {@link DealCsvImporter} (the same parsing and validation as one pass); the transitions file is
 * grouped by deal id and each deal's rows parsed by {@link HistoryCsvImporter} into one history. The
 * results equal the library's single pass over the same files (the job's test checks it). Rejected
 * rows are counted and shown, never dropped silently.
 *
 * <p>Run on a cluster with {@code spark-submit} (see README: Spark):
 * <pre>{@code
 * spark-submit --class dev.revops.examples.spark.SparkPipelineJob --master yarn revops.jar \
 *     hdfs:///exports/deals.csv hdfs:///exports/transitions.csv --as-of 2026-10-01
 * }</pre>
 *
 * <p>Files: one record per line (quoted fields may not span lines), the deals in the
 * {@code gen-deals} layout ({@link ColumnMapping#genDeals()}, {@link TransitionColumns#genDeals()}).
 */
public final class SparkPipelineJob {
  /**
   * The session setting the job needs: {@code spark.kryo.registrator} naming
   * {@link RevopsKryoRegistrator}, so that the library's values cross shuffles.
   */
  public static final String KRYO_REGISTRATOR = "spark.kryo.registrator";

  /** Lines handed to the importer at a time. */
  private static final int BATCH = 10_000;

  private SparkPipelineJob() {}

  /**
   * The job's results.
   *
   * @param pipeline the weighted pipeline by owner and close quarter
   * @param velocity the stage velocity by stage
   * @param dealRowsRejected deal rows the importer rejected
   * @param transitionRowsRejected transition rows the importer rejected
   * @param rejectionExamples a few of the rejections, with their reasons
   */
  public record Result(WeightedPipelineResult pipeline, StageVelocityResult velocity, long dealRowsRejected,
      long transitionRowsRejected, List<String> rejectionExamples) {
    /**
     * The results.
     *
     * @param pipeline the weighted pipeline
     * @param velocity the stage velocity
     * @param dealRowsRejected deal rows rejected
     * @param transitionRowsRejected transition rows rejected
     * @param rejectionExamples a few rejections
     */
    public Result {
      Objects.requireNonNull(pipeline, "pipeline");
      Objects.requireNonNull(velocity, "velocity");
      rejectionExamples = List.copyOf(rejectionExamples);
    }
  }

  /**
   * The options the job uses: open deals by owner and close quarter, as of a date.
   *
   * @param asOf the as-of date
   * @return the weighted pipeline's options
   */
  public static PipelineOptions pipelineOptions(LocalDate asOf) {
    return PipelineOptions.builder().scope(Scope.builder().asOf(asOf.atStartOfDay(ZoneOffset.UTC).toInstant())
        .periodKind(PeriodKind.QUARTER).build()).addGroupBy(Dimension.OWNER, Dimension.CLOSE_PERIOD).build();
  }

  /**
   * The options the job uses for velocity: every stage visit, as of a date.
   *
   * @param asOf the as-of date
   * @return the stage velocity's options
   */
  public static VelocityOptions velocityOptions(LocalDate asOf) {
    return VelocityOptions.builder().scope(Scope.asOf(asOf)).build();
  }

  /**
   * Runs the job.
   *
   * @param spark the session
   * @param deals the deals CSV (any path Spark reads: local, HDFS, S3)
   * @param transitions the transitions CSV
   * @param definition the pipeline definition the stages are read against
   * @param asOf the as-of date
   * @return the weighted pipeline, the stage velocity and the rejections
   */
  public static Result run(SparkSession spark, String deals, String transitions, PipelineDefinition definition,
      LocalDate asOf) {
    OptionsJson<PipelineDefinition> def = new OptionsJson<>(definition, PipelineDefinition.class);
    CollectionAccumulator<String> examples = spark.sparkContext().collectionAccumulator("rejection examples");

    LongAccumulator dealRejections = spark.sparkContext().longAccumulator("deal rows rejected");
    Dataset<String> dealLines = spark.read().textFile(deals);
    CsvLines dealCsv = new CsvLines(header(dealLines, deals), dealRejections, examples);
    Dataset<Deal> dealSet = dealLines.filter((FilterFunction<String>) l -> !l.equals(dealCsv.header))
        .mapPartitions((MapPartitionsFunction<String, Deal>) lines -> new Batches<>(lines,
            batch -> parseDeals(def.get(), dealCsv, batch)), Encoders.kryo(Deal.class));
    OptionsJson<PipelineOptions> pipelineOptions = new OptionsJson<>(pipelineOptions(asOf), PipelineOptions.class);
    WeightedPipelineResult pipeline = dealSet.select(AccumulatorAggregator.of(
        () -> new WeightedPipeline(pipelineOptions.get(), BuiltInModel.DEAL_EFFECTIVE), WeightedPipeline.class,
        WeightedPipelineResult.class).toColumn()).first();

    LongAccumulator transitionRejections = spark.sparkContext().longAccumulator("transition rows rejected");
    Dataset<String> transitionLines = spark.read().textFile(transitions);
    CsvLines transitionCsv = new CsvLines(header(transitionLines, transitions), transitionRejections, examples);
    TransitionColumns columns = TransitionColumns.genDeals();
    char delimiter = columns.delimiter().charAt(0);
    int idColumn = transitionCsv.column(columns.dealId(), delimiter);
    if (idColumn < 0) {
      throw new IllegalArgumentException("transitions header must have a deal id column (" + columns.dealId()
          + "), was " + transitionCsv.header);
    }
    Dataset<DealWithHistory> histories = transitionLines
        .filter((FilterFunction<String>) l -> !l.equals(transitionCsv.header))
        .groupByKey((MapFunction<String, String>) l -> CsvLines.field(l, idColumn, delimiter), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, String, DealWithHistory>) (id, rows) ->
            parseHistory(def.get(), transitionCsv, rows), Encoders.kryo(DealWithHistory.class));
    OptionsJson<VelocityOptions> velocityOptions = new OptionsJson<>(velocityOptions(asOf), VelocityOptions.class);
    StageVelocityResult velocity = histories.select(AccumulatorAggregator.of(
        () -> new StageVelocity(velocityOptions.get()), StageVelocity.class, StageVelocityResult.class).toColumn())
        .first();
    return new Result(pipeline, velocity, dealRejections.value(), transitionRejections.value(), examples.value());
  }

  /** A file's first line, its header; an empty file is an error that names it. */
  private static String header(Dataset<String> lines, String path) {
    List<String> first = lines.takeAsList(1);
    if (first.isEmpty()) {
      throw new IllegalArgumentException(path + " is empty: a CSV file needs a header line");
    }
    return first.get(0);
  }

  private static List<Deal> parseDeals(PipelineDefinition definition, CsvLines csv, List<String> batch) {
    List<Deal> out = new ArrayList<>(batch.size());
    try {
      DealCsvImporter.of(definition, ColumnMapping.genDeals())
          .read(new StringReader(csv.text(batch)), out::add, r -> csv.reject(r, "deal"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Iterator<DealWithHistory> parseHistory(PipelineDefinition definition, CsvLines csv,
      Iterator<String> rows) {
    List<String> lines = new ArrayList<>();
    rows.forEachRemaining(lines::add);
    List<DealWithHistory> out = new ArrayList<>(1);
    try {
      HistoryCsvImporter.of(definition, TransitionColumns.genDeals()).read(new StringReader(csv.text(lines)),
          h -> out.add(DealWithHistory.ofHistory(h)), r -> csv.reject(r, "transition"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.iterator();
  }

  /** Lines taken in batches and turned into records, lazily: a partition is never held whole. */
  private static final class Batches<T> implements Iterator<T> {
    private final Iterator<String> lines;
    private final Function<List<String>, List<T>> parse;
    private Iterator<T> current = Collections.emptyIterator();

    Batches(Iterator<String> lines, Function<List<String>, List<T>> parse) {
      this.lines = lines;
      this.parse = parse;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && lines.hasNext()) {
        List<String> batch = new ArrayList<>(BATCH);
        while (batch.size() < BATCH && lines.hasNext()) {
          batch.add(lines.next());
        }
        current = parse.apply(batch).iterator();
      }
      return current.hasNext();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }

  /**
   * Runs the job and prints its results as JSON.
   *
   * @param args {@code DEALS TRANSITIONS [--as-of YYYY-MM-DD] [--definition NAME|FILE]}; the
   *     definition is a bundled one ({@code gen-deals} by default) or a JSON file
   * @throws IOException if the definition file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: SparkPipelineJob DEALS TRANSITIONS [--as-of YYYY-MM-DD] [--definition NAME|FILE]");
      System.exit(2);
    }
    LocalDate asOf = LocalDate.parse("2026-10-01");
    String definitionName = "gen-deals";
    for (int i = 2; i < args.length; i += 2) {
      if (i + 1 == args.length) {
        throw new IllegalArgumentException("option " + args[i] + " needs a value");
      }
      switch (args[i]) {
        case "--as-of" -> asOf = LocalDate.parse(args[i + 1]);
        case "--definition" -> definitionName = args[i + 1];
        default -> throw new IllegalArgumentException("unknown option " + args[i] + " (--as-of, --definition)");
      }
    }
    PipelineDefinition definition = Files.exists(Path.of(definitionName))
        ? RevopsJson.mapper().readValue(Path.of(definitionName).toFile(), PipelineDefinition.class)
        : Bundled.definition(definitionName);
    SparkSession spark = SparkSession.builder().appName("revops pipeline and velocity")
        .config(KRYO_REGISTRATOR, RevopsKryoRegistrator.class.getName()).getOrCreate();
    try {
      Result r = run(spark, args[0], args[1], definition, asOf);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("pipeline", r.pipeline());
      out.put("velocity", r.velocity());
      out.put("dealRowsRejected", r.dealRowsRejected());
      out.put("transitionRowsRejected", r.transitionRowsRejected());
      out.put("rejectionExamples", r.rejectionExamples());
      System.out.println(RevopsJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
    } finally {
      spark.stop();
    }
  }
}
