package dev.revops.handoff;

import dev.revops.handoff.protocol.FieldSource;
import dev.revops.handoff.protocol.HandoffProtocol;
import dev.revops.handoff.protocol.PayloadField;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Generates handoffs of {@link TestHandoffs#map()}: sent in October to December 2026 about deals D1 to
 * D5 (see {@code HandmadeSet}) or leads, with payloads that are complete, partial or invalid, and
 * any outcome (or none) at or after sending. One in twenty follows a protocol or version the map
 * does not have.
 */
public class HandoffArbitraryProvider implements ArbitraryProvider {
  static final Instant START = Instant.parse("2026-10-01T00:00:00Z");

  /** A good value, a bad one, or none, for each payload field of the protocol. */
  static Arbitrary<Map<String, String>> payloads(HandoffProtocol p) {
    Map<String, String> good = new TreeMap<>(TestHandoffs.csPayload());
    good.put("leadSource", "webinar");
    good.put("discountRequest", "0.10");
    List<PayloadField> fields = p.payload().stream().filter(f -> f.source() == FieldSource.PAYLOAD).toList();
    if (fields.isEmpty()) {
      return Arbitraries.just(Map.of());
    }
    return Arbitraries.of("good", "good", "bad", "none").list().ofSize(fields.size()).map(choices -> {
      Map<String, String> payload = new TreeMap<>();
      for (int i = 0; i < fields.size(); i++) {
        String name = fields.get(i).name();
        if (choices.get(i).equals("good")) {
          payload.put(name, good.get(name));
        } else if (choices.get(i).equals("bad")) {
          payload.put(name, "x");
        }
      }
      return payload;
    });
  }

  static Arbitrary<Optional<HandoffOutcome>> outcomes(Instant sent) {
    Arbitrary<HandoffOutcome> outcome = Combinators.combine(Arbitraries.of(OutcomeKind.values()),
        Arbitraries.longs().between(0, 14 * 24 * 3600), Arbitraries.of("not ICP", "no budget", "duplicate").optional(0.6))
        .as((kind, seconds, reason) -> HandoffOutcome.builder().kind(kind).at(sent.plusSeconds(seconds))
            .reason(reason).build());
    return outcome.optional(0.8);
  }

  public static Arbitrary<Handoff> handoffs() {
    List<HandoffProtocol> protocols = TestHandoffs.map().protocols();
    Arbitrary<String> ids = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8);
    Arbitrary<Instant> sent = Arbitraries.longs().between(0, 90L * 24 * 3600).map(START::plusSeconds);
    Arbitrary<String> deals = Arbitraries.of("D1", "D2", "D3", "D4", "D5", "D6", "L1", "L2");
    return Arbitraries.of(protocols).flatMap(p -> Combinators.combine(ids, sent, deals, payloads(p),
            Arbitraries.frequency(Tuple.of(19, p.id()), Tuple.of(1, "legal-review")),
            Arbitraries.frequency(Tuple.of(19, 1), Tuple.of(1, 2)))
        .as((id, at, deal, payload, protocolId, version) -> new Object[] {id, at, deal, payload, protocolId, version}))
        .flatMap(a -> outcomes((Instant) a[1]).map(outcome -> {
          @SuppressWarnings("unchecked")
          Map<String, String> payload = (Map<String, String>) a[3];
          return Handoff.builder().id((String) a[0]).sentAt((Instant) a[1]).dealId((String) a[2])
              .putAllPayload(payload).protocolId((String) a[4]).protocolVersion((Integer) a[5]).outcome(outcome)
              .sentBy("rep").build();
        }));
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(Handoff.class);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return Set.of(handoffs());
  }
}
