package dev.revops.forecast.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.InvalidValueException;
import dev.revops.core.deal.Deal;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.FieldChange;
import dev.revops.core.history.StageChange;
import dev.revops.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Series rebuilt from the current deal, its stage history and its field changes, worked by hand. */
class DealSeriesTest {
  /** States as of 2026-10-01, 2026-10-15 and 2026-11-01 (UTC). */
  static final ReviewOptions OCTOBER = ReviewOptions.builder()
      .scope(Week.quarters(Instant.parse("2026-11-01T00:00:00Z")).build())
      .addStates(PipelineState.of("2026-10-01", Instant.parse("2026-10-01T00:00:00Z")),
          PipelineState.of("2026-10-15", Instant.parse("2026-10-15T00:00:00Z")),
          PipelineState.of("2026-11-01", Instant.parse("2026-11-01T00:00:00Z")))
      .build();

  /** In Negotiation now at USD 10,000; entered Prospecting on 5 Oct, Negotiation on 25 Oct. */
  static final Deal R = Week.open("R", "10000.00", "negotiation", "2026-12-15");

  static final DealHistory R_HISTORY = DealHistory.of(List.of(
      StageChange.builder().dealId("R").to(Week.DEF.stage("prospecting")).at(Instant.parse("2026-10-05T09:00:00Z"))
          .build(),
      StageChange.builder().dealId("R").from(Week.DEF.stage("prospecting")).to(Week.DEF.stage("negotiation"))
          .at(Instant.parse("2026-10-25T00:00:00Z")).build()));

  /** The amount went from 8,000 to 10,000 on 20 Oct. */
  static final List<FieldChange> R_CHANGES = List.of(FieldChange.builder().dealId("R").field("amount")
      .from("8000.00").to("10000.00").at(Instant.parse("2026-10-20T12:00:00Z")).build());

  @Test
  void a_deal_with_a_history_is_absent_before_its_first_stage_change_and_as_it_was_at_each_state_after() {
    DealSeries s = DealSeries.rebuilt(R, R_HISTORY, R_CHANGES, OCTOBER).orElseThrow();
    assertEquals("R", s.dealId());
    assertEquals(Optional.empty(), s.at(0));
    Deal mid = s.at(1).orElseThrow();
    assertEquals("prospecting", mid.stage().id());
    assertEquals(Optional.of(Money.parse("USD 8000.00")), mid.amount());
    assertEquals(Optional.of(LocalDate.parse("2026-12-15")), mid.expectedCloseDate());
    Deal now = s.at(2).orElseThrow();
    assertEquals("negotiation", now.stage().id());
    assertEquals(Optional.of(Money.parse("USD 10000.00")), now.amount());
    assertEquals(Optional.of(R_HISTORY), s.history());
  }

  static Deal created(String id, String date) {
    return Deal.builder().id(id).owner("ann").amount(Money.parse("USD 500.00")).stage(Week.DEF.stage("proposal"))
        .expectedCloseDate(LocalDate.parse("2026-12-01")).createdDate(LocalDate.parse(date)).build();
  }

  @Test
  void a_deal_without_a_history_exists_from_its_created_date_in_its_current_stage() {
    Deal created = created("N", "2026-10-10");
    DealSeries s = DealSeries.rebuilt(created, List.of(), OCTOBER).orElseThrow();
    assertEquals(List.of(Optional.empty(), Optional.of(created), Optional.of(created)), s.states());
    assertEquals(Optional.empty(), s.history());
  }

  @Test
  void a_deal_created_after_every_state_gives_no_series() {
    Deal later = created("L", "2026-11-05");
    assertEquals(Optional.empty(), DealSeries.rebuilt(later, List.of(), OCTOBER));
  }

  @Test
  void records_that_disagree_cannot_be_rebuilt() {
    Deal proposal = Week.open("R", "10000.00", "proposal", "2026-12-15");
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> DealSeries.rebuilt(proposal, R_HISTORY, R_CHANGES, OCTOBER));
    assertTrue(e.getMessage().contains("the history ends in negotiation"), e.getMessage());
  }
}
