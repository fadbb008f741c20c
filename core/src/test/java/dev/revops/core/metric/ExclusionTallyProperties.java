package dev.revops.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

class ExclusionTallyProperties {

  @Provide
  Arbitrary<List<Tuple.Tuple2<String, String>>> records() {
    return Combinators.combine(Arbitraries.of("closed", "no amount", "outside window"),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(4))
        .as(Tuple::of).list().ofMaxSize(60);
  }

  @Property
  void any_split_merged_in_any_order_equals_one_pass(@ForAll("records") List<Tuple.Tuple2<String, String>> records,
      @ForAll @IntRange(min = 0, max = 60) int cut1, @ForAll @IntRange(min = 0, max = 60) int cut2) {
    int a = Math.min(cut1, records.size());
    int b = Math.min(Math.max(a, cut2), records.size());
    ExclusionTally whole = tally(records);
    ExclusionTally first = tally(records.subList(0, a));
    ExclusionTally second = tally(records.subList(a, b));
    ExclusionTally third = tally(records.subList(b, records.size()));
    assertEquals(whole.result(), tally(List.of()).merge(third).merge(first).merge(second).result());
    assertEquals(whole.result(), first.merge(second.merge(third)).result());
  }

  static ExclusionTally tally(List<Tuple.Tuple2<String, String>> records) {
    ExclusionTally t = new ExclusionTally(3);
    records.forEach(r -> t.add(r.get1(), r.get2()));
    return t;
  }
}
