package dev.revops.forecast.calls;

import dev.revops.core.roster.CreditDate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revops.core.aggregate.AccumulatorContract;
import dev.revops.core.deal.Deal;
import dev.revops.core.money.Money;
import dev.revops.forecast.conversion.BuiltInModel;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The Wednesday review per manager: the accumulator contract; a manager's figures hold their reports'. */
class ManagerReviewProperties implements AccumulatorContract<Deal, ManagerReviewResult, ManagerReview> {

  @Override
  public ManagerReview empty() {
    return new ManagerReview(ManagerReviewOptions.builder().callOptions(CallDeals.options(CreditDate.CLOSE_DATE))
        .period("2026-Q3").currency(Money.currency("USD")).addAllTargets(TargetRollupTest.targets()).build(),
        BuiltInModel.STAGE_DEFAULT);
  }

  @Provide
  Arbitrary<List<Deal>> records() {
    return CallArbitraries.deals().list().ofMaxSize(30);
  }

  @Property(tries = 100)
  void a_region_s_won_and_weighted_amounts_are_at_least_its_managers_and_the_system_is_won_plus_weighted(
      @ForAll("records") List<Deal> deals) {
    ManagerReview review = empty();
    deals.forEach(review::add);
    ManagerReviewResult r = review.result();
    for (ManagerRow row : r.rows()) {
      assertEquals(row.closedWon().plus(row.weightedPipeline()), row.systemForecast());
      row.p10().ifPresent(p10 -> {
        assertEquals(true, p10.compareTo(row.p50().orElseThrow()) <= 0);
        assertEquals(true, row.p50().orElseThrow().compareTo(row.p90().orElseThrow()) <= 0);
        assertEquals(true, row.closedWon().compareTo(p10) <= 0);
      });
      row.reportsTo().flatMap(r::row).ifPresent(up -> assertEquals(true,
          up.closedWon().compareTo(row.closedWon()) >= 0 && up.withoutAdjustments().compareTo(
              row.withoutAdjustments()) >= 0, up + " holds " + row));
    }
  }
}
