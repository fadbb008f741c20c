package dev.revops.core.metric;

import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.money.MoneyArbitraryProvider;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/** Generates metrics of every unit and valid values of them. */
public class MetricValueArbitraryProvider implements ArbitraryProvider {

  public static Arbitrary<Metric> metrics() {
    return Combinators.combine(Arbitraries.of(MetricUnit.values()), Arbitraries.integers().between(1, 9))
        .as((unit, version) -> Metric.builder().id("m-" + unit.name().toLowerCase()).name("Metric " + unit)
            .description("A generated " + unit + " metric").unit(unit).owningTeam("revops").version(version).build());
  }

  public static Arbitrary<MetricValue> values() {
    return metrics().flatMap(metric -> {
      Builders.BuilderCombinator<MetricValue.Builder> b = Builders.<MetricValue.Builder>withBuilder(
              () -> MetricValue.builder().metric(metric))
          .use(Arbitraries.integers().between(0, 2000).map(d -> LocalDate.of(2024, 1, 1).plusDays(d)))
          .in(MetricValue.Builder::asOf)
          .use(Arbitraries.longs().between(0, 1_000_000)).in(MetricValue.Builder::counted)
          .use(Arbitraries.maps(Arbitraries.of("owner", "quarter", "segment"), Arbitraries.of("alice", "2026-Q4", "SMB"))
              .ofMaxSize(3)).in(MetricValue.Builder::putAllDimensions)
          .use(Arbitraries.of("closed", "no amount", "outside window").set().ofMaxSize(3)
              .map(reasons -> reasons.stream().map(r -> Exclusion.builder().reason(r).count(3).addExamples("D1", "D2")
                  .build()).toList())).in(MetricValue.Builder::addAllExcluded)
          .use(Arbitraries.integers().between(1, 5).map(v -> DefinitionRef.of("b2b", v)).list().ofMaxSize(2))
          .in(MetricValue.Builder::addAllBasedOn);
      if (metric.unit().isMoney()) {
        b = b.use(MoneyArbitraryProvider.money()).in(MetricValue.Builder::money);
      } else if (metric.unit() == MetricUnit.PROBABILITY) {
        b = b.use(Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(4))
            .in(MetricValue.Builder::number);
      } else if (metric.unit() == MetricUnit.COUNT) {
        b = b.use(Arbitraries.longs().between(0, 1_000_000).map(BigDecimal::valueOf)).in(MetricValue.Builder::number);
      } else {
        b = b.use(Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000")).ofScale(3))
            .in(MetricValue.Builder::number);
      }
      return b.build(MetricValue.Builder::build);
    });
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(MetricValue.class) || targetType.isOfType(Metric.class);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return Set.of(targetType.isOfType(Metric.class) ? metrics() : values());
  }
}
