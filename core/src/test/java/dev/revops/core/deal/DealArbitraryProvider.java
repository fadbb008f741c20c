package dev.revops.core.deal;

import dev.revops.core.money.Money;
import dev.revops.core.money.MoneyArbitraryProvider;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import dev.revops.core.pipeline.TestPipelines;
import dev.revops.core.probability.ProbabilityArbitraryProvider;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/** Generates valid deals of {@link TestPipelines#standard()}, open and closed, with every optional field. */
public class DealArbitraryProvider implements ArbitraryProvider {

  public static Arbitrary<Deal> deals() {
    return deals(TestPipelines.standard());
  }

  public static Arbitrary<Deal> deals(PipelineDefinition definition) {
    return Arbitraries.of(definition.stages()).flatMap(stage ->
        MoneyArbitraryProvider.currencies().flatMap(currency -> dealsIn(stage, currency)));
  }

  static Arbitrary<String> words() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '-', 'é').ofMinLength(1).ofMaxLength(12)
        .map(String::strip).filter(s -> !s.isEmpty());
  }

  static Arbitrary<Deal> dealsIn(Stage stage, Currency currency) {
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 3000)
        .map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
    Arbitrary<Optional<Money>> amounts = MoneyArbitraryProvider.nonNegativeIn(currency).optional(0.9);
    Arbitrary<Optional<Money>> costs = MoneyArbitraryProvider.nonNegativeIn(currency).optional(0.5);
    Arbitrary<Optional<LocalDate>> created = dates.optional(0.8);
    Arbitrary<Integer> closeLag = Arbitraries.integers().between(0, 400);
    Arbitrary<Optional<ProbabilityOverride>> overrides = stage.isOpen()
        ? Combinators.combine(ProbabilityArbitraryProvider.probabilities(), words())
            .as(ProbabilityOverride::of).optional(0.3)
        : Arbitraries.just(Optional.empty());
    Arbitrary<Optional<ForecastCategory>> categories = stage.isOpen()
        ? Arbitraries.of(ForecastCategory.PIPELINE, ForecastCategory.BEST_CASE, ForecastCategory.MOST_LIKELY,
            ForecastCategory.COMMIT, ForecastCategory.OMITTED).optional(0.3)
        : Arbitraries.just(Optional.empty());
    Arbitrary<Optional<BigDecimal>> margins = Arbitraries.bigDecimals().between(new BigDecimal("-0.5"), BigDecimal.ONE)
        .ofScale(3).optional(0.5);
    return Builders.withBuilder(() -> Deal.builder().stage(stage))
        .use(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(10)).in(Deal.Builder::id)
        .use(words().optional(0.7)).in(Deal.Builder::name)
        .use(words().optional(0.7)).in(Deal.Builder::account)
        .use(words().optional(0.8)).in(Deal.Builder::owner)
        .use(Arbitraries.of("Inbound", "Outbound", "Partner").optional(0.7)).in(Deal.Builder::source)
        .use(Arbitraries.of("SMB", "Mid-Market", "Enterprise").optional(0.7)).in(Deal.Builder::segment)
        .use(Arbitraries.of("Core", "Analytics", "Platform").optional(0.7)).in(Deal.Builder::product)
        .use(amounts).in(Deal.Builder::amount)
        .use(costs).in(Deal.Builder::costToClose)
        .use(overrides).in(Deal.Builder::probabilityOverride)
        .use(categories).in(Deal.Builder::forecastCategoryOverride)
        .use(Combinators.combine(created, closeLag, dates).as((c, lag, fallback) -> new Object[] {c, lag, fallback}))
        .in((b, triple) -> {
          @SuppressWarnings("unchecked")
          Optional<LocalDate> c = (Optional<LocalDate>) triple[0];
          int lag = (Integer) triple[1];
          LocalDate fallback = (LocalDate) triple[2];
          b.createdDate(c);
          b.expectedCloseDate(c.orElse(fallback).plusDays(lag));
          if (stage.isClosed()) {
            b.closedDate(c.orElse(fallback).plusDays(lag));
          }
          return b;
        })
        .use(margins).in(Deal.Builder::projectedMarginRate)
        .use(Arbitraries.maps(Arbitraries.of("champion", "region", "competitor"), words()).ofMaxSize(3))
        .in(Deal.Builder::putAllAttributes)
        .build(Deal.Builder::build);
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(Deal.class);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return Set.of(deals());
  }
}
