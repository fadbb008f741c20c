package dev.revops.handoff.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealArbitraryProvider;
import dev.revops.handoff.TestHandoffs;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The accumulator contract for the impact of a protocol version, on generated deals with and without payloads. */
class ProtocolChangeImpactProperties
    implements AccumulatorContract<DealWithPayload, ProtocolImpactResult, ProtocolChangeImpact> {

  static ProtocolChangeImpact accumulator() {
    return new ProtocolChangeImpact(TestHandoffs.salesToCs(), ProtocolChangeImpactTest.v2(), TestHandoffs.PIPELINE, 5,
        ProtocolChangeImpactTest.SCOPE);
  }

  /** Half the deals (by the length of their id) carry the complete sales-to-cs payload of version 1. */
  static DealWithPayload withPayload(Deal d) {
    return d.id().length() % 2 == 0 ? DealWithPayload.of(d, TestHandoffs.csPayload()) : DealWithPayload.of(d);
  }

  @Override
  public ProtocolChangeImpact empty() {
    return accumulator();
  }

  @Provide
  Arbitrary<List<DealWithPayload>> records() {
    return DealArbitraryProvider.deals(TestHandoffs.PIPELINE).list().ofMaxSize(30).uniqueElements(Deal::id)
        .map(deals -> deals.stream().map(ProtocolChangeImpactProperties::withPayload).toList());
  }

  @Property
  void every_deal_is_counted_or_left_out_once_and_each_counted_deal_has_one_change(
      @ForAll("records") List<DealWithPayload> records) {
    ProtocolImpactResult r = empty().addAll(records).result();
    assertEquals(records.size(), r.provenance().read());
    assertEquals(r.counted(), r.changes().values().stream().mapToLong(Long::longValue).sum());
  }
}
