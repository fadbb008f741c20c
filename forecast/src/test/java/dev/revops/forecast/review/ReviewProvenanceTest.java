package dev.revops.forecast.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.metric.Provenance;
import dev.revops.forecast.conversion.BuiltInModel;
import dev.revops.forecast.pipeline.RangeSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each review cites its definition, the definitions it read under and the models it used, as of
 * the scope's instant, counting every deal of the week: nine (A to I), none left out as a whole.
 */
class ReviewProvenanceTest {
  static final DefinitionRef PIPELINE = Week.DEF.ref();
  static final DefinitionRef DEAL_EFFECTIVE = BuiltInModel.DEAL_EFFECTIVE.ref();
  static final DefinitionRef STAGE_DEFAULT = BuiltInModel.STAGE_DEFAULT.ref();

  static Provenance expected(DefinitionRef review, DefinitionRef... basedOn) {
    return Provenance.builder().definition(review).addBasedOn(basedOn).asOf(Week.NEXT_MONDAY).counted(9).build();
  }

  @Test
  void the_pipeline_review_cites_its_definition_the_pipeline_and_both_models() {
    PipelineReview r = new PipelineReview(Week.options().build(), Week.DEF, BuiltInModel.DEAL_EFFECTIVE,
        BuiltInModel.STAGE_DEFAULT);
    Week.series().forEach(r::add);
    assertEquals(expected(ReviewDefinitions.PIPELINE_REVIEW, PIPELINE, DEAL_EFFECTIVE, STAGE_DEFAULT),
        r.result().provenance());
    assertEquals("pipeline-review@1", r.result().provenance().definition().toString());
  }

  @Test
  void the_reconciliation_and_the_execution_review_cite_theirs_and_the_probability_model() {
    ForecastReconciliation w = new ForecastReconciliation(Week.options().build(), BuiltInModel.DEAL_EFFECTIVE,
        List.of(), RangeSettings.defaults());
    ExecutionReview f = new ExecutionReview(Week.options().build(), BuiltInModel.DEAL_EFFECTIVE);
    Week.series().forEach(s -> {
      w.add(s);
      f.add(s);
    });
    assertEquals(expected(ReviewDefinitions.FORECAST_RECONCILIATION, PIPELINE, DEAL_EFFECTIVE),
        w.result().provenance());
    assertEquals(expected(ReviewDefinitions.EXECUTION_REVIEW, PIPELINE, DEAL_EFFECTIVE), f.result().provenance());
  }

  @Test
  void merged_halves_count_every_deal_once() {
    PipelineReview a = new PipelineReview(Week.options().build(), Week.DEF, BuiltInModel.DEAL_EFFECTIVE,
        BuiltInModel.STAGE_DEFAULT);
    PipelineReview b = new PipelineReview(Week.options().build(), Week.DEF, BuiltInModel.DEAL_EFFECTIVE,
        BuiltInModel.STAGE_DEFAULT);
    List<DealSeries> week = Week.series();
    a.addAll(week.subList(0, 4));
    b.addAll(week.subList(4, week.size()));
    assertEquals(9, a.merge(b).result().provenance().counted());
  }
}
