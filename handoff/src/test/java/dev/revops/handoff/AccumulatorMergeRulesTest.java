package dev.revops.handoff;

import dev.revops.core.metric.MergeRules;
import dev.revops.core.pipeline.TestPipelines;
import dev.revops.handoff.compliance.Compliance;
import dev.revops.handoff.compliance.ComplianceOptions;
import dev.revops.handoff.compliance.OutcomeLink;
import dev.revops.handoff.impact.DefinitionChangeImpact;
import dev.revops.handoff.impact.ProtocolChangeImpact;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The merge rules (see {@code MergeCheck}) for every accumulator of {@code handoff}: null refused
 * naming the argument, merging into itself refused, merging one built differently refused naming the
 * difference.
 */
class AccumulatorMergeRulesTest {
  static final Instant AS_OF = Instant.parse("2026-10-01T00:00:00Z");

  static Stream<MergeRules.Case<?>> accumulators() {
    return Stream.of(
        new MergeRules.Case<Compliance>("Compliance",
            () -> new Compliance(TestHandoffs.map(), ComplianceOptions.defaults(), AS_OF),
            () -> new Compliance(TestHandoffs.map(), ComplianceOptions.defaults(), AS_OF.plusSeconds(1)),
            Compliance::merge, a -> a.add(null, Optional.empty()), "handoff",
            "asOf: 2026-10-01T00:00:00Z and 2026-10-01T00:00:01Z"),
        new MergeRules.Case<OutcomeLink>("OutcomeLink", () -> new OutcomeLink("sales-to-cs"),
            () -> new OutcomeLink("mql-to-sal"), OutcomeLink::merge, a -> a.add(null, Optional.empty()), "evaluation",
            "protocol: sales-to-cs and mql-to-sal"),
        new MergeRules.Case<DefinitionChangeImpact>("DefinitionChangeImpact",
            () -> new DefinitionChangeImpact(TestPipelines.standard(), TestPipelines.standardV2(), 10),
            () -> new DefinitionChangeImpact(TestPipelines.standard(), TestPipelines.standardV2(), 3),
            DefinitionChangeImpact::merge, a -> a.add(null), "deal", "maxListed: 10 and 3"),
        new MergeRules.Case<ProtocolChangeImpact>("ProtocolChangeImpact",
            () -> new ProtocolChangeImpact(TestHandoffs.salesToCs(), TestHandoffs.salesToCs(), TestPipelines.standard(),
                10),
            () -> new ProtocolChangeImpact(TestHandoffs.salesToCs(), TestHandoffs.salesToCs(), TestPipelines.standard(),
                3),
            ProtocolChangeImpact::merge, a -> a.add(null), "deal", "maxListed: 10 and 3"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accumulators")
  void keeps_the_merge_rules(MergeRules.Case<?> c) {
    MergeRules.check(c);
  }
}
