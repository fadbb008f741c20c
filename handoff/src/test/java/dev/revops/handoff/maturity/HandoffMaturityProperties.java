package dev.revops.handoff.maturity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.json.RevopsJson;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the maturity stages on generated handoff sets. */
class HandoffMaturityProperties {

  /** One handoff: protocol, payload complete, in time, outcome (or none). */
  record Spec(String protocol, boolean complete, boolean onTime, String outcome) {}

  @Provide
  Arbitrary<List<Spec>> sets() {
    Arbitrary<Spec> spec = Combinators.combine(Arbitraries.of("sales-to-cs", "mql-to-sal", "legal-review"),
        Arbitraries.of(true, false), Arbitraries.of(true, false),
        Arbitraries.of("healthy", "churned", "none")).as((p, c, t, o) -> new Spec(p, c, t, o.equals("none") ? null : o));
    return spec.list().ofMaxSize(30);
  }

  @Provide
  Arbitrary<BigDecimal> shares() {
    return Arbitraries.integers().between(0, 100).map(i -> BigDecimal.valueOf(i, 2));
  }

  static MaturitySet set(List<Spec> specs) {
    MaturitySet s = new MaturitySet();
    specs.forEach(x -> s.add(x.protocol(), x.complete(), x.onTime(), x.outcome()));
    return s;
  }

  static MaturityModel model(BigDecimal payload, BigDecimal sla, BigDecimal difference) {
    return MaturitySet.model(payload, sla, true, difference);
  }

  @Property(tries = 60)
  void raising_a_threshold_never_raises_a_stage(@ForAll("sets") List<Spec> specs, @ForAll("shares") BigDecimal a,
      @ForAll("shares") BigDecimal b, @ForAll("shares") BigDecimal c, @ForAll("shares") BigDecimal raise) {
    MaturitySet set = set(specs);
    MaturityResult loose = set.assess(model(a, b, c));
    MaturityResult strict = set.assess(model(a.add(raise).min(BigDecimal.ONE), b.add(raise).min(BigDecimal.ONE),
        c.add(raise).min(BigDecimal.ONE)));
    for (int i = 0; i < loose.protocols().size(); i++) {
      assertTrue(strict.protocols().get(i).stage().compareTo(loose.protocols().get(i).stage()) <= 0);
    }
    assertTrue(strict.overall().stage().compareTo(loose.overall().stage()) <= 0);
  }

  @Property(tries = 60)
  void a_stage_is_reached_only_when_its_evidence_and_all_below_is_met(@ForAll("sets") List<Spec> specs) {
    MaturityResult r = set(specs).assess();
    for (ProtocolMaturity p : r.protocols()) {
      p.evidence().stream().filter(e -> e.stage().compareTo(p.stage()) <= 0)
          .forEach(e -> assertTrue(e.met(), p.protocolId() + " " + e));
      if (p.stage() != MaturityStage.OPTIMIZED) {
        MaturityStage next = MaturityStage.values()[p.stage().ordinal() + 1];
        assertTrue(p.evidence().stream().anyMatch(e -> e.stage() == next && !e.met()), p.toString());
      }
      assertTrue(r.overall().stage().compareTo(p.stage()) <= 0, "overall is at most each protocol's stage");
    }
  }

  @Property(tries = 30)
  void the_model_and_the_result_round_trip_through_json(@ForAll("sets") List<Spec> specs) throws Exception {
    MaturityResult r = set(specs).assess();
    String json = RevopsJson.mapper().writeValueAsString(r);
    assertEquals(r, RevopsJson.mapper().readValue(json, MaturityResult.class));
  }
}
