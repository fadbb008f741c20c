package dev.revops.forecast.velocity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.deal.DealWithHistory;
import dev.revops.core.deal.DealWithHistoryArbitraryProvider;
import dev.revops.core.spill.IntSpill;
import dev.revops.core.spill.RunStore;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Stage velocity with its durations spilled in sorted runs gives the result of holding them all,
 * with any spill size; and spilling accumulators keep the accumulator contract (merge of any split
 * equals one pass).
 */
class StageVelocitySpillProperties
    implements AccumulatorContract<DealWithHistory, StageVelocityResult, StageVelocity> {

  @Override
  public StageVelocity empty() {
    return new StageVelocity(StageVelocityContractProperties.OPTIONS, IntSpill.of(RunStore.inMemory(), 3));
  }

  @Provide
  Arbitrary<List<DealWithHistory>> records() {
    return DealWithHistoryArbitraryProvider.dealsWithHistories().list().ofMaxSize(30);
  }

  @Property(tries = 150)
  void spilled_and_in_memory_durations_give_the_same_velocity_with_any_spill_size(
      @ForAll("records") List<DealWithHistory> records, @ForAll @IntRange(min = 1, max = 40) int maxBuffered) {
    StageVelocity held = new StageVelocity(StageVelocityContractProperties.OPTIONS);
    IntSpill spill = IntSpill.of(RunStore.inMemory(), maxBuffered);
    StageVelocity spilled = new StageVelocity(StageVelocityContractProperties.OPTIONS, spill);
    records.forEach(held::add);
    records.forEach(spilled::add);
    assertEquals(held.result(), spilled.result());
  }
}
