package dev.revops.core.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.history.FieldChange;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.Stage;
import dev.revops.core.pipeline.TestPipelines;
import dev.revops.core.pipeline.TransitionRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class DealProperties {
  final PipelineDefinition anything = TestPipelines.standard(TransitionRules.builder().allowReopen(true).build());

  @Property
  void the_weighted_value_lies_between_zero_and_the_amount(@ForAll Deal deal) {
    Assume.that(deal.amount().isPresent());
    Money w = deal.weightedValue().orElseThrow();
    Money amount = deal.amount().get();
    assertTrue(!w.isNegative() && !w.isGreaterThan(amount), w + " of " + amount);
    if (deal.isWon()) {
      assertEquals(amount, w);
    }
    if (deal.isLost()) {
      assertTrue(w.isZero());
    }
  }

  @Property
  void the_effective_probability_is_the_override_when_there_is_one(@ForAll Deal deal) {
    assertEquals(deal.probabilityOverride().map(ProbabilityOverride::probability)
            .orElse(deal.stage().defaultProbability()),
        deal.effectiveProbability().probability());
  }

  @Property
  void a_move_changes_the_stage_and_closed_date_and_keeps_every_other_field(@ForAll Deal deal,
      @ForAll Stage target) {
    Assume.that(!target.id().equals(deal.stage().id()));
    Instant at = deal.createdDate().orElse(LocalDate.of(2020, 1, 1)).plusDays(400)
        .atStartOfDay(anything.timeZone()).toInstant();
    Deal withAmount = deal.amount().isPresent() && deal.amount().get().isPositive() ? deal : rebuiltWithAmount(deal);
    StageMove move;
    try {
      move = withAmount.moveTo(anything, target.id(), at, "tester");
    } catch (StageGateException refused) {
      // Only criteria can refuse here; they are listed, never empty.
      assertTrue(!refused.decision().violations().isEmpty());
      return;
    }
    Deal moved = move.deal();
    assertEquals(anything.stage(target.id()), moved.stage());
    assertEquals(target.isClosed(), moved.closedDate().isPresent());
    assertEquals(Optional.empty(), moved.probabilityOverride());
    assertEquals(withAmount.id(), moved.id());
    assertEquals(withAmount.name(), moved.name());
    assertEquals(withAmount.account(), moved.account());
    assertEquals(withAmount.owner(), moved.owner());
    assertEquals(withAmount.source(), moved.source());
    assertEquals(withAmount.segment(), moved.segment());
    assertEquals(withAmount.product(), moved.product());
    assertEquals(withAmount.amount(), moved.amount());
    assertEquals(withAmount.createdDate(), moved.createdDate());
    assertEquals(withAmount.expectedCloseDate(), moved.expectedCloseDate());
    assertEquals(withAmount.costToClose(), moved.costToClose());
    assertEquals(withAmount.projectedMarginRate(), moved.projectedMarginRate());
    assertEquals(withAmount.attributes(), moved.attributes());
    assertEquals(withAmount.stage(), move.change().from().orElseThrow());
    assertEquals(anything.stage(target.id()), move.change().to());
  }

  @Property
  void a_field_s_text_reads_back_through_a_field_change_to_the_same_deal(@ForAll Deal deal) {
    for (String path : List.of("name", "account", "owner", "source", "segment", "product", "amount",
        "expectedCloseDate", "costToClose", "projectedMarginRate")) {
      Optional<String> text = deal.fieldText(path);
      if (text.isEmpty()) {
        continue;
      }
      // clear the field, then set it back from its text: the deal is the same again
      Deal cleared = deal.with(FieldChange.builder().dealId(deal.id()).field(path).from(text).at(Instant.EPOCH)
          .build());
      assertEquals(Optional.empty(), cleared.fieldText(path));
      Deal back = cleared.with(FieldChange.builder().dealId(deal.id()).field(path).to(text).at(Instant.EPOCH).build());
      assertEquals(deal, back, path + " '" + text.get() + "'");
    }
  }

  @Property
  void a_deal_under_its_own_definition_is_the_same_deal(@ForAll Deal deal) {
    assertEquals(deal, deal.inDefinition(TestPipelines.standard()));
  }

  private static Deal rebuiltWithAmount(Deal d) {
    return Deal.builder().id(d.id()).name(d.name()).account(d.account()).owner(d.owner()).source(d.source())
        .segment(d.segment()).product(d.product()).amount(Money.parse("USD 1.00")).stage(d.stage())
        .createdDate(d.createdDate()).expectedCloseDate(d.expectedCloseDate()).closedDate(d.closedDate())
        .probabilityOverride(d.probabilityOverride()).forecastCategoryOverride(d.forecastCategoryOverride())
        .projectedMarginRate(d.projectedMarginRate()).putAllAttributes(d.attributes()).build();
  }
}
