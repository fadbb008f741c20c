package dev.revops.core.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.history.StageChange;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.DealField;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.pipeline.GateViolation;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import dev.revops.core.pipeline.TransitionRules;
import dev.revops.core.probability.Probability;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DealTest {
  final PipelineDefinition definition = TestPipelines.standard();

  /** The sample deal without amount and stage (strict builders set each attribute once). */
  Deal.Builder base() {
    return Deal.builder().id("D-1001").name("Acme platform").owner("alice").account("Acme")
        .createdDate(LocalDate.parse("2026-09-01")).expectedCloseDate(LocalDate.parse("2026-12-15"));
  }

  Deal.Builder proposal() {
    return base().amount(Money.parse("USD 48000.00")).stage(definition.stage("proposal"));
  }

  @Test
  void the_weighted_value_is_amount_times_the_stage_default() {
    Deal d = proposal().build();
    assertEquals(Probability.parse("0.6"), d.effectiveProbability().probability());
    assertEquals(ProbabilitySource.STAGE_DEFAULT, d.effectiveProbability().source());
    assertEquals(Optional.of(Money.parse("USD 28800.00")), d.weightedValue());
    assertEquals(ForecastCategory.BEST_CASE, d.effectiveForecastCategory());
  }

  @Test
  void an_override_replaces_the_stage_default_and_says_who_set_it() {
    Deal d = base().stage(definition.stage("proposal")).amount(Money.parse("USD 1000.05"))
        .probabilityOverride(ProbabilityOverride.of(Probability.parse("0.5"), "alice"))
        .forecastCategoryOverride(ForecastCategory.COMMIT).build();
    assertEquals(ProbabilitySource.OVERRIDE, d.effectiveProbability().source());
    assertEquals(Optional.of("alice"), d.effectiveProbability().setBy());
    // 1000.05 x 0.5 = 500.025 -> half-even -> 500.02
    assertEquals(Optional.of(Money.parse("USD 500.02")), d.weightedValue());
    assertEquals(ForecastCategory.COMMIT, d.effectiveForecastCategory());
  }

  @Test
  void projected_margin_is_amount_times_the_rate_rounded_half_even() {
    Deal d = base().stage(definition.stage("proposal")).amount(Money.parse("USD 999.99")).projectedMarginRate(new BigDecimal("0.725")).build();
    // 999.99 x 0.725 = 724.99275 -> 724.99
    assertEquals(Optional.of(Money.parse("USD 724.99")), d.projectedMargin());
    assertEquals(Optional.empty(), proposal().build().projectedMargin());
    assertEquals(Optional.empty(), base().stage(definition.stage("proposal")).build().weightedValue());
  }

  @Test
  void a_closed_deal_needs_a_closed_date_and_carries_no_overrides() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> base()
        .amount(Money.parse("USD 48000.00")).stage(definition.stage("closed-won"))
        .probabilityOverride(ProbabilityOverride.of(Probability.parse("0.9"), "bob"))
        .forecastCategoryOverride(ForecastCategory.COMMIT).build());
    assertEquals(List.of("closedDate", "probabilityOverride", "forecastCategoryOverride"),
        e.violations().stream().map(InvalidValueException.Violation::field).toList());
    assertTrue(e.getMessage().startsWith("deal D-1001: closedDate '(absent)' must be set because the stage is closed (stage Closed Won)"),
        e.getMessage());
  }

  @Test
  void an_open_deal_has_no_closed_date_and_is_never_in_the_closed_category() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> proposal()
        .closedDate(LocalDate.parse("2026-10-01")).forecastCategoryOverride(ForecastCategory.CLOSED).build());
    assertEquals(2, e.violations().size(), e.getMessage());
  }

  @Test
  void a_strict_builder_refuses_to_set_an_attribute_twice() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> proposal().amount(Money.parse("USD 1.00")));
    assertTrue(e.getMessage().contains("amount"), e.getMessage());
  }

  @Test
  void lists_every_broken_rule_at_once() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Deal.builder().id(" D2 ")
        .name("").stage(definition.stage("closed-lost")).amount(Money.parse("USD -1.00"))
        .costToClose(Money.parse("EUR 5.00")).projectedMarginRate(new BigDecimal("1.2"))
        .createdDate(LocalDate.parse("2026-02-01")).closedDate(LocalDate.parse("2026-01-03"))
        .putAttributes("region", " ").build());
    assertEquals(List.of("id", "name", "amount", "costToClose", "projectedMarginRate", "closedDate", "attributes.region"),
        e.violations().stream().map(InvalidValueException.Violation::field).toList());
    assertEquals("closedDate '2026-01-03' must not be before createdDate (createdDate is 2026-02-01)",
        e.violations().get(5).toString());
  }

  @Test
  void exposes_its_fields_by_name_for_criteria() {
    Deal d = proposal().putAttributes("champion", "Dana").build();
    assertEquals(Optional.of(Money.parse("USD 48000.00")), d.fieldValue(DealField.AMOUNT));
    assertEquals(Optional.of("proposal"), d.fieldValue(DealField.STAGE));
    assertEquals(Optional.of(new BigDecimal("0.6")), d.fieldValue(DealField.PROBABILITY));
    assertEquals(Optional.of(ForecastCategory.BEST_CASE), d.fieldValue(DealField.FORECAST_CATEGORY));
    assertEquals(Optional.empty(), d.fieldValue(DealField.CLOSED_DATE));
    assertEquals(Optional.of("Dana"), d.attribute("champion"));
  }

  @Test
  void moving_returns_the_moved_deal_and_its_stage_change_and_resets_overrides() {
    Deal d = proposal().probabilityOverride(ProbabilityOverride.of(Probability.parse("0.7"), "alice")).build();
    Instant at = Instant.parse("2026-10-05T09:30:00Z");
    StageMove move = d.moveTo(definition, "negotiation", at, "alice", "pricing agreed");
    assertEquals("negotiation", move.deal().stage().id());
    assertEquals(Optional.empty(), move.deal().probabilityOverride());
    assertEquals(Optional.of(Money.parse("USD 38400.00")), move.deal().weightedValue());
    StageChange c = move.change();
    assertEquals("D-1001", c.dealId());
    assertEquals("proposal", c.from().orElseThrow().id());
    assertEquals(at, c.at());
    assertEquals(Optional.of("pricing agreed"), c.reason());
    assertEquals(d.amount(), move.deal().amount());
  }

  @Test
  void closing_sets_the_closed_date_in_the_definitions_time_zone() {
    PipelineDefinition tokyo = TestPipelines.standard(TransitionRules.defaults(), ZoneId.of("Asia/Tokyo"));
    Deal d = Deal.builder().id("D1").amount(Money.parse("JPY 500000")).stage(tokyo.stage("negotiation")).build();
    // 2026-03-31T23:30Z is already April 1st in Tokyo
    StageMove won = d.moveTo(tokyo, "closed-won", Instant.parse("2026-03-31T23:30:00Z"), "kenji");
    assertEquals(Optional.of(LocalDate.parse("2026-04-01")), won.deal().closedDate());
    assertTrue(won.deal().isWon());
    assertEquals(Optional.of(Money.parse("JPY 500000")), won.deal().weightedValue());
  }

  @Test
  void a_refused_move_throws_with_every_reason() {
    PipelineDefinition strict = TestPipelines.standard(TransitionRules.builder().allowSkip(false).build());
    Deal d = Deal.builder().id("D9").stage(strict.stage("prospecting")).build();
    StageGateException e = assertThrows(StageGateException.class,
        () -> d.moveTo(strict, "negotiation", Instant.parse("2026-01-01T00:00:00Z"), "bob"));
    assertFalse(e.decision().allowed());
    assertEquals(2, e.decision().violations().size());
    assertEquals(List.of(GateViolation.Kind.TRANSITION_RULE, GateViolation.Kind.ENTRY_CRITERION),
        e.decision().violations().stream().map(GateViolation::kind).toList());
    assertTrue(e.getMessage().startsWith("deal D9 may not move from prospecting to negotiation: stage 'negotiation' is refused"),
        e.getMessage());
  }

  @Test
  void reopening_clears_the_closed_date() {
    PipelineDefinition reopen = TestPipelines.standard(TransitionRules.builder().allowReopen(true).build());
    Deal lost = Deal.builder().id("D3").amount(Money.parse("USD 5.00")).stage(reopen.stage("closed-lost"))
        .closedDate(LocalDate.parse("2026-05-01")).build();
    StageMove back = lost.moveTo(reopen, "proposal", Instant.parse("2026-06-01T00:00:00Z"), "carol");
    assertEquals(Optional.empty(), back.deal().closedDate());
    assertTrue(back.deal().isOpen());
  }

  @Test
  void closing_before_the_created_date_is_rejected_by_the_deal_rules() {
    Deal d = proposal().build();
    assertThrows(InvalidValueException.class,
        () -> d.moveTo(definition, "closed-lost", Instant.parse("2026-08-01T00:00:00Z"), "alice"));
  }
}
