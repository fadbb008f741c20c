package dev.revops.core.money;

import java.util.Currency;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/** Generates {@link Money} in currencies with 0, 2 and 3 minor digits, of any sign. */
public class MoneyArbitraryProvider implements ArbitraryProvider {

  /** Currencies with different minor units: JPY 0, USD/EUR/GBP 2, BHD 3. */
  public static Arbitrary<Currency> currencies() {
    return Arbitraries.of("USD", "EUR", "GBP", "JPY", "BHD").map(Currency::getInstance);
  }

  /** Any amount in a random currency, up to about a trillion minor units either side. */
  public static Arbitrary<Money> money() {
    return currencies().flatMap(MoneyArbitraryProvider::moneyIn);
  }

  /** Any amount in one currency. */
  public static Arbitrary<Money> moneyIn(Currency currency) {
    return Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
        .edgeCases(c -> c.add(0L).add(1L).add(-1L))
        .map(minor -> Money.ofMinor(currency, minor));
  }

  /** A non-negative amount in one currency, as deals hold. */
  public static Arbitrary<Money> nonNegativeIn(Currency currency) {
    return Arbitraries.longs().between(0, 10_000_000_000L).map(minor -> Money.ofMinor(currency, minor));
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(Money.class);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return Set.of(money());
  }
}
