package dev.revops.handoff.ownership;

import static dev.revops.handoff.TestHandoffs.PIPELINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.deal.Deal;
import dev.revops.core.deal.DealArbitraryProvider;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.pipeline.Stage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

class FieldOwnershipProperties {
  static final Map<String, Arbitrary<String>> VALUES = Map.of(
      "amount", Arbitraries.integers().between(0, 100_000).map(n -> n + ".00"),
      "expectedCloseDate", Arbitraries.integers().between(0, 700).map(d -> java.time.LocalDate.parse("2026-01-01").plusDays(d).toString()),
      "costToClose", Arbitraries.integers().between(0, 5_000).map(n -> n + ".50"),
      "probability", Arbitraries.of("0.1", "0.35", "0.6", "0.9"),
      "attributes.successCriteria", Arbitraries.of("50 seats", "go-live Q1"),
      "owner", Arbitraries.of("ann", "bob"),
      "stage", Arbitraries.of(PIPELINE.stages()).map(Stage::id));

  @Provide
  Arbitrary<Tuple2<Deal, List<ChangeRequest>>> batches() {
    return DealArbitraryProvider.deals(PIPELINE).flatMap(deal -> requests(deal.id()).list().ofMaxSize(12)
        .map(rs -> Tuple.of(deal, rs)));
  }

  static Arbitrary<ChangeRequest> requests(String dealId) {
    return Arbitraries.of(VALUES.keySet().stream().sorted().toList()).flatMap(field -> Combinators.combine(
        VALUES.get(field).optional(0.9), Arbitraries.of("sales", "finance", "revops", "customer-success"),
        Arbitraries.integers().between(0, 1000))
        .as((to, team, minutes) -> ChangeRequest.builder().dealId(dealId).field(field)
            .to(field.equals("stage") ? to.or(() -> java.util.Optional.of("proposal")) : to).team(team).actor("pat")
            .at(Instant.parse("2026-11-24T00:00:00Z").plusSeconds(60L * minutes)).build()));
  }

  @Property
  void every_request_is_either_audited_from_its_owner_or_refused_with_its_index(
      @ForAll("batches") Tuple2<Deal, List<ChangeRequest>> batch) {
    ChangeLog log = FieldOwnershipTest.OWNERSHIP.applyAll(batch.get1(), batch.get2(), PIPELINE);
    assertEquals(batch.get2().size(), log.audit().size() + log.refused().size());
    for (AuditEntry a : log.audit()) {
      assertEquals(FieldOwnershipTest.OWNERSHIP.ownerOf(a.field()).orElseThrow(), a.team());
    }
    for (RefusedChange r : log.refused()) {
      assertEquals(batch.get2().get(r.index()), r.request());
      r.owner().ifPresent(o -> assertTrue(!o.equals(r.request().team()) && r.reason().contains("owned by " + o)));
    }
  }

  @Property
  void replaying_the_audit_on_the_deal_before_gives_the_deal_after(
      @ForAll("batches") Tuple2<Deal, List<ChangeRequest>> batch) {
    ChangeLog log = FieldOwnershipTest.OWNERSHIP.applyAll(batch.get1(), batch.get2(), PIPELINE);
    Deal replayed = log.before();
    for (AuditEntry a : log.audit()) {
      replayed = a.fieldChange().isPresent() ? replayed.with(a.fieldChange().get())
          : replayed.moveTo(PIPELINE, a.to().orElseThrow(), a.at(), a.actor(), a.reason().orElse("-")).deal();
    }
    assertEquals(log.after(), replayed);
  }

  @Property(tries = 100)
  void the_change_log_round_trips_through_json(@ForAll("batches") Tuple2<Deal, List<ChangeRequest>> batch)
      throws Exception {
    ObjectMapper json = RevopsJson.mapper(PIPELINE);
    ChangeLog log = FieldOwnershipTest.OWNERSHIP.applyAll(batch.get1(), batch.get2(), PIPELINE);
    assertEquals(log, json.readValue(json.writeValueAsString(log), ChangeLog.class));
  }
}
