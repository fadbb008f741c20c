package dev.revops.handoff.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealArbitraryProvider;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.handoff.TestHandoffs;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ImpactProperties {
  static final PipelineDefinition V1 = DefinitionChangeImpactTest.V1;
  static final PipelineDefinition V2 = DefinitionChangeImpactTest.V2;

  @Provide
  Arbitrary<List<Deal>> deals() {
    return DealArbitraryProvider.deals(V1).list().ofMaxSize(40).uniqueElements(Deal::id);
  }

  static DefinitionChangeImpact definition(List<Deal> deals, PipelineDefinition after) {
    DefinitionChangeImpact impact = new DefinitionChangeImpact(V1, after, 5, DefinitionChangeImpactTest.SCOPE);
    deals.forEach(impact::add);
    return impact;
  }

  static ProtocolChangeImpact protocol(List<Deal> deals) {
    ProtocolChangeImpact impact = ProtocolChangeImpactProperties.accumulator();
    deals.forEach(d -> impact.add(ProtocolChangeImpactProperties.withPayload(d)));
    return impact;
  }

  @Property
  void a_merged_split_equals_one_pass(@ForAll("deals") List<Deal> deals, @ForAll @IntRange(max = 40) int cut) {
    int a = Math.min(cut, deals.size());
    List<Deal> first = deals.subList(0, a);
    List<Deal> second = deals.subList(a, deals.size());
    assertEquals(definition(deals, V2).result(), definition(second, V2).merge(definition(first, V2)).result());
    assertEquals(protocol(deals).result(), protocol(second).merge(protocol(first)).result());
  }

  @Property
  void the_weighted_total_before_is_the_exact_sum_over_open_deals_rounded_once(@ForAll("deals") List<Deal> deals) {
    Map<String, BigDecimal> exact = new TreeMap<>();
    deals.stream().filter(d -> d.stage().isOpen() && d.amount().isPresent()).forEach(d -> exact.merge(
        d.amount().get().getCurrencyCode(), d.amount().get().getAmount()
            .multiply(d.effectiveProbability().probability().toBigDecimal()), BigDecimal::add));
    List<Money> expected = exact.entrySet().stream().map(e -> Money.of(Money.currency(e.getKey()), e.getValue(), Deal.ROUNDING))
        .toList();
    assertEquals(expected, definition(deals, V2).result().weighted().stream().map(WeightedChange::before).toList());
  }

  @Property
  void the_same_definition_changes_nothing(@ForAll("deals") List<Deal> deals) {
    DefinitionImpactResult r = definition(deals, V1).result();
    assertEquals(deals.size(), r.unchanged());
    assertEquals(List.of(), r.deals());
    r.weighted().forEach(w -> assertEquals(w.before(), w.after()));
    r.changed().values().forEach(n -> assertEquals(0L, n));
  }

  @Property
  void every_deal_counted_changes_or_not_and_each_kind_is_counted_once_per_deal(@ForAll("deals") List<Deal> deals) {
    DefinitionImpactResult r = definition(deals, V2).result();
    assertEquals(deals.size(), r.counted());
    long changedDeals = r.counted() - r.unchanged();
    long kinds = r.changed().values().stream().mapToLong(Long::longValue).sum();
    assertEquals(true, kinds >= changedDeals && kinds <= 4 * changedDeals);
    assertEquals(Math.min(changedDeals, 5), r.deals().size());
    ProtocolImpactResult p = protocol(deals).result();
    assertEquals(deals.size(), p.counted() + p.excluded().stream().mapToLong(x -> x.count()).sum());
    assertEquals(p.counted(), p.changes().values().stream().mapToLong(Long::longValue).sum());
  }
}
