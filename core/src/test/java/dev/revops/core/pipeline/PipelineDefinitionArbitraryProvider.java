package dev.revops.core.pipeline;

import dev.revops.core.probability.ProbabilityArbitraryProvider;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Generates valid pipeline definitions: 1 to 6 open stages, one won and 1 or 2 lost stages,
 * random probabilities, categories, criteria, rules and aliases.
 */
public class PipelineDefinitionArbitraryProvider implements ArbitraryProvider {

  public static Arbitrary<Criterion> criteria() {
    return Arbitraries.of(
        Criterion.of("amount", CriterionOperator.GREATER_THAN, "0"),
        Criterion.of("amount", CriterionOperator.AT_LEAST, "USD 1000"),
        Criterion.present("expectedCloseDate"),
        Criterion.present("attributes.champion"),
        Criterion.oneOf("segment", "SMB", "Enterprise"),
        Criterion.of("probability", CriterionOperator.AT_MOST, "0.9"),
        Criterion.of("createdDate", CriterionOperator.AT_LEAST, "2020-01-01"),
        Criterion.builder().field("forecastCategory").operator(CriterionOperator.NOT_EQUALS).value("OMITTED")
            .label("Not omitted").build());
  }

  static Arbitrary<Stage> openStage(int index) {
    return Combinators.combine(
            ProbabilityArbitraryProvider.probabilities(),
            Arbitraries.of(ForecastCategory.PIPELINE, ForecastCategory.BEST_CASE, ForecastCategory.MOST_LIKELY,
                ForecastCategory.COMMIT, ForecastCategory.OMITTED),
            Arbitraries.of("sdr", "sales", "deal-desk"),
            criteria().list().ofMaxSize(2),
            criteria().list().ofMaxSize(2))
        .as((p, c, team, entry, exit) -> Stage.builder().id("open-" + index).displayName("Open " + index)
            .order(index * 10).outcome(StageOutcome.OPEN).defaultProbability(p).defaultForecastCategory(c)
            .owningTeam(team).addAllEntryCriteria(entry).addAllExitCriteria(exit).build());
  }

  public static Arbitrary<PipelineDefinition> definitions() {
    Arbitrary<List<Stage>> stages = Arbitraries.integers().between(1, 6).flatMap(open -> {
      List<Arbitrary<Stage>> parts = new ArrayList<>();
      for (int i = 0; i < open; i++) {
        parts.add(openStage(i));
      }
      return Combinators.combine(parts).as(list -> list).flatMap(openStages ->
          Arbitraries.integers().between(1, 2).map(lost -> {
            List<Stage> all = new ArrayList<>(openStages);
            all.add(Stage.builder().id("won").displayName("Won").order(100).outcome(StageOutcome.WON)
                .defaultProbability(dev.revops.core.probability.Probability.ONE)
                .defaultForecastCategory(ForecastCategory.CLOSED).owningTeam("finance").build());
            for (int l = 0; l < lost; l++) {
              all.add(Stage.builder().id("lost-" + l).displayName("Lost " + l).order(101 + l)
                  .outcome(StageOutcome.LOST).defaultProbability(dev.revops.core.probability.Probability.ZERO)
                  .defaultForecastCategory(ForecastCategory.OMITTED).owningTeam("sales").build());
            }
            return all;
          }));
    });
    Arbitrary<TransitionRules> rules = Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
            Arbitraries.of(true, false))
        .as((skip, back, reopen) -> TransitionRules.builder().allowSkip(skip).allowMoveBack(back)
            .allowReopen(reopen).build());
    return Combinators.combine(
            Arbitraries.integers().between(1, 50),
            Arbitraries.of("UTC", "Europe/Paris", "America/New_York", "Asia/Tokyo").map(ZoneId::of),
            stages,
            rules,
            Arbitraries.integers().between(0, 3))
        .as((version, zone, st, r, aliasCount) -> {
          PipelineDefinition.Builder b = PipelineDefinition.builder().id("generated").version(version)
              .effectiveFrom(LocalDate.of(2026, 1, 1)).timeZone(zone).addAllStages(st).transitionRules(r);
          for (int a = 0; a < aliasCount; a++) {
            b.putAliases("Alias " + a, st.get(a % st.size()).id());
          }
          return b.build();
        });
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(PipelineDefinition.class);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return Set.of(definitions());
  }
}
