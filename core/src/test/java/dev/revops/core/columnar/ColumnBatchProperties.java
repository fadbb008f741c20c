package dev.revops.core.columnar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealArbitraryProvider;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.DealHistoryArbitraryProvider;
import dev.revops.core.pipeline.DealField;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Batches give back every record they were built from, and their columns say what the records say. */
class ColumnBatchProperties {

  @Provide
  Arbitrary<List<Deal>> deals() {
    return DealArbitraryProvider.deals().list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<List<DealHistory>> histories() {
    return DealHistoryArbitraryProvider.histories().list().ofMaxSize(40);
  }

  @Property(tries = 200)
  void every_deal_comes_back_equal(@ForAll("deals") List<Deal> deals) {
    DealBatch batch = DealBatch.of(deals);
    List<Deal> back = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      back.add(batch.deal(i));
    }
    assertEquals(deals, back);
  }

  @Property(tries = 200)
  void the_columns_hold_each_deals_values(@ForAll("deals") List<Deal> deals) {
    DealBatch batch = DealBatch.of(deals);
    for (int row = 0; row < deals.size(); row++) {
      Deal d = deals.get(row);
      int i = row;
      assertEquals(d.id(), batch.id(i));
      assertEquals(d.stage(), batch.stage(batch.stageCode(i)));
      assertEquals(d.amount().isPresent(), batch.hasAmount(i));
      d.amount().ifPresent(a -> assertEquals(a.getAmountMinor(), batch.amountMinor(i)));
      d.amount().ifPresent(a -> assertEquals(a.getCurrency(), batch.currency(batch.currencyCode(i))));
      assertEquals(d.owner().orElse(null), batch.textCode(DealField.OWNER, i) < 0 ? null
          : batch.text(DealField.OWNER, batch.textCode(DealField.OWNER, i)));
      assertEquals(d.expectedCloseDate().map(x -> (int) x.toEpochDay()).orElse(DealBatch.NO_DATE),
          batch.day(DealField.EXPECTED_CLOSE_DATE, i));
    }
  }

  @Property(tries = 200)
  void every_history_comes_back_equal(@ForAll("histories") List<DealHistory> histories) {
    HistoryBatch batch = HistoryBatch.of(histories);
    List<DealHistory> back = new ArrayList<>();
    for (int h = 0; h < batch.size(); h++) {
      back.add(batch.history(h));
    }
    assertEquals(histories, back);
    assertEquals(histories.stream().mapToInt(h -> h.changes().size()).sum(), batch.changeCount());
  }

  @Property(tries = 50)
  void a_builder_built_twice_gives_the_first_batch_and_then_all(@ForAll("deals") List<Deal> first,
      @ForAll("deals") List<Deal> more) {
    DealBatch.Builder b = DealBatch.builder();
    first.forEach(b::add);
    DealBatch early = b.build();
    more.forEach(b::add);
    DealBatch all = b.build();
    assertEquals(first.size(), early.size());
    assertEquals(first.size() + more.size(), all.size());
    for (int i = 0; i < early.size(); i++) {
      assertEquals(early.deal(i), all.deal(i));
    }
  }
}
