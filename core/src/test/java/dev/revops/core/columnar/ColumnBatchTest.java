package dev.revops.core.columnar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revops.core.deal.Deal;
import dev.revops.core.deal.ProbabilityOverride;
import dev.revops.core.history.DealHistory;
import dev.revops.core.history.StageChange;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.DealField;
import dev.revops.core.pipeline.PipelineDefinition;
import dev.revops.core.pipeline.TestPipelines;
import dev.revops.core.probability.Probability;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Column batches by example: codes in the order first seen, absent values, and the limits. */
class ColumnBatchTest {
  static final PipelineDefinition DEF = TestPipelines.standard();

  static Deal deal(String id, String owner, String amount) {
    return builder(id, owner, amount).build();
  }

  static Deal.Builder builder(String id, String owner, String amount) {
    Deal.Builder b = Deal.builder().id(id).owner(Optional.ofNullable(owner)).stage(DEF.stage("proposal"));
    if (amount != null) {
      b.amount(Money.parse(amount));
    }
    return b;
  }

  @Test
  void texts_stages_and_currencies_are_coded_in_the_order_first_seen() {
    DealBatch b = DealBatch.of(List.of(deal("1", "bo", "EUR 1.50"), deal("2", "al", "USD 2.00"),
        deal("3", "bo", null), deal("4", null, "EUR 0.01")));
    assertEquals(4, b.size());
    // owners: bo is code 0, al code 1; deal 4 has none
    assertEquals(List.of(0, 1, 0, -1), List.of(b.textCode(DealField.OWNER, 0), b.textCode(DealField.OWNER, 1),
        b.textCode(DealField.OWNER, 2), b.textCode(DealField.OWNER, 3)));
    assertEquals("al", b.text(DealField.OWNER, 1));
    assertEquals(2, b.textCount(DealField.OWNER));
    // EUR 1.50 is 150 minor units of currency 0 (EUR); deal 3 has no amount and no currency
    assertEquals(150, b.amountMinor(0));
    assertEquals("EUR", b.currency(b.currencyCode(0)).getCurrencyCode());
    assertEquals(-1, b.currencyCode(2));
    assertEquals(false, b.hasAmount(2));
    assertEquals(1, b.stageCount());
    assertEquals(DealBatch.NO_DATE, b.day(DealField.EXPECTED_CLOSE_DATE, 0));
  }

  @Test
  void a_date_beyond_the_int_epoch_days_is_refused_and_the_builder_keeps_what_it_had() {
    DealBatch.Builder b = DealBatch.builder().add(deal("1", "bo", "EUR 1.50"));
    Deal far = builder("2", "new-owner", "EUR 1.00").expectedCloseDate(LocalDate.MAX).build();
    BatchLimitException e = assertThrows(BatchLimitException.class, () -> b.add(far));
    assertTrue(e.getMessage().contains("deal 2: expectedCloseDate +999999999-12-31"), e.getMessage());
    DealBatch built = b.build();
    assertEquals(1, built.size());
    // the refused deal's owner was not coded
    assertEquals(1, built.textCount(DealField.OWNER));
  }

  @Test
  void an_override_with_more_than_eighteen_decimals_is_refused() {
    Deal fine = builder("1", "bo", "EUR 1.50")
        .probabilityOverride(ProbabilityOverride.of(Probability.of(new BigDecimal("0.123456789012345678")), "bo"))
        .build();
    Deal tooFine = builder("1", "bo", "EUR 1.50")
        .probabilityOverride(ProbabilityOverride.of(Probability.of(new BigDecimal("0.1234567890123456789")), "bo"))
        .build();
    DealBatch.Builder b = DealBatch.builder().add(fine);
    assertEquals(18, b.build().maxOverrideScale());
    assertThrows(BatchLimitException.class, () -> b.add(tooFine));
    assertEquals(1, b.size());
  }

  @Test
  void a_margin_rate_comes_back_at_its_own_scale() {
    Deal d = builder("1", "bo", "EUR 1.50").projectedMarginRate(new BigDecimal("0.5810")).build();
    DealBatch b = DealBatch.of(List.of(d));
    assertEquals(5810, b.marginRateUnscaled(0));
    assertEquals(4, b.marginRateScale(0));
    assertEquals(d, b.deal(0));
  }

  @Test
  void a_history_is_held_as_flat_changes_with_its_range() {
    Instant t = Instant.parse("2026-01-01T00:00:00.5Z");
    DealHistory h = DealHistory.of(List.of(
        StageChange.builder().dealId("7").to(DEF.stage("prospecting")).at(t).build(),
        StageChange.builder().dealId("7").from(DEF.stage("prospecting")).to(DEF.stage("closed-won"))
            .at(t.plusSeconds(60)).actor("bo").build()));
    HistoryBatch b = HistoryBatch.of(List.of(h, h));
    assertEquals(4, b.changeCount());
    assertEquals(2, b.firstChange(1));
    assertEquals(4, b.endChange(1));
    assertEquals(-1, b.fromCode(0));
    assertEquals(0, b.fromCode(1));
    assertEquals("closed-won", b.stage(b.toCode(1)).id());
    assertEquals(t.getEpochSecond() + 60, b.epochSecond(1));
    assertEquals(500_000_000, b.nano(1));
    assertEquals(h, b.history(1));
  }

  @Test
  void a_field_that_is_no_column_is_named_in_the_refusal() {
    DealBatch b = DealBatch.of(List.of(deal("1", "bo", "EUR 1.50")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.textCode(DealField.NAME, 0));
    assertTrue(e.getMessage().contains("name"), e.getMessage());
  }
}
