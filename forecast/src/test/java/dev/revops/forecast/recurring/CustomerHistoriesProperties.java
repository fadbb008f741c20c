package dev.revops.forecast.recurring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.aggregate.AccumulatorContract;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Gathering lines into histories: any split, repeats included, gives one pass's histories. */
class CustomerHistoriesProperties
    implements AccumulatorContract<MrrLine, CustomerHistories.Gathered, CustomerHistories> {

  @Override
  public CustomerHistories empty() {
    return new CustomerHistories();
  }

  /** Lines with some given twice (a repeated export, a partition read twice). */
  @Provide
  Arbitrary<List<MrrLine>> records() {
    return RecurringArbitraryProvider.lines(6, 20).map(ls -> {
      List<MrrLine> out = new ArrayList<>(ls);
      for (int i = 0; i < ls.size(); i += 3) {
        out.add(ls.get(i));
      }
      return out;
    });
  }

  @Property(tries = 100)
  void every_line_is_in_its_customers_history_once(@ForAll("records") List<MrrLine> lines) {
    CustomerHistories g = empty();
    lines.forEach(g::add);
    CustomerHistories.Gathered r = g.result();
    long distinct = lines.stream().map(MrrLine::id).distinct().count();
    assertEquals(distinct, r.histories().stream().mapToLong(h -> h.lines().size()).sum());
    assertEquals(lines.size() - distinct, r.excluded().stream().mapToLong(e -> e.count()).sum());
  }
}
