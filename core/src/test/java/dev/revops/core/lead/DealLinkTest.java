package dev.revops.core.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DealLinkTest {
  final PipelineDefinition def = TestPipelines.standard();
  final DealLink link = DealLink.builder().leadId("L1").dealId("D7").convertedAt(Instant.parse("2026-03-09T10:00:00Z"))
      .build();

  Deal deal(String stage, String closed) {
    return Deal.builder().id("D7").amount(Money.parse("USD 1000.00")).stage(def.stage(stage))
        .closedDate(Optional.ofNullable(closed).map(LocalDate::parse)).build();
  }

  @Test
  void takes_the_outcome_of_the_deal_at_the_start_of_its_closed_date() {
    DealLink won = link.withOutcome(deal("closed-won", "2026-05-20"), ZoneOffset.UTC);
    assertEquals(Optional.of(Instant.parse("2026-05-20T00:00:00Z")), won.wonAt());
    assertEquals(Optional.empty(), won.lostAt());
    // In Paris the 20th of May starts at 22:00 UTC the day before.
    DealLink lost = link.withOutcome(deal("closed-lost", "2026-05-20"), ZoneId.of("Europe/Paris"));
    assertEquals(Optional.of(Instant.parse("2026-05-19T22:00:00Z")), lost.lostAt());
    assertEquals(false, link.withOutcome(deal("proposal", null), ZoneOffset.UTC).isClosed());
  }

  @Test
  void a_deal_closed_on_the_day_of_conversion_closes_at_the_conversion_instant() {
    DealLink won = link.withOutcome(deal("closed-won", "2026-03-09"), ZoneOffset.UTC);
    assertEquals(Optional.of(Instant.parse("2026-03-09T10:00:00Z")), won.wonAt());
  }

  @Test
  void refuses_another_deal_and_a_deal_both_won_and_lost() {
    Deal other = Deal.builder().id("D8").stage(def.stage("proposal")).build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> link.withOutcome(other, ZoneOffset.UTC));
    assertTrue(e.getMessage().contains("deal 'D8' must be the linked deal"), e.getMessage());
    assertThrows(InvalidValueException.class, () -> DealLink.builder().leadId("L1").dealId("D7")
        .convertedAt(Instant.EPOCH).wonAt(Instant.EPOCH).lostAt(Instant.EPOCH).build());
  }
}
