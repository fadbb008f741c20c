package dev.revops.core.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.StageChange;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DealWithHistoryTest {
  final PipelineDefinition definition = TestPipelines.standard();

  DealHistory historyOf(String id) {
    return DealHistory.of(List.of(StageChange.builder().dealId(id).to(definition.stage("prospecting"))
        .at(Instant.parse("2026-01-05T10:00:00Z")).actor("alice").build()));
  }

  Deal dealOf(String id) {
    return Deal.builder().id(id).name("Acme platform").owner("alice").account("Acme")
        .createdDate(LocalDate.parse("2026-09-01")).expectedCloseDate(LocalDate.parse("2026-12-15"))
        .amount(Money.parse("USD 48000.00")).stage(definition.stage("proposal")).build();
  }

  @Test
  void a_history_alone_is_known_by_its_deal_id() {
    DealWithHistory only = DealWithHistory.ofHistory(historyOf("D1"));
    assertEquals("D1", only.id());
    assertTrue(only.deal().isEmpty());
  }

  @Test
  void a_history_of_another_deal_is_refused_naming_both_ids() {
    Deal deal = dealOf("D1");
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> DealWithHistory.of(deal, historyOf("D2")));
    assertTrue(e.getMessage().contains("D2") && e.getMessage().contains("D1"), e.getMessage());
  }

  @Test
  void a_deal_with_its_own_history_keeps_both() {
    Deal deal = dealOf("D1");
    DealWithHistory both = DealWithHistory.of(deal, historyOf("D1"));
    assertEquals("D1", both.id());
    assertEquals(deal, both.deal().orElseThrow());
  }

  @Test
  void nulls_are_refused_naming_the_argument() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> DealWithHistory.ofDeal(null));
    assertEquals("deal", e.getMessage());
  }

  @Test
  void the_missing_part_is_named_in_the_same_words_for_every_computation() {
    assertEquals(java.util.Optional.of("no stage history"), DealWithHistory.ofDeal(dealOf("D1")).missingPart());
    assertEquals(java.util.Optional.of("no deal record"), DealWithHistory.ofHistory(historyOf("D1")).missingPart());
    assertTrue(DealWithHistory.of(dealOf("D1"), historyOf("D1")).missingPart().isEmpty());
  }
}
