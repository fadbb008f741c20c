package dev.revops.forecast.recurring;

import dev.revops.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Generates recurring revenue: lines of a few customers in USD or EUR, starting from October 2025
 * to July 2026 at any hour (mid-month changes, same-instant swaps, joins and leaves within a month,
 * returns after a gap), with or without an end, a product and a segment.
 */
public class RecurringArbitraryProvider implements ArbitraryProvider {
  static final Instant ORIGIN = LocalDate.parse("2025-10-01").atStartOfDay(ZoneOffset.UTC).toInstant();

  /** Lines of customers C0 to C{customers - 1}, ids unique. */
  static Arbitrary<List<MrrLine>> lines(int customers, int maxLines) {
    Arbitrary<Integer> customer = Arbitraries.integers().between(0, customers - 1);
    Arbitrary<Long> startHour = Arbitraries.longs().between(0, 300 * 24L);
    Arbitrary<Long> lengthHours = Arbitraries.longs().between(1, 200 * 24L);
    Arbitrary<Long> cents = Arbitraries.oneOf(Arbitraries.longs().between(1, 100_000), Arbitraries.of(1_000L, 5_000L));
    Arbitrary<Boolean> ends = Arbitraries.of(true, true, false);
    Arbitrary<String> currency = Arbitraries.of("USD", "USD", "EUR");
    Arbitrary<String> product = Arbitraries.of("Gold", "Silver");
    Arbitrary<String> segment = Arbitraries.of("SMB", "Enterprise", "");
    Arbitrary<Object[]> one = Combinators.combine(customer, startHour, lengthHours, cents, ends, currency, product,
        segment).as((c, s, l, a, e, cur, p, seg) -> new Object[] {c, s, l, a, e, cur, p, seg});
    return one.list().ofMaxSize(maxLines).map(raw -> {
      List<MrrLine> out = new ArrayList<>();
      for (int i = 0; i < raw.size(); i++) {
        Object[] r = raw.get(i);
        // Lines land on whole days half the time, so that swaps happen at the same instant.
        long startHours = (Long) r[1];
        Instant start = ORIGIN.plusSeconds((i % 2 == 0 ? startHours / 24 * 24 : startHours) * 3600);
        MrrLine.Builder b = MrrLine.builder().id("L" + i).customer("C" + r[0])
            .monthly(Money.ofMinor((String) r[5], (Long) r[3])).start(start).product((String) r[6]);
        if ((Boolean) r[4]) {
          b.end(start.plusSeconds((Long) r[2] * 3600));
        }
        if (!((String) r[7]).isEmpty()) {
          b.putAttributes("segment", (String) r[7]);
        }
        out.add(b.build());
      }
      return out;
    });
  }

  private static final AtomicLong BATCH = new AtomicLong();

  /**
   * Histories of distinct customers; every generated list has customer ids of its own ({@code B7-C3}), as
   * accumulators take each customer once and the accumulator contract adds several lists to one accumulator.
   */
  static Arbitrary<List<CustomerHistory>> histories() {
    return lines(8, 30).map(ls -> {
      String batch = "B" + BATCH.incrementAndGet() + "-";
      CustomerHistories g = new CustomerHistories();
      ls.forEach(l -> g.add(MrrLine.builder().id(batch + l.id()).customer(batch + l.customer()).monthly(l.monthly())
          .start(l.start()).end(l.end()).product(l.product()).putAllAttributes(l.attributes()).build()));
      return g.result().histories();
    });
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(MrrLine.class);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return Set.of(lines(5, 1).filter(l -> !l.isEmpty()).map(l -> l.get(0)));
  }
}
