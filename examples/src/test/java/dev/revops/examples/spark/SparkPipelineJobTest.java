package dev.revops.examples.spark;

import dev.revops.core.deal.DealWithHistory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.history.DealHistory;
import dev.revops.core.io.ColumnMapping;
import dev.revops.core.io.DealCsvImporter;
import dev.revops.core.io.HistoryCsvImporter;
import dev.revops.core.io.TransitionColumns;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.examples.sample.Bundled;
import dev.revops.examples.sample.SampleGenerator;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.forecast.pipeline.WeightedPipeline;
import dev.revops.forecast.velocity.StageVelocity;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job on local[2] against the library's single pass over the same files. */
class SparkPipelineJobTest {
  static final PipelineDefinition DEFINITION = Bundled.definition("gen-deals");

  @TempDir
  static Path dir;

  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("revops-test")
        .config(SparkPipelineJob.KRYO_REGISTRATOR, RevopsKryoRegistrator.class.getName())
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
        // several partitions per file even for a small file, so that merging is exercised
        .config("spark.sql.files.maxPartitionBytes", "65536").getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void the_spark_job_equals_the_librarys_single_pass_exactly() throws Exception {
    SampleGenerator.Sample s = SampleGenerator.generate(3_000, 11L, true);
    Path deals = Files.writeString(dir.resolve("deals.csv"), s.dealsCsv());
    Path transitions = Files.writeString(dir.resolve("transitions.csv"), s.transitionsCsv());

    SparkPipelineJob.Result r = SparkPipelineJob.run(spark, deals.toString(), transitions.toString(), DEFINITION,
        SampleGenerator.AS_OF);

    WeightedPipeline pipeline = new WeightedPipeline(SparkPipelineJob.pipelineOptions(SampleGenerator.AS_OF),
        BuiltInModel.DEAL_EFFECTIVE);
    DealCsvImporter.of(DEFINITION, ColumnMapping.genDeals()).read(new StringReader(s.dealsCsv()), pipeline::add,
        x -> {});
    StageVelocity velocity = new StageVelocity(SparkPipelineJob.velocityOptions(SampleGenerator.AS_OF));
    List<DealHistory> histories = new ArrayList<>();
    HistoryCsvImporter.of(DEFINITION, TransitionColumns.genDeals()).read(new StringReader(s.transitionsCsv()),
        histories::add, x -> {});
    histories.forEach(h -> velocity.add(DealWithHistory.ofHistory(h)));

    assertTrue(spark.read().textFile(deals.toString()).javaRDD().getNumPartitions() > 1, "several partitions");
    assertEquals(pipeline.result(), r.pipeline());
    assertEquals(velocity.result(), r.velocity());
    assertTrue(r.pipeline().counted() > 500, r.pipeline().toString());
    assertEquals(5, r.velocity().stages().size());
    assertEquals(0, r.dealRowsRejected());
    assertEquals(0, r.transitionRowsRejected());
  }

  @Test
  void rejected_rows_are_counted_with_examples_not_dropped() throws Exception {
    SampleGenerator.Sample s = SampleGenerator.generate(500, 12L, true);
    List<String> lines = new ArrayList<>(s.dealsCsv().lines().toList());
    lines.set(10, lines.get(10).replaceFirst(",USD,|,EUR,|,GBP,", ",XXX,"));
    Path deals = Files.write(dir.resolve("bad-deals.csv"), lines);
    Path transitions = Files.writeString(dir.resolve("bad-transitions.csv"), s.transitionsCsv());

    SparkPipelineJob.Result r = SparkPipelineJob.run(spark, deals.toString(), transitions.toString(), DEFINITION,
        SampleGenerator.AS_OF);

    assertEquals(1, r.dealRowsRejected());
    assertEquals(1, r.rejectionExamples().size());
    assertTrue(r.rejectionExamples().get(0).contains("currency"), r.rejectionExamples().toString());
  }

  @Test
  void an_empty_file_is_an_error_that_names_it() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.csv"), "");
    Path transitions = Files.writeString(dir.resolve("some-transitions.csv"),
        SampleGenerator.generate(10, 13L, true).transitionsCsv());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SparkPipelineJob.run(spark,
        empty.toString(), transitions.toString(), DEFINITION, SampleGenerator.AS_OF));
    assertEquals(empty + " is empty: a CSV file needs a header line", e.getMessage());
  }
}
