package dev.revops.core.pipeline;

import dev.revops.core.probability.Probability;
import java.time.LocalDate;
import java.time.ZoneId;

/** Hand-written pipeline definitions shared by tests. */
public final class TestPipelines {
  private TestPipelines() {}

  /**
   * A B2B pipeline like the bundled one: Prospecting 10%, Qualification 20%, Discovery 40%,
   * Proposal 60% (entry: amount &gt; 0), Negotiation 80% (entry: expected close date set),
   * Closed Won (entry: amount &gt; 0), Closed Lost. Skips and moves back allowed, reopen not.
   */
  public static PipelineDefinition standard() {
    return standard(TransitionRules.defaults());
  }

  /** The standard pipeline with other transition rules. */
  public static PipelineDefinition standard(TransitionRules rules) {
    return standard(rules, ZoneId.of("UTC"));
  }

  /** The standard pipeline with other transition rules and time zone. */
  public static PipelineDefinition standard(TransitionRules rules, ZoneId zone) {
    return PipelineDefinition.builder().id("b2b").version(1).effectiveFrom(LocalDate.parse("2026-01-01"))
        .timeZone(zone)
        .description("Test B2B pipeline")
        .addStages(open("prospecting", "Prospecting", 10, 10, ForecastCategory.PIPELINE, "sdr").build())
        .addStages(open("qualification", "Qualification", 20, 20, ForecastCategory.PIPELINE, "sdr").build())
        .addStages(open("discovery", "Discovery", 30, 40, ForecastCategory.BEST_CASE, "sales").build())
        .addStages(open("proposal", "Proposal", 40, 60, ForecastCategory.BEST_CASE, "sales")
            .addEntryCriteria(Criterion.of("amount", CriterionOperator.GREATER_THAN, "0")).build())
        .addStages(open("negotiation", "Negotiation", 50, 80, ForecastCategory.COMMIT, "sales")
            .addEntryCriteria(Criterion.present("expectedCloseDate")).build())
        .addStages(Stage.builder().id("closed-won").displayName("Closed Won").order(90).outcome(StageOutcome.WON)
            .defaultProbability(Probability.ONE).defaultForecastCategory(ForecastCategory.CLOSED)
            .owningTeam("finance").addEntryCriteria(Criterion.of("amount", CriterionOperator.GREATER_THAN, "0"))
            .build())
        .addStages(Stage.builder().id("closed-lost").displayName("Closed Lost").order(91)
            .outcome(StageOutcome.LOST).defaultProbability(Probability.ZERO)
            .defaultForecastCategory(ForecastCategory.OMITTED).owningTeam("sales").build())
        .transitionRules(rules)
        .putAliases("Won", "closed-won")
        .putAliases("Lost", "closed-lost")
        .putAliases("Engaging", "discovery")
        .build();
  }

  /**
   * Version 2 of the standard pipeline: Discovery renamed Solution ({@code solution}, 35%, the old id
   * kept as an alias), Proposal down to 50% and in the Pipeline category, Negotiation now also
   * requiring a cost to close, and Prospecting dropped (its deals have no stage in v2).
   */
  public static PipelineDefinition standardV2() {
    return PipelineDefinition.builder().id("b2b").version(2).effectiveFrom(LocalDate.parse("2026-12-01"))
        .timeZone(ZoneId.of("UTC"))
        .description("Test B2B pipeline, version 2")
        .addStages(open("qualification", "Qualification", 20, 20, ForecastCategory.PIPELINE, "sdr").build())
        .addStages(open("solution", "Solution", 30, 35, ForecastCategory.BEST_CASE, "sales").build())
        .addStages(open("proposal", "Proposal", 40, 50, ForecastCategory.PIPELINE, "sales")
            .addEntryCriteria(Criterion.of("amount", CriterionOperator.GREATER_THAN, "0")).build())
        .addStages(open("negotiation", "Negotiation", 50, 80, ForecastCategory.COMMIT, "sales")
            .addEntryCriteria(Criterion.present("expectedCloseDate"))
            .addEntryCriteria(Criterion.present("costToClose")).build())
        .addStages(Stage.builder().id("closed-won").displayName("Closed Won").order(90).outcome(StageOutcome.WON)
            .defaultProbability(Probability.ONE).defaultForecastCategory(ForecastCategory.CLOSED)
            .owningTeam("finance").addEntryCriteria(Criterion.of("amount", CriterionOperator.GREATER_THAN, "0"))
            .build())
        .addStages(Stage.builder().id("closed-lost").displayName("Closed Lost").order(91)
            .outcome(StageOutcome.LOST).defaultProbability(Probability.ZERO)
            .defaultForecastCategory(ForecastCategory.OMITTED).owningTeam("sales").build())
        .putAliases("Won", "closed-won")
        .putAliases("Lost", "closed-lost")
        .putAliases("discovery", "solution")
        .build();
  }

  static Stage.Builder open(String id, String name, int order, int percent, ForecastCategory category,
      String team) {
    return Stage.builder().id(id).displayName(name).order(order).outcome(StageOutcome.OPEN)
        .defaultProbability(Probability.ofPercent(percent)).defaultForecastCategory(category).owningTeam(team);
  }
}
