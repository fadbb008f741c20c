package dev.revops.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.money.Money;
import dev.revops.core.probability.Probability;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PipelineDefinitionTest {
  final PipelineDefinition standard = TestPipelines.standard();

  /** A minimal gate subject: a deal id, a stage and field values. */
  static final class Subject implements GateSubject {
    final Stage stage;
    final CriterionTest.Fields fields = new CriterionTest.Fields();

    Subject(Stage stage) {
      this.stage = stage;
    }

    @Override
    public String id() {
      return "D1";
    }

    @Override
    public Stage stage() {
      return stage;
    }

    @Override
    public Optional<Object> fieldValue(DealField field) {
      return fields.fieldValue(field);
    }

    @Override
    public Optional<String> attribute(String name) {
      return fields.attribute(name);
    }
  }

  @Test
  void resolves_raw_stage_names_by_id_display_name_and_alias_ignoring_case_and_punctuation() {
    assertEquals("closed-won", standard.resolve("Closed Won").id());
    assertEquals("closed-won", standard.resolve("closed_won").id());
    assertEquals("closed-won", standard.resolve("CLOSEDWON").id());
    assertEquals("closed-won", standard.resolve("Won").id());
    assertEquals("discovery", standard.resolve("Engaging").id());
    assertEquals(Optional.empty(), standard.resolveStage("Maybe"));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> standard.resolve("Maybe"));
    assertTrue(e.getMessage().startsWith("stage 'Maybe' is not a stage, display name or alias of pipeline b2b@1"),
        e.getMessage());
  }

  @Test
  void knows_its_open_won_and_lost_stages() {
    assertEquals(5, standard.openStages().size());
    assertEquals("closed-won", standard.wonStage().id());
    assertEquals(List.of("closed-lost"), standard.lostStages().stream().map(Stage::id).toList());
    assertEquals("b2b@1", standard.ref().toString());
  }

  static PipelineDefinition.Builder twoStages() {
    return PipelineDefinition.builder().id("p").version(1).effectiveFrom(LocalDate.parse("2026-01-01"));
  }

  static Stage stage(String id, int order, StageOutcome outcome) {
    Probability p = outcome == StageOutcome.WON ? Probability.ONE : outcome == StageOutcome.LOST ? Probability.ZERO
        : Probability.ofPercent(50);
    ForecastCategory c = outcome == StageOutcome.WON ? ForecastCategory.CLOSED
        : outcome == StageOutcome.LOST ? ForecastCategory.OMITTED : ForecastCategory.PIPELINE;
    return Stage.builder().id(id).displayName(id.toUpperCase()).order(order).outcome(outcome)
        .defaultProbability(p).defaultForecastCategory(c).owningTeam("sales").build();
  }

  @Test
  void needs_exactly_one_won_stage_and_at_least_one_lost_and_one_open() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> twoStages()
        .addStages(stage("a", 1, StageOutcome.OPEN), stage("w1", 2, StageOutcome.WON), stage("w2", 3, StageOutcome.WON))
        .build());
    assertEquals(List.of("must include exactly one won stage", "must include at least one lost stage"),
        e.violations().stream().map(InvalidValueException.Violation::rule).toList());
    assertThrows(InvalidValueException.class, () -> twoStages()
        .addStages(stage("w", 2, StageOutcome.WON), stage("l", 3, StageOutcome.LOST)).build());
  }

  @Test
  void rejects_repeated_ids_unordered_stages_and_open_stages_after_closed_ones() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> twoStages()
        .addStages(stage("a", 5, StageOutcome.OPEN), stage("a", 4, StageOutcome.OPEN), stage("w", 6, StageOutcome.WON),
            stage("b", 7, StageOutcome.OPEN), stage("l", 8, StageOutcome.LOST))
        .build());
    List<String> rules = e.violations().stream().map(InvalidValueException.Violation::rule).toList();
    assertTrue(rules.contains("must not repeat a stage id"), rules.toString());
    assertTrue(rules.stream().anyMatch(r -> r.startsWith("must be listed by strictly ascending order")), rules.toString());
    assertTrue(rules.contains("must come before every won and lost stage"), rules.toString());
  }

  @Test
  void rejects_aliases_to_unknown_stages_or_clashing_with_another_stage() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> twoStages()
        .addStages(stage("open", 1, StageOutcome.OPEN), stage("won", 2, StageOutcome.WON), stage("lost", 3, StageOutcome.LOST))
        .putAliases("Closed", "nowhere")
        .putAliases("W-O-N", "lost")
        .build());
    assertEquals(2, e.violations().size(), e.getMessage());
    assertTrue(e.getMessage().contains("aliases 'Closed -> nowhere' must point at a stage id"), e.getMessage());
    assertTrue(e.getMessage().contains("must not match a name of another stage (won)"), e.getMessage());
  }

  @Test
  void allows_a_plain_forward_move_when_the_entry_criteria_are_met() {
    Subject s = new Subject(standard.stage("discovery"));
    s.fields.with(DealField.AMOUNT, Money.parse("USD 10.00"));
    GateDecision d = standard.checkMove(s, "proposal");
    assertTrue(d.allowed(), d.toString());
    assertEquals("deal D1: discovery -> proposal allowed", d.toString());
  }

  @Test
  void lists_every_broken_rule_and_unmet_criterion_of_a_move() {
    PipelineDefinition strict = TestPipelines.standard(
        TransitionRules.builder().allowSkip(false).allowMoveBack(false).build());
    Subject s = new Subject(strict.stage("prospecting"));
    GateDecision d = strict.checkMove(s, "negotiation");
    assertFalse(d.allowed());
    assertEquals(List.of(
            "moving from Prospecting to Negotiation skips Qualification, Discovery, Proposal, which pipeline b2b@1 "
                + "does not allow (allowSkip=false)",
            "entry criterion of Negotiation: expectedCloseDate is set is not met: expectedCloseDate is not set"),
        d.violations().stream().map(GateViolation::message).toList());
    assertEquals(GateViolation.Kind.ENTRY_CRITERION, d.violations().get(1).kind());

    Subject back = new Subject(strict.stage("proposal"));
    assertEquals(List.of("moving back from Proposal to Prospecting is not allowed by pipeline b2b@1 (allowMoveBack=false)"),
        strict.checkMove(back, "prospecting").violations().stream().map(GateViolation::message).toList());
  }

  @Test
  void closing_won_early_is_a_skip_but_losing_is_always_allowed_from_an_open_stage() {
    PipelineDefinition noSkip = TestPipelines.standard(TransitionRules.builder().allowSkip(false).build());
    Subject s = new Subject(noSkip.stage("discovery"));
    s.fields.with(DealField.AMOUNT, Money.parse("USD 10.00"));
    assertTrue(noSkip.checkMove(s, "closed-lost").allowed());
    GateDecision won = noSkip.checkMove(s, "closed-won");
    assertEquals(1, won.violations().size());
    assertTrue(won.violations().get(0).message().contains("skips Proposal, Negotiation"), won.toString());
    Subject last = new Subject(noSkip.stage("negotiation"));
    last.fields.with(DealField.AMOUNT, Money.parse("USD 10.00"));
    assertTrue(noSkip.checkMove(last, "closed-won").allowed());
  }

  @Test
  void reopening_a_closed_deal_needs_allow_reopen() {
    Subject s = new Subject(standard.stage("closed-lost"));
    assertEquals(GateViolation.Kind.TRANSITION_RULE, standard.checkMove(s, "proposal").violations().get(0).kind());
    PipelineDefinition reopen = TestPipelines.standard(TransitionRules.builder().allowReopen(true).build());
    Subject r = new Subject(reopen.stage("closed-lost"));
    r.fields.with(DealField.AMOUNT, Money.parse("USD 10.00"));
    assertTrue(reopen.checkMove(r, "proposal").allowed());
  }

  @Test
  void exit_criteria_of_the_stage_left_are_checked_too() {
    Stage discovery = Stage.builder().id("a").displayName("A").order(1).outcome(StageOutcome.OPEN)
        .defaultProbability(Probability.ofPercent(30)).defaultForecastCategory(ForecastCategory.PIPELINE)
        .owningTeam("sales").addExitCriteria(Criterion.present("attributes.champion")).build();
    PipelineDefinition def = twoStages().addStages(discovery, stage("b", 2, StageOutcome.OPEN),
        stage("won", 3, StageOutcome.WON), stage("lost", 4, StageOutcome.LOST)).build();
    Subject s = new Subject(def.stage("a"));
    GateDecision d = def.checkMove(s, "b");
    assertEquals(GateViolation.Kind.EXIT_CRITERION, d.violations().get(0).kind());
    assertEquals("exit criterion of A: attributes.champion is set is not met: attributes.champion is not set",
        d.violations().get(0).message());
    s.fields.attr("champion", "Dana");
    assertTrue(def.checkMove(s, "b").allowed());
    assertEquals("the deal is already in A", def.checkMove(s, "a").violations().get(0).message());
  }

  @Test
  void a_deal_in_a_stage_of_another_definition_is_refused_saying_so() {
    Stage foreign = stage("prospecting", 1, StageOutcome.OPEN);
    GateDecision d = standard.checkMove(new Subject(foreign), "qualification");
    assertTrue(d.violations().get(0).message().contains("is defined differently"), d.toString());
  }

  @Test
  void an_unknown_target_stage_is_an_error_not_a_refusal() {
    assertThrows(InvalidValueException.class, () -> standard.checkMove(new Subject(standard.stage("proposal")), "nope"));
  }
}
