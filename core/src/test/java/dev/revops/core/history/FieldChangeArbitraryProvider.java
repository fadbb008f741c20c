package dev.revops.core.history;

import java.time.Instant;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/** Generates valid field changes of every kind of field, with and without values before and after. */
public class FieldChangeArbitraryProvider implements ArbitraryProvider {
  /** A field and two different values of its kind. */
  private record Sample(String field, String a, String b) {}

  public static Arbitrary<FieldChange> fieldChanges() {
    Arbitrary<Sample> samples = Arbitraries.of(
        new Sample("amount", "USD 40000.00", "48000.5"),
        new Sample("costToClose", "12.00", "JPY 500"),
        new Sample("expectedCloseDate", "2026-09-30", "2026-10-31"),
        new Sample("probability", "0.6", "1"),
        new Sample("forecastCategory", "Best Case", "COMMIT"),
        new Sample("projectedMarginRate", "-0.25", "0.725"),
        new Sample("owner", "alice", "bob"),
        new Sample("attributes.region", "EMEA", "Asia Pacific"));
    return Combinators.combine(samples, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
            Arbitraries.integers().between(0, 3), Arbitraries.longs().between(0, 4_000_000_000L),
            Arbitraries.of("alice", "system").optional(0.8))
        .as((s, id, shape, seconds, actor) -> {
          FieldChange.Builder b = FieldChange.builder().dealId(id).field(s.field()).at(Instant.ofEpochSecond(seconds))
              .actor(actor);
          switch (shape) {
            case 0 -> b.from(s.a()).to(s.b());
            case 1 -> b.to(s.b());
            case 2 -> b.from(s.a());
            default -> b.from(s.b()).to(s.a());
          }
          return b.build();
        });
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(FieldChange.class);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return Set.of(fieldChanges());
  }
}
