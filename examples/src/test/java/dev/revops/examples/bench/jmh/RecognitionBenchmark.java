package dev.revops.examples.bench.jmh;

import dev.revops.core.io.JsonRecordImporter;
import dev.revops.examples.sample.Bundled;
import dev.revops.forecast.revenue.Contract;
import dev.revops.forecast.revenue.RevenueOptions;
import dev.revops.forecast.revenue.RevenueSchedule;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** Recognition schedules of the bundled sample's contracts (subscriptions, milestones, changes). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RecognitionBenchmark {
  List<Contract> contracts;
  RevenueOptions options;

  /** Reads the bundled contracts once. */
  @Setup
  public void read() throws IOException {
    contracts = new ArrayList<>();
    try (Reader in = Bundled.sampleContracts()) {
      JsonRecordImporter.of("contracts", "contract", Contract.class, Contract::id).read(in, contracts::add, r -> {});
    }
    options = RevenueOptions.of(dev.revops.core.scope.Scope.asOf(java.time.LocalDate.parse("2026-10-01")));
  }

  /** The schedules of every bundled contract (time per all of them; the count is printed in the README). */
  @Benchmark
  public void scheduleEveryContract(Blackhole sink) {
    for (Contract c : contracts) {
      sink.consume(RevenueSchedule.of(c, options));
    }
  }
}
