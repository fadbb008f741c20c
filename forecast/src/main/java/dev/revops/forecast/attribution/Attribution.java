package dev.revops.forecast.attribution;

import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.Money;
import dev.revops.core.money.Rounding;
import dev.revops.core.touch.DealJourney;
import dev.revops.core.touch.JourneyOutcome;
import dev.revops.core.touch.Touch;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The accumulator of attribution: each deal's amount split over its eligible touches by every
 * model, with {@link Money#allocate(List)} (largest remainder), so that each deal's credits sum to
 * its amount to the minor unit, and every total over channels, campaigns or segments equals the
 * credited deals' total.
 *
 * <p>A deal converts at its closed-won instant, an open deal at the scope's as-of; touches after
 * the conversion are ignored (and counted). Deals are excluded, per model and by reason, when lost
 * ({@code lost-deal}), open under {@link AmountBasis#WON_ONLY} ({@code open-deal}), in another
 * currency than the reporting one without a rate in the scope's table on the conversion date
 * ({@code no-exchange-rate}; with a rate the amount is converted and rounded half-even first), with no touch at or before the conversion ({@code no-touches}), or
 * when the model weighs none of their touches ({@code no-touch-at-milestone}). Memory grows with the
 * number of distinct channel, campaign, segment and period keys, not with deals.
 *
 * <p>Example:
 * <pre>{@code
 * Attribution a = new Attribution(AttributionOptions.of(scope, AttributionModel.standard(), "w-shaped",
 *     AmountBasis.WON_ONLY));
 * journeys.forEach(a::add);
 * AttributionResult r = a.result();
 * }</pre>
 */
public final class Attribution implements Accumulator<DealJourney, AttributionResult, Attribution> {
  /** The campaign credits of touches without a campaign are reported under. */
  public static final String NO_CAMPAIGN = "(none)";
  private final AttributionOptions options;
  private final Currency currency;
  private final List<Tally> tallies = new ArrayList<>();
  private long touchesAfterConversion;

  /**
   * An empty attribution.
   *
   * @param options the models, primary, basis and scope
   */
  public Attribution(AttributionOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.currency = options.scope().reportingCurrency().orElseThrow();
    for (AttributionModel m : options.models()) {
      tallies.add(new Tally(m, options.scope().exampleLimit()));
    }
  }

  @Override
  public void add(DealJourney deal) {
    Objects.requireNonNull(deal, "deal");
    Instant conversion = deal.closedWon().orElse(options.scope().asOf());
    List<Touch> eligible = new ArrayList<>();
    for (Touch t : deal.touchesInOrder()) {
      if (t.instant().isAfter(conversion)) {
        touchesAfterConversion++;
      } else {
        eligible.add(t);
      }
    }
    Optional<String> reason = reasonToExclude(deal, eligible, conversion);
    if (reason.isPresent()) {
      tallies.forEach(t -> t.excluded.add(reason.get(), deal.dealId()));
      return;
    }
    Money amount = creditedAmount(deal, conversion);
    String period = options.scope().periodOf(conversion).label();
    for (Tally tally : tallies) {
      List<BigDecimal> weights = tally.model.weights(deal, eligible, conversion);
      if (weights.stream().allMatch(w -> w.signum() == 0)) {
        tally.excluded.add("no-touch-at-milestone", deal.dealId());
        continue;
      }
      List<Money> parts = amount.allocate(weights);
      for (int i = 0; i < parts.size(); i++) {
        if (parts.get(i).isZero()) {
          continue; // a touch the model does not weigh gets no line, not a zero one
        }
        Touch t = eligible.get(i);
        tally.credits.merge(List.of(t.channel(), t.campaign().orElse(NO_CAMPAIGN), deal.segment(), period),
            parts.get(i).getAmountMinor(), Math::addExact);
      }
      tally.dealsTotalMinor = Math.addExact(tally.dealsTotalMinor, amount.getAmountMinor());
      tally.counted++;
    }
  }

  /** The amount credited: won at its amount, open weighted; converted to the reporting currency on the conversion date. */
  private Money creditedAmount(DealJourney deal, Instant conversion) {
    Money amount = deal.won() ? deal.amount() : deal.amount().multipliedBy(deal.probability(), Rounding.MONEY);
    if (amount.getCurrency().equals(currency)) {
      return amount;
    }
    return options.scope().exchangeRates().convert(amount, currency,
        LocalDate.ofInstant(conversion, options.scope().zone()), Rounding.MONEY);
  }

  private Optional<String> reasonToExclude(DealJourney deal, List<Touch> eligible, Instant conversion) {
    if (deal.outcome() == JourneyOutcome.LOST) {
      return Optional.of("lost-deal");
    }
    if (!deal.won() && options.basis() == AmountBasis.WON_ONLY) {
      return Optional.of("open-deal");
    }
    if (!deal.amount().getCurrency().equals(currency) && options.scope().exchangeRates()
        .rate(deal.amount().getCurrency(), currency, LocalDate.ofInstant(conversion, options.scope().zone()))
        .isEmpty()) {
      return Optional.of("no-exchange-rate");
    }
    if (eligible.isEmpty()) {
      return Optional.of("no-touches");
    }
    return Optional.empty();
  }

  @Override
  public Attribution merge(Attribution other) {
    MergeCheck.of("attribution", this, other).same("options", options, other.options);
    for (int i = 0; i < tallies.size(); i++) {
      Tally mine = tallies.get(i);
      Tally theirs = other.tallies.get(i);
      theirs.credits.forEach((k, v) -> mine.credits.merge(k, v, Math::addExact));
      mine.dealsTotalMinor = Math.addExact(mine.dealsTotalMinor, theirs.dealsTotalMinor);
      mine.counted += theirs.counted;
      mine.excluded.merge(theirs.excluded);
    }
    touchesAfterConversion += other.touchesAfterConversion;
    return this;
  }

  @Override
  public AttributionResult result() {
    Tally primary = tallies.stream().filter(t -> t.model.id().equals(options.primaryModel())).findFirst().orElseThrow();
    List<ModelCredits> models = new ArrayList<>();
    models.add(primary.result(options, currency, primary));
    for (Tally t : tallies) {
      if (t != primary) {
        models.add(t.result(options, currency, primary));
      }
    }
    return ImmutableAttributionResult.builder().primaryModel(options.primaryModel()).basis(options.basis())
        .addAllModels(models).touchesAfterConversion(touchesAfterConversion).build();
  }

  /** One model's running sums. */
  private static final class Tally {
    final AttributionModel model;
    final TreeMap<List<String>, Long> credits = new TreeMap<>(Tally::compareKeys);
    final ExclusionTally excluded;
    long dealsTotalMinor;
    long counted;

    Tally(AttributionModel model, int exampleLimit) {
      this.model = model;
      this.excluded = new ExclusionTally(exampleLimit);
    }

    static int compareKeys(List<String> a, List<String> b) {
      for (int i = 0; i < a.size(); i++) {
        int c = a.get(i).compareTo(b.get(i));
        if (c != 0) {
          return c;
        }
      }
      return 0;
    }

    SortedMap<String, Long> sumBy(int field) {
      SortedMap<String, Long> sums = new TreeMap<>();
      credits.forEach((k, v) -> sums.merge(k.get(field), v, Math::addExact));
      return sums;
    }

    ModelCredits result(AttributionOptions options, Currency currency, Tally primary) {
      ImmutableModelCredits.Builder b = ImmutableModelCredits.builder().model(model.id()).version(model.version())
          .primary(this == primary).provenance(Provenance.of(model.ref(), options.scope(), counted, excluded))
          .dealsTotal(Money.ofMinor(currency, dealsTotalMinor))
          .putAllByChannel(money(sumBy(0), currency)).putAllByCampaign(money(sumBy(1), currency))
          .putAllBySegment(money(sumBy(2), currency)).putAllByPeriod(money(sumBy(3), currency))
          .putAllDifferenceByChannel(difference(primary, 0, currency)).putAllDifferenceByCampaign(difference(primary, 1, currency))
          .putAllDifferenceBySegment(difference(primary, 2, currency)).putAllDifferenceByPeriod(difference(primary, 3, currency));
      credits.forEach((k, v) -> b.addCredits(ImmutableCredit.builder().channel(k.get(0)).campaign(k.get(1))
          .segment(k.get(2)).period(k.get(3)).amount(Money.ofMinor(currency, v)).build()));
      return b.build();
    }

    /** This model's sums by a field minus the primary's, for every key either has. */
    SortedMap<String, Money> difference(Tally primary, int field, Currency currency) {
      SortedMap<String, Long> difference = new TreeMap<>();
      primary.sumBy(field).forEach((k, v) -> difference.put(k, Math.negateExact(v)));
      sumBy(field).forEach((k, v) -> difference.merge(k, v, Math::addExact));
      return money(difference, currency);
    }

    static SortedMap<String, Money> money(Map<String, Long> minor, Currency currency) {
      SortedMap<String, Money> out = new TreeMap<>();
      minor.forEach((k, v) -> out.put(k, Money.ofMinor(currency, v)));
      return out;
    }
  }
}
