package dev.revops.forecast.velocity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.forecast.BatchFed;
import dev.revops.core.columnar.HistoryBatch;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.dimension.Dimension;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.DealHistoryArbitraryProvider;
import dev.revops.core.period.WorkingCalendar;
import dev.revops.core.scope.Scope;
import dev.revops.core.spill.IntSpill;
import dev.revops.core.spill.RunStore;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Stage velocity fed whole batches of histories ({@link StageVelocity#addAll}) gives the result of
 * adding each history without its deal, under every option, in memory or spilling; and batch-fed
 * accumulators keep the accumulator contract.
 */
class StageVelocityBatchProperties
    implements AccumulatorContract<List<DealHistory>, StageVelocityResult,
        BatchFed<DealHistory, StageVelocityResult, StageVelocity>> {
  static final Scope SCOPE = Scope.asOf(LocalDate.parse("2025-06-01"));
  static final VelocityOptions PLAIN = VelocityOptions.builder().scope(SCOPE).build();


  @Override
  public BatchFed<DealHistory, StageVelocityResult, StageVelocity> empty() {
    return new BatchFed<>(new StageVelocity(PLAIN),
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
  Arbitrary<VelocityOptions> options() {
    WorkingCalendar weekdays = WorkingCalendar.weekdays();
    Scope business = Scope.builder().asOf(LocalDate.parse("2025-06-01"), weekdays.zone()).workingCalendar(weekdays)
        .build();
    return Arbitraries.of(PLAIN,
        VelocityOptions.builder().scope(SCOPE).since(LocalDate.parse("2025-02-01")).build(),
        VelocityOptions.builder().scope(business).dayCount(DayCount.BUSINESS).build(),
        VelocityOptions.builder().scope(SCOPE).addGroupBy(Dimension.OWNER).build());
  }

  @Property(tries = 300)
  void a_batch_gives_the_result_of_adding_each_history(@ForAll("histories") List<DealHistory> histories,
      @ForAll("options") VelocityOptions options) {
    StageVelocity one = new StageVelocity(options);
    histories.forEach(h -> one.add(DealWithHistory.ofHistory(h)));
    assertEquals(one.result(), new StageVelocity(options).addAll(HistoryBatch.of(histories)).result());
  }

  @Property(tries = 100)
  void a_spilling_batch_fed_accumulator_gives_the_result_of_one_in_memory(
      @ForAll("histories") List<DealHistory> histories, @ForAll @IntRange(min = 1, max = 20) int maxBuffered) {
    StageVelocity held = new StageVelocity(PLAIN);
    histories.forEach(h -> held.add(DealWithHistory.ofHistory(h)));
    IntSpill spill = IntSpill.of(RunStore.inMemory(), maxBuffered);
    assertEquals(held.result(), new StageVelocity(PLAIN, spill).addAll(HistoryBatch.of(histories)).result());
  }
}
