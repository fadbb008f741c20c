package dev.revops.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.aggregate.AccumulatorContract;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The accumulator contract for exclusion tallies, and what a tally adds up to. */
class ExclusionTallyProperties implements AccumulatorContract<Excluded, List<Exclusion>, ExclusionTally> {

  @Override
  public ExclusionTally empty() {
    return new ExclusionTally(3);
  }

  @Provide
  Arbitrary<List<Excluded>> records() {
    return Combinators.combine(Arbitraries.of("closed", "no amount", "outside window"),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(4))
        .as(Excluded::of).list().ofMaxSize(60);
  }

  @Property
  void every_record_is_counted_once_under_its_reason_with_the_smallest_ids_as_examples(
      @ForAll("records") List<Excluded> records) {
    List<Exclusion> result = empty().addAll(records).result();
    assertEquals(records.size(), result.stream().mapToLong(Exclusion::count).sum());
    for (Exclusion e : result) {
      List<String> ids = records.stream().filter(r -> r.reason().equals(e.reason())).map(Excluded::id).toList();
      assertEquals(ids.size(), e.count());
      assertEquals(ids.stream().distinct().sorted().limit(3).toList(), e.examples());
    }
  }

  @Property
  void the_two_argument_add_is_the_same_as_adding_the_record(@ForAll("records") List<Excluded> records) {
    ExclusionTally pairs = empty();
    records.forEach(r -> pairs.add(r.reason(), r.id()));
    assertEquals(empty().addAll(records).result(), pairs.result());
  }
}
