package dev.revops.forecast.recurring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.money.Money;
import dev.revops.core.scope.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Renewals over any contracts: outcomes add up, gross ARR renewal at most 1, and the accumulator contract. */
class RenewalProperties implements AccumulatorContract<RenewalTerm, RenewalResult, Renewals> {
  static final RenewalOptions OPTIONS = RenewalOptions.builder()
      .scope(Scope.asOf(LocalDate.parse("2026-09-20"))).from(LocalDate.parse("2026-01-01"))
      .through(LocalDate.parse("2026-12-31")).gapDays(20).addGroupBy("segment").build();
  static final Instant ORIGIN = LocalDate.parse("2025-01-01").atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final AtomicLong BATCH = new AtomicLong();

  @Override
  public Renewals empty() {
    return new Renewals(OPTIONS);
  }

  /** Terms of a few customers, ids unique within a list; a few repeated. */
  @Provide
  Arbitrary<List<RenewalTerm>> records() {
    Arbitrary<Object[]> one = Combinators.combine(Arbitraries.integers().between(0, 4),
        Arbitraries.integers().between(0, 700), Arbitraries.integers().between(30, 400),
        Arbitraries.longs().between(0, 3), Arbitraries.longs().between(0, 3), Arbitraries.of(false, false, true),
        Arbitraries.integers().between(-30, 60), Arbitraries.of("SMB", "Enterprise"))
        .as((c, s, len, a, b, cancelled, booked, seg) -> new Object[] {c, s, len, a, b, cancelled, booked, seg});
    return one.list().ofMaxSize(20).map(raw -> {
      String batch = "B" + BATCH.incrementAndGet() + "-";
      List<RenewalTerm> out = new ArrayList<>();
      for (int i = 0; i < raw.size(); i++) {
        Object[] r = raw.get(i);
        Instant start = ORIGIN.plusSeconds((Integer) r[1] * 86_400L);
        out.add(RenewalTerm.builder().contractId(batch + "K" + i).customer(batch + "C" + r[0])
            .booked(LocalDate.ofInstant(start, ZoneOffset.UTC).minusDays((Integer) r[6])).start(start)
            .end(start.plusSeconds((Integer) r[2] * 86_400L)).arrAtStart(Money.ofMinor("USD", (Long) r[3] * 600_000))
            .arrAtEnd(Money.ofMinor("USD", (Long) r[4] * 600_000)).cancelled((Boolean) r[5])
            .putAttributes("segment", (String) r[7]).build());
      }
      if (!out.isEmpty()) {
        out.add(out.get(0));
      }
      return out;
    });
  }

  @Property(tries = 200)
  void outcomes_add_up_and_gross_arr_renewal_never_exceeds_one(@ForAll("records") List<RenewalTerm> terms) {
    Renewals r = empty();
    terms.forEach(r::add);
    RenewalResult result = r.result();
    long renewals = 0;
    for (RenewalRow row : result.totals()) {
      renewals += row.upForRenewal();
      row.grossArrRenewalRate().ifPresent(g -> assertTrue(g.compareTo(BigDecimal.ONE) <= 0));
      assertTrue(!row.arrRenewedCapped().isGreaterThan(row.arrRenewed()));
    }
    assertEquals(result.renewals().size(), renewals);
    assertEquals(renewals, result.rows().stream().mapToLong(RenewalRow::upForRenewal).sum());
  }
}
