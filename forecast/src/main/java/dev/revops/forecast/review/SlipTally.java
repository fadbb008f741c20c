package dev.revops.forecast.review;

import dev.revops.core.deal.Deal;
import dev.revops.core.metric.TopN;
import dev.revops.core.money.Money;
import java.util.Comparator;
import java.util.Optional;

/**
 * The pipeline review's close-date slips over every pair of consecutive states: how many deals
 * slipped, how many slips and days in all, and the most slipped deals.
 */
final class SlipTally {
  private final ReviewLens lens;
  private final TopN<CloseDateSlip> slips;
  private long dealsSlipped;
  private long slipCount;
  private long daysSlipped;

  SlipTally(ReviewLens lens, int listLimit) {
    this.lens = lens;
    this.slips = new TopN<>(listLimit, Comparator.comparingInt(CloseDateSlip::slips).reversed()
        .thenComparing(CloseDateSlip::daysSlipped, Comparator.reverseOrder()).thenComparing(CloseDateSlip::dealId)
        .thenComparing(Object::toString));
  }

  /** Counts one deal's slips across all the states. */
  void add(DealSeries series) {
    Slips.of(series, 0).ifPresent(s -> {
      dealsSlipped++;
      slipCount += s.count();
      daysSlipped += s.days();
      Optional<Money> amount = latestPresent(series).flatMap(lens::value);
      slips.add(new CloseDateSlip.Builder().dealId(series.dealId()).slips(s.count()).daysSlipped(s.days())
          .firstExpected(s.first()).latestExpected(s.last()).amount(amount).build());
    });
  }

  private static Optional<Deal> latestPresent(DealSeries series) {
    for (int i = series.states().size() - 1; i >= 0; i--) {
      if (series.at(i).isPresent()) {
        return series.at(i);
      }
    }
    return Optional.empty();
  }

  /** Adds another tally of other deals. */
  void merge(SlipTally other) {
    slips.merge(other.slips);
    dealsSlipped += other.dealsSlipped;
    slipCount += other.slipCount;
    daysSlipped += other.daysSlipped;
  }

  /** Puts the slips into a result. */
  void into(PipelineReviewResult.Builder b) {
    b.addAllSlips(slips.result()).dealsSlipped(dealsSlipped).slipCount(slipCount).daysSlipped(daysSlipped);
  }
}
