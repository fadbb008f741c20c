package dev.revops.core.probability;

import java.math.BigDecimal;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/** Generates probabilities with up to six decimals, 0 and 1 included. */
public class ProbabilityArbitraryProvider implements ArbitraryProvider {

  public static Arbitrary<Probability> probabilities() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(6)
        .edgeCases(c -> c.add(BigDecimal.ZERO).add(BigDecimal.ONE).add(new BigDecimal("0.5")))
        .map(Probability::of);
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(Probability.class);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return Set.of(probabilities());
  }
}
