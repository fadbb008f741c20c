package dev.revops.forecast.calls;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.money.Money;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;

/** The accumulator contract of {@link CallAccuracy}. */
class CallAccuracyProperties implements AccumulatorContract<CallOutcome, AccuracyResult, CallAccuracy> {

  @Override
  public CallAccuracy empty() {
    return new CallAccuracy(CallDeals.quarters());
  }

  @Provide
  Arbitrary<List<CallOutcome>> records() {
    Arbitrary<Long> minor = Arbitraries.longs().between(0, 1_000_000_000L);
    return Combinators.combine(Arbitraries.of("ana", "bo", "cy"), Arbitraries.of("rep", "manager", "").optional(),
        Arbitraries.of("USD", "EUR"), minor, minor, minor.optional())
        .as((caller, level, cur, called, actual, system) -> CallOutcome.builder().caller(caller)
            .level(level.filter(l -> !l.isEmpty())).period("2026-Q3").called(Money.ofMinor(cur, called))
            .actual(Money.ofMinor(cur, actual)).system(system.map(s -> Money.ofMinor(cur, s))).build())
        .list().ofMaxSize(30);
  }
}
