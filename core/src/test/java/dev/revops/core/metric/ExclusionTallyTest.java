package dev.revops.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExclusionTallyTest {

  @Test
  void counts_by_reason_most_frequent_first_keeping_the_smallest_ids_as_examples() {
    ExclusionTally t = new ExclusionTally(2);
    t.add("closed", "D9");
    t.add("closed", "D3");
    t.add("closed", "D5");
    t.add("no amount", "D1");
    assertEquals(4, t.total());
    List<Exclusion> r = t.result();
    assertEquals(Exclusion.builder().reason("closed").count(3).addExamples("D3", "D5").build(), r.get(0));
    assertEquals(Exclusion.builder().reason("no amount").count(1).addExamples("D1").build(), r.get(1));
  }

  @Test
  void merging_adds_counts_and_keeps_the_smallest_examples() {
    ExclusionTally a = new ExclusionTally(1);
    a.add("closed", "D2");
    ExclusionTally b = new ExclusionTally(1);
    b.add("closed", "D1");
    b.add("no amount", "D4");
    assertEquals(List.of(Exclusion.builder().reason("closed").count(2).addExamples("D1").build(),
        Exclusion.builder().reason("no amount").count(1).addExamples("D4").build()), a.merge(b).result());
  }
}
