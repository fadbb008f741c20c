package dev.revops.forecast.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.columnar.DealBatch;
import dev.revops.core.deal.Deal;
import dev.revops.core.dimension.Dimension;
import dev.revops.core.metric.Exclusion;
import dev.revops.core.money.Money;
import dev.revops.forecast.conversion.BuiltInModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The weighted pipeline of a small batch, worked out by hand. */
class WeightedPipelineBatchTest {

  static final List<Deal> DEALS = List.of(
      // alice, 2026-Q4, USD: proposal at its default 0.6: 1000.00 x 0.6 = 600.00; cost 100.00 x 0.6 = 60.00;
      // margin 1000.00 x 0.5 x 0.6 = 300.00
      Deal.builder().id("A").owner("alice").amount(Money.parse("USD 1000.00")).stage(Deals.DEF.stage("proposal"))
          .expectedCloseDate(LocalDate.parse("2026-11-15")).costToClose(Money.parse("USD 100.00"))
          .projectedMarginRate(new BigDecimal("0.5")).build(),
      // alice, 2026-Q4, USD: negotiation overridden to 0.35: 250.25 x 0.35 = 87.5875
      Deals.open("B", "alice", "USD 250.25", "negotiation", "2026-12-31", "0.35"),
      // bob, 2026-Q3, EUR: discovery 0.4: 80.10 x 0.4 = 32.04; expected before the as-of date: past due
      Deals.open("C", "bob", "EUR 80.10", "discovery", "2026-09-20"),
      // carol: no expected close date, needed to group by close period: excluded
      Deal.builder().id("D").owner("carol").amount(Money.parse("USD 500.00")).stage(Deals.DEF.stage("proposal"))
          .build(),
      // dan: won, closed: excluded
      Deals.closed("E", "dan", "USD 700.00", "closed-won", "2026-08-01"),
      // erin, 2027-Q1, JPY (no minor unit): 9,223,372,036,854,775,000 x 0.8 = 7,378,697,629,483,820,000
      // (the product of the unscaled amount and probability, x 8, is beyond a long: kept exactly)
      Deals.open("F", "erin", "JPY 9223372036854775000", "negotiation", "2027-01-10"),
      // erin, 2027-Q1, JPY: 807 x 0.8 = 645.6; the group's amount is 9,223,372,036,854,775,807 = Long.MAX_VALUE
      Deals.open("G", "erin", "JPY 807", "negotiation", "2027-02-01"));

  static WeightedPipeline pipeline() {
    return new WeightedPipeline(PipelineTestScopes.options(Dimension.OWNER, Dimension.CLOSE_PERIOD),
        BuiltInModel.DEAL_EFFECTIVE);
  }

  @Test
  void a_batch_of_deals_is_weighted_grouped_and_excluded_as_worked_out_by_hand() {
    WeightedPipelineResult r = pipeline().addAll(DealBatch.of(DEALS)).result();
    assertEquals(3, r.groups().size());
    PipelineFigures alice = r.groups().get(0);
    assertEquals(Map.of("owner", "alice", "closePeriod", "2026-Q4"), alice.group());
    assertEquals(2, alice.deals());
    assertEquals(Money.parse("USD 1250.25"), alice.openAmount());
    // 600.00 + 87.5875 = 687.5875, rounded once: 687.59
    assertEquals(Money.parse("USD 687.59"), alice.weighted());
    assertEquals(Money.parse("USD 60.00"), alice.weightedCostToClose());
    assertEquals(1, alice.dealsWithCost());
    assertEquals(Money.parse("USD 300.00"), alice.weightedProjectedMargin());
    assertEquals(1, alice.dealsWithMargin());
    PipelineFigures bob = r.groups().get(1);
    assertEquals(Map.of("owner", "bob", "closePeriod", "2026-Q3"), bob.group());
    assertEquals(Money.parse("EUR 32.04"), bob.weighted());
    PipelineFigures erin = r.groups().get(2);
    assertEquals(Money.ofMinor("JPY", Long.MAX_VALUE), erin.openAmount());
    // 7,378,697,629,483,820,000 + 645.6 = 7,378,697,629,483,820,645.6, rounded: ...646
    assertEquals(Money.ofMinor("JPY", 7_378_697_629_483_820_646L), erin.weighted());
    assertEquals(1, r.pastDue());
    assertEquals(Map.of("closed", 1L, "no expected close date", 1L), r.provenance().excluded().stream()
        .collect(Collectors.toMap(Exclusion::reason, Exclusion::count)));
  }

  @Test
  void the_batch_gives_the_result_of_adding_each_deal() {
    WeightedPipeline one = pipeline();
    DEALS.forEach(one::add);
    assertEquals(one.result(), pipeline().addAll(DealBatch.of(DEALS)).result());
  }

  @Test
  void without_grouping_by_period_a_deal_without_close_date_counts_and_is_not_past_due() {
    WeightedPipeline byOwner = new WeightedPipeline(PipelineTestScopes.options(Dimension.OWNER),
        BuiltInModel.STAGE_DEFAULT);
    WeightedPipelineResult r = byOwner.addAll(DealBatch.of(DEALS.subList(0, 4))).result();
    // carol's 500.00 at proposal's 0.6 = 300.00, in group (carol); B at negotiation's default 0.8 now:
    // alice 600.00 + 250.25 x 0.8 = 200.20 -> 800.20
    assertEquals(Money.parse("USD 800.20"), r.groups().get(0).weighted());
    assertEquals(Money.parse("USD 300.00"), r.groups().get(2).weighted());
    assertEquals(1, r.pastDue());
    assertEquals(LocalDate.parse("2026-09-20"), DEALS.get(2).expectedCloseDate().orElseThrow());
  }
}
