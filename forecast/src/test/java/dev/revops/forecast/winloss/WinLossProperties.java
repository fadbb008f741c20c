package dev.revops.forecast.winloss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealArbitraryProvider;
import dev.revops.core.scope.Scope;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Win and loss keeps the accumulator contract, and its groups add up to the overall row. */
class WinLossProperties implements AccumulatorContract<Deal, WinLossResult, WinLoss> {
  static final WinLossOptions OPTIONS = WinLossOptions.builder().scope(Scope.asOf(LocalDate.parse("2026-06-01")))
      .addGroupBy(GroupKey.parse("segment")).addGroupBy(GroupKey.parse("attribute:region")).build();

  @Override
  public WinLoss empty() {
    return new WinLoss(OPTIONS);
  }

  @Provide
  Arbitrary<List<Deal>> records() {
    return DealArbitraryProvider.deals().list().ofMaxSize(30);
  }

  @Property
  void every_deal_is_counted_once_or_excluded_and_groups_add_up(@ForAll("records") List<Deal> deals) {
    WinLoss w = empty();
    deals.forEach(w::add);
    WinLossResult r = w.result();
    long excluded = r.provenance().excluded().stream().mapToLong(e -> e.count()).sum();
    WinLossRow all = r.overall();
    assertEquals(deals.size(), all.won() + all.lost() + all.open() + excluded);
    assertEquals(all.won(), r.groups().stream().mapToLong(WinLossRow::won).sum());
    assertEquals(all.lost(), r.groups().stream().mapToLong(WinLossRow::lost).sum());
    assertEquals(all.open(), r.groups().stream().mapToLong(WinLossRow::open).sum());
  }
}
