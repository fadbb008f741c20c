package dev.revops.handoff;

import dev.revops.core.lead.LeadFunnel;
import dev.revops.core.lead.LifecycleDefinition;
import dev.revops.core.metric.MergeRules;
import dev.revops.core.pipeline.TestPipelines;
import dev.revops.handoff.compliance.Compliance;
import dev.revops.handoff.compliance.ComplianceOptions;
import dev.revops.handoff.compliance.OutcomeLink;
import dev.revops.handoff.impact.DefinitionChangeImpact;
import dev.revops.handoff.impact.ProtocolChangeImpact;
import dev.revops.handoff.lead.LeadHandoffOptions;
import dev.revops.handoff.lead.LeadHandoffs;
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
            () -> new Compliance(TestHandoffs.map(), ComplianceOptions.of(TestHandoffs.scope(AS_OF))),
            () -> new Compliance(TestHandoffs.map(), ComplianceOptions.of(TestHandoffs.scope(AS_OF.plusSeconds(1)))),
            Compliance::merge, a -> a.add(null), "record",
            "scope.asOf 2026-10-01T00:00:00Z and 2026-10-01T00:00:01Z"),
        new MergeRules.Case<OutcomeLink>("OutcomeLink", () -> new OutcomeLink("sales-to-cs", TestHandoffs.scope(AS_OF)),
            () -> new OutcomeLink("mql-to-sal", TestHandoffs.scope(AS_OF)), OutcomeLink::merge, a -> a.add(null),
            "record", "protocol: sales-to-cs and mql-to-sal"),
        new MergeRules.Case<DefinitionChangeImpact>("DefinitionChangeImpact",
            () -> new DefinitionChangeImpact(TestPipelines.standard(), TestPipelines.standardV2(), 10,
                TestHandoffs.scope(AS_OF)),
            () -> new DefinitionChangeImpact(TestPipelines.standard(), TestPipelines.standardV2(), 3,
                TestHandoffs.scope(AS_OF)),
            DefinitionChangeImpact::merge, a -> a.add(null), "deal", "listLimit: 10 and 3"),
        new MergeRules.Case<ProtocolChangeImpact>("ProtocolChangeImpact",
            () -> new ProtocolChangeImpact(TestHandoffs.salesToCs(), TestHandoffs.salesToCs(), TestPipelines.standard(),
                10, TestHandoffs.scope(AS_OF)),
            () -> new ProtocolChangeImpact(TestHandoffs.salesToCs(), TestHandoffs.salesToCs(), TestPipelines.standard(),
                3, TestHandoffs.scope(AS_OF)),
            ProtocolChangeImpact::merge, a -> a.add(null), "record", "listLimit: 10 and 3"),
        new MergeRules.Case<LeadHandoffs>("LeadHandoffs", () -> new LeadHandoffs(leadHandoffs(AS_OF)),
            () -> new LeadHandoffs(leadHandoffs(AS_OF.plusSeconds(1))), LeadHandoffs::merge, a -> a.add(null),
            "record", "options: scope.asOf 2026-10-01T00:00:00Z and 2026-10-01T00:00:01Z"));
  }

  static LeadHandoffOptions leadHandoffs(Instant asOf) {
    return LeadHandoffOptions.builder().scope(TestHandoffs.scope(asOf))
        .funnel(LeadFunnel.of(LifecycleDefinition.hubspotDefault(), "MQL", "won")).protocol(TestHandoffs.mqlToSal())
        .fromStep("marketingqualifiedlead").toStep("deal-won").build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accumulators")
  void keeps_the_merge_rules(MergeRules.Case<?> c) {
    MergeRules.check(c);
  }
}
