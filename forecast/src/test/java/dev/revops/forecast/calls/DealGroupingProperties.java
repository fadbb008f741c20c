package dev.revops.forecast.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.deal.Deal;
import dev.revops.core.dimension.OpenDimension;
import dev.revops.core.money.Money;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Grouping by open dimensions: the accumulator contract; an attribute's groups together are the whole. */
class DealGroupingProperties implements AccumulatorContract<Deal, GroupingResult, DealGrouping> {
  static final CallOptions BY_MANAGER_AND_REGION = CallOptions.builder().scope(CallDeals.quarters())
      .roster(CallDeals.ROSTER).addGroupBy(OpenDimension.parse("level:manager", CallDeals.ROSTER),
          OpenDimension.parse("attribute:region")).build();

  @Override
  public DealGrouping empty() {
    return new DealGrouping(BY_MANAGER_AND_REGION);
  }

  @Provide
  Arbitrary<List<Deal>> records() {
    return CallArbitraries.deals().list().ofMaxSize(40);
  }

  @Property(tries = 200)
  void grouping_by_an_attribute_and_by_the_union_of_its_values_agree(@ForAll("records") List<Deal> deals) {
    CallOptions byRegion = CallOptions.builder().scope(CallDeals.quarters())
        .addGroupBy(OpenDimension.parse("attribute:region")).build();
    CallOptions whole = CallOptions.builder().scope(CallDeals.quarters()).build();
    GroupingResult grouped = new DealGrouping(byRegion).addAll(deals).result();
    GroupRow all = new DealGrouping(whole).addAll(deals).result().total();
    long won = 0;
    long lost = 0;
    long open = 0;
    Map<String, Money> wonAmount = new TreeMap<>();
    for (GroupRow row : grouped.rows()) {
      won += row.won();
      lost += row.lost();
      open += row.open();
      row.wonAmount().forEach(m -> wonAmount.merge(m.getCurrencyCode(), m, Money::plus));
      // each group holds exactly the deals with that value
      String value = row.group().get("attribute:region");
      assertEquals(deals.stream().filter(d -> d.attribute("region").orElse("(none)").equals(value)).count(),
          row.won() + row.lost() + row.open());
    }
    assertEquals(all.won(), won);
    assertEquals(all.lost(), lost);
    assertEquals(all.open(), open);
    assertEquals(all.wonAmount(), List.copyOf(wonAmount.values()));
    assertEquals(grouped.total(), all);
    assertEquals(deals.size(), all.won() + all.lost() + all.open());
  }
}
