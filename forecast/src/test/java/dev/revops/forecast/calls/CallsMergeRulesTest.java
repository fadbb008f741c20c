package dev.revops.forecast.calls;

import dev.revops.core.roster.CreditDate;
import dev.revops.core.metric.MergeRules;
import dev.revops.core.scope.Scope;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The merge rules for the accumulators of forecast calls: nulls, self-merge, other settings refused. */
class CallsMergeRulesTest {
  static Stream<MergeRules.Case<?>> accumulators() {
    return Stream.of(
        new MergeRules.Case<HierarchyRollup>("HierarchyRollup", () -> new HierarchyRollup(CallDeals.options(CreditDate.CLOSE_DATE)),
            () -> new HierarchyRollup(CallDeals.options(CreditDate.AS_OF)), HierarchyRollup::merge, a -> a.add(null),
            "deal", "options: creditDate CLOSE_DATE and AS_OF"),
        new MergeRules.Case<DealGrouping>("DealGrouping", () -> new DealGrouping(CallDeals.options(CreditDate.CLOSE_DATE)),
            () -> new DealGrouping(CallDeals.options(CreditDate.AS_OF)), DealGrouping::merge, a -> a.add(null),
            "deal", "options: creditDate CLOSE_DATE and AS_OF"),
        new MergeRules.Case<CallAccuracy>("CallAccuracy", () -> new CallAccuracy(Scope.asOf(LocalDate.parse("2026-10-01"))),
            () -> new CallAccuracy(Scope.asOf(LocalDate.parse("2026-10-02"))), CallAccuracy::merge, a -> a.add(null),
            "outcome", "scope: asOf 2026-10-01T00:00:00Z and 2026-10-02T00:00:00Z"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accumulators")
  void keeps_the_merge_rules(MergeRules.Case<?> c) {
    MergeRules.check(c);
  }
}
