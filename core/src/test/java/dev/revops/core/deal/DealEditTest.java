package dev.revops.core.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.history.FieldChange;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.ForecastCategory;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import dev.revops.core.probability.Probability;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DealEditTest {
  final PipelineDefinition def = TestPipelines.standard();
  final Deal deal = Deal.builder().id("D1").owner("ann").amount(Money.parse("EUR 500.00")).stage(def.stage("proposal"))
      .expectedCloseDate(LocalDate.parse("2026-12-15")).putAttributes("region", "EMEA").build();

  static FieldChange change(String field, String from, String to) {
    return FieldChange.builder().dealId("D1").field(field).from(Optional.ofNullable(from)).to(Optional.ofNullable(to))
        .at(Instant.parse("2026-11-24T10:00:00Z")).actor("bob").build();
  }

  @Test
  void changes_one_field_and_keeps_the_rest() {
    Deal later = deal.with(change("expectedCloseDate", "2026-12-15", "2027-01-31"));
    assertEquals(Optional.of(LocalDate.parse("2027-01-31")), later.expectedCloseDate());
    assertEquals(deal.amount(), later.amount());
    assertEquals(deal.attributes(), later.attributes());
    assertEquals(Optional.of(Money.parse("EUR 750.00")), deal.with(change("amount", "500.00", "750.00")).amount());
    assertEquals(Optional.empty(), deal.with(change("attributes.region", "EMEA", null)).attribute("region"));
  }

  @Test
  void a_probability_or_category_sets_the_override_unless_it_is_the_stage_default() {
    Deal overridden = deal.with(change("probability", "0.6", "0.75"));
    assertEquals(Optional.of(ProbabilityOverride.of(Probability.parse("0.75"), "bob")), overridden.probabilityOverride());
    assertEquals(Optional.empty(), overridden.with(change("probability", "0.75", "0.6")).probabilityOverride());
    assertEquals(Optional.of(ForecastCategory.COMMIT),
        deal.with(change("forecastCategory", "Best Case", "Commit")).forecastCategoryOverride());
  }

  @Test
  void refuses_a_change_of_another_deal_and_an_override_of_a_closed_deal() {
    assertThrows(InvalidValueException.class, () -> deal.with(FieldChange.builder().dealId("D2").field("owner")
        .to("x").at(Instant.EPOCH).build()));
    Deal won = Deal.builder().id("D1").stage(def.stage("closed-won")).amount(Money.parse("EUR 1.00"))
        .closedDate(LocalDate.parse("2026-01-01")).build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> won.with(change("probability", "1", "0.5")));
    assertTrue(e.getMessage().contains("cannot be set on a closed deal"), e.getMessage());
    InvalidValueException cleared = assertThrows(InvalidValueException.class,
        () -> won.with(change("probability", "1", null)));
    assertTrue(cleared.getMessage().contains("probability '(absent)' cannot be set on a closed deal"),
        cleared.getMessage());
  }

  @Test
  void money_as_a_plain_decimal_needs_an_amount_to_take_the_currency_from() {
    Deal noAmount = Deal.builder().id("D1").stage(def.stage("proposal")).build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> noAmount.with(change("costToClose", null, "1200.00")));
    assertEquals("deal D1: costToClose '1200.00' must name its currency (USD 1234.50): the deal has no amount to "
        + "take it from", e.getMessage());
    assertEquals(Optional.of(Money.parse("USD 1200.00")), noAmount.with(change("amount", null, "USD 1200.00"))
        .amount());
  }

  @Test
  void reads_a_field_as_the_text_a_field_change_carries() {
    assertEquals(Optional.of("EUR 500.00"), deal.fieldText("amount"));
    assertEquals(Optional.of("0.6"), deal.fieldText("probability"));
    assertEquals(Optional.of("BEST_CASE"), deal.fieldText("forecastCategory"));
    assertEquals(Optional.of("2026-12-15"), deal.fieldText("expectedCloseDate"));
    assertEquals(Optional.of("proposal"), deal.fieldText("stage"));
    assertEquals(Optional.of("EMEA"), deal.fieldText("attributes.region"));
    assertEquals(Optional.empty(), deal.fieldText("costToClose"));
    assertEquals(Optional.empty(), deal.fieldText("attributes.champion"));
    assertThrows(InvalidValueException.class, () -> deal.fieldText("colour"));
    // the text reads back through a field change unchanged
    assertEquals(deal.amount(), deal.with(change("amount", "EUR 1.00", deal.fieldText("amount").get())).amount());
  }

  @Test
  void moves_under_a_new_definition_version_by_stage_id_or_alias_keeping_overrides() {
    PipelineDefinition v2 = TestPipelines.standardV2();
    Deal inDiscovery = Deal.builder().id("D2").amount(Money.parse("EUR 1000.00")).stage(def.stage("discovery")).build();
    Deal mapped = inDiscovery.inDefinition(v2);
    assertEquals(v2.stage("solution"), mapped.stage());
    assertEquals(Probability.parse("0.35"), mapped.effectiveProbability().probability());
    Deal overridden = deal.with(change("probability", "0.6", "0.7")).inDefinition(v2);
    assertEquals(v2.stage("proposal"), overridden.stage());
    assertEquals(Probability.parse("0.7"), overridden.effectiveProbability().probability());
    assertEquals(deal.attributes(), overridden.attributes());
    Deal prospect = Deal.builder().id("D3").stage(def.stage("prospecting")).build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> prospect.inDefinition(v2));
    assertTrue(e.getMessage().contains("stage 'prospecting' must map to a stage of pipeline"), e.getMessage());
  }
}
