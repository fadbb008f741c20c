package dev.revops.core.metric;

import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The merge rules, for the accumulators of {@code core}. */
class AccumulatorMergeRulesTest {

  static Stream<MergeRules.Case<?>> accumulators() {
    return Stream.of(
        new MergeRules.Case<TopN<String>>("TopN", () -> new TopN<>(3, Comparator.naturalOrder()),
            () -> new TopN<>(5, Comparator.naturalOrder()), TopN::merge, t -> t.add(null), "item",
            "capacity: 3 and 5"),
        new MergeRules.Case<ExclusionTally>("ExclusionTally", () -> new ExclusionTally(3), () -> new ExclusionTally(0),
            ExclusionTally::merge, t -> t.add(null, "D1"), "reason", "maxExamples: 3 and 0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accumulators")
  void keeps_the_merge_rules(MergeRules.Case<?> c) {
    MergeRules.check(c);
  }
}
