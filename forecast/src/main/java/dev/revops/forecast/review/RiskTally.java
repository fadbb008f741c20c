package dev.revops.forecast.review;

import dev.revops.core.deal.Deal;
import dev.revops.core.history.StageVisit;
import dev.revops.core.metric.TopN;
import dev.revops.core.money.Money;
import dev.revops.core.money.Rounding;
import dev.revops.forecast.conversion.ProbabilityModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The pipeline review's deals at risk among the open deals of the latest state: stalled, past due,
 * slipped repeatedly, amount cut, or a probability override far from the reference model; how many
 * deals and flags per reason, the riskiest deals, and how many open deals could not be judged for
 * stalling (their stage has no aging threshold).
 */
final class RiskTally {
  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

  private final ReviewOptions options;
  private final ProbabilityModel reference;
  private final ReviewLens lens;
  private final TopN<DealAtRisk> atRisk;
  private final long[] riskCounts = new long[RiskReason.values().length];
  private long dealsAtRisk;
  private long notJudged;

  RiskTally(ReviewOptions options, ProbabilityModel reference, ReviewLens lens) {
    this.options = options;
    this.reference = reference;
    this.lens = lens;
    this.atRisk = new TopN<>(options.listLimit(), Comparator.comparing((DealAtRisk d) -> d.flags().size())
        .reversed().thenComparing(d -> d.amount().map(Money::getAmount).orElse(BigDecimal.ONE.negate()),
            Comparator.reverseOrder()).thenComparing(DealAtRisk::dealId).thenComparing(Object::toString));
  }

  /** Judges one deal, if it is open in the latest state. */
  void add(DealSeries series) {
    series.latest().filter(Deal::isOpen).ifPresent(now -> judge(series, now));
  }

  private void judge(DealSeries series, Deal now) {
    List<RiskFlag> flags = new ArrayList<>();
    int last = series.states().size() - 1;
    LocalDate today = options.dateOf(last);
    stalled(series, now, last).ifPresent(flags::add);
    now.expectedCloseDate().filter(d -> d.isBefore(today)).ifPresent(d -> flags.add(RiskFlag.of(RiskReason.PAST_DUE,
        "expected to close " + d + ", " + ChronoUnit.DAYS.between(d, today) + " days before " + today)));
    Slips.of(series, 0).filter(slipped -> slipped.count() >= options.slipsAtRisk()).ifPresent(slipped ->
        flags.add(RiskFlag.of(RiskReason.SLIPPED_REPEATEDLY, "slipped " + slipped.count() + " times, "
            + slipped.days() + " days in all (" + slipped.first() + " -> " + slipped.last() + ")")));
    amountCut(series, now).ifPresent(flags::add);
    overrideFarFromModel(now).ifPresent(flags::add);
    if (!flags.isEmpty()) {
      dealsAtRisk++;
      flags.forEach(f -> riskCounts[f.reason().ordinal()]++);
      atRisk.add(new DealAtRisk.Builder().dealId(now.id()).owner(now.owner()).stageId(now.stage().id())
          .amount(lens.value(now)).expectedCloseDate(now.expectedCloseDate()).addAllFlags(flags).build());
    }
  }

  private Optional<RiskFlag> stalled(DealSeries series, Deal now, int last) {
    String stage = now.stage().id();
    BigDecimal threshold = options.agingThresholdDays().get(stage);
    if (threshold == null) {
      notJudged++;
      return Optional.empty();
    }
    Optional<StageVisit> visit = series.history().flatMap(h -> {
      List<StageVisit> visits = h.visits(options.latest().asOf());
      return visits.isEmpty() ? Optional.empty() : Optional.of(visits.get(visits.size() - 1));
    }).filter(v -> v.isCurrent() && v.stage().id().equals(stage));
    if (visit.isPresent()) {
      BigDecimal days = BigDecimal.valueOf(visit.get().duration().getSeconds())
          .divide(SECONDS_PER_DAY, 2, Rounding.DURATION);
      return days.compareTo(threshold) > 0 ? Optional.of(RiskFlag.of(RiskReason.STALLED, days.toPlainString()
          + " days in " + stage + ", threshold " + threshold.toPlainString())) : Optional.empty();
    }
    int first = last;
    while (first > 0 && series.at(first - 1).map(d -> d.stage().id().equals(stage)).orElse(false)) {
      first--;
    }
    long days = ChronoUnit.DAYS.between(options.dateOf(first), options.dateOf(last));
    return BigDecimal.valueOf(days).compareTo(threshold) > 0 ? Optional.of(RiskFlag.of(RiskReason.STALLED,
        "at least " + days + " days in " + stage + " (since " + options.states().get(first).label() + "), threshold "
            + threshold.toPlainString())) : Optional.empty();
  }

  private Optional<RiskFlag> amountCut(DealSeries series, Deal now) {
    if (now.amount().isEmpty()) {
      return Optional.empty();
    }
    for (int i = 0; i < series.states().size() - 1; i++) {
      Optional<Deal> d = series.at(i);
      if (d.isPresent()) {
        Optional<Money> then = d.get().amount();
        if (then.isPresent() && then.get().isSameCurrency(now.amount().get())
            && now.amount().get().isLessThan(then.get())) {
          return Optional.of(RiskFlag.of(RiskReason.AMOUNT_CUT, "amount " + then.get() + " -> " + now.amount().get()
              + " since " + options.states().get(i).label()));
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private Optional<RiskFlag> overrideFarFromModel(Deal now) {
    return now.probabilityOverride().flatMap(o -> {
      BigDecimal ref = reference.probability(now).toBigDecimal();
      BigDecimal gap = o.probability().toBigDecimal().subtract(ref).abs();
      if (gap.compareTo(options.overrideTolerance()) <= 0) {
        return Optional.empty();
      }
      return Optional.of(RiskFlag.of(RiskReason.OVERRIDE_FAR_FROM_MODEL, "override "
          + percent(o.probability().toBigDecimal()) + " set by " + o.setBy() + ", " + reference.ref().id() + " says "
          + percent(ref)));
    });
  }

  private static String percent(BigDecimal p) {
    return p.movePointRight(2).setScale(1, Rounding.PROBABILITY).toPlainString() + "%";
  }

  /** Adds another tally of other deals. */
  void merge(RiskTally other) {
    atRisk.merge(other.atRisk);
    for (int i = 0; i < riskCounts.length; i++) {
      riskCounts[i] += other.riskCounts[i];
    }
    dealsAtRisk += other.dealsAtRisk;
    notJudged += other.notJudged;
  }

  /** Puts the deals at risk and the counts into a result. */
  void into(PipelineReviewResult.Builder b) {
    b.addAllAtRisk(atRisk.result()).dealsAtRisk(dealsAtRisk).notJudgedForStalling(notJudged);
    for (RiskReason r : RiskReason.values()) {
      if (riskCounts[r.ordinal()] > 0) {
        b.putRiskCounts(r, riskCounts[r.ordinal()]);
      }
    }
  }
}
