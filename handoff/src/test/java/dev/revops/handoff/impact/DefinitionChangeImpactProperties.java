package dev.revops.handoff.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealArbitraryProvider;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The accumulator contract for the impact of a pipeline definition version, on generated deals. */
class DefinitionChangeImpactProperties implements AccumulatorContract<Deal, DefinitionImpactResult, DefinitionChangeImpact> {

  @Override
  public DefinitionChangeImpact empty() {
    return new DefinitionChangeImpact(DefinitionChangeImpactTest.V1, DefinitionChangeImpactTest.V2, 5,
        DefinitionChangeImpactTest.SCOPE);
  }

  @Provide
  Arbitrary<List<Deal>> records() {
    return DealArbitraryProvider.deals(DefinitionChangeImpactTest.V1).list().ofMaxSize(30).uniqueElements(Deal::id);
  }

  @Property
  void the_provenance_counts_every_deal_and_cites_both_versions(@ForAll("records") List<Deal> deals) {
    DefinitionImpactResult r = empty().addAll(deals).result();
    assertEquals(deals.size(), r.provenance().read());
    assertEquals(List.of(DefinitionChangeImpactTest.V1.ref(), DefinitionChangeImpactTest.V2.ref()),
        r.provenance().basedOn());
  }
}
