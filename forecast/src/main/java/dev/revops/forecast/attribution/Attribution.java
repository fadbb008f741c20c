package dev.revops.forecast.attribution;

import dev.revops.core.aggregate.Accumulator;
import dev.revops.core.metric.ExclusionTally;
import dev.revops.core.metric.MergeCheck;
import dev.revops.core.metric.Provenance;
import dev.revops.core.money.Money;
import dev.revops.core.money.Rounding;
import dev.revops.core.touch.DealJourney;
import dev.revops.core.touch.Touch;
import java.math.BigDecimal;
import java.time.Instant;
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
 * the conversion are ignored (and counted). Deals are excluded, per model and by reason, when open
 * under {@link AmountBasis#WON_ONLY} ({@code open-deal}), in another currency than the reporting one
 * ({@code currency-mismatch}), with no touch at or before the conversion ({@code no-touches}), or
 * when the model weighs none of their touches ({@code no-touch-at-milestone}). Memory grows with the
 * number of distinct channel, campaign, segment and period keys, not with deals.
 *
 * <p>Example:
 * <pre>{@code
 * Attribution a = new Attribution(new AttributionOptions(scope, AttributionModel.standard(), "w-shaped",
 *     AmountBasis.WON_ONLY));
 * journeys.forEach(a::add);
 * AttributionResult r = a.result();
 * }</pre>
 */
public final class Attribution implements Accumulator<DealJourney, AttributionResult, Attribution> {
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
    for (Touch t : deal.touches()) {
      if (t.instant().isAfter(conversion)) {
        touchesAfterConversion++;
      } else {
        eligible.add(t);
      }
    }
    Optional<String> reason = reasonToExclude(deal, eligible);
    if (reason.isPresent()) {
      tallies.forEach(t -> t.excluded.add(reason.get(), deal.dealId()));
      return;
    }
    Money amount = deal.won() ? deal.amount() : deal.amount().multipliedBy(deal.probability(), Rounding.MONEY);
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
        tally.credits.merge(List.of(t.channel(), t.campaign(), deal.segment(), period), parts.get(i).getAmountMinor(),
            Math::addExact);
      }
      tally.dealsTotalMinor = Math.addExact(tally.dealsTotalMinor, amount.getAmountMinor());
      tally.counted++;
    }
  }

  private Optional<String> reasonToExclude(DealJourney deal, List<Touch> eligible) {
    if (!deal.won() && options.basis() == AmountBasis.WON_ONLY) {
      return Optional.of("open-deal");
    }
    if (!deal.amount().getCurrency().equals(currency)) {
      return Optional.of("currency-mismatch");
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
    SortedMap<String, Long> primaryByChannel = primary.sumBy(0);
    List<ModelCredits> models = new ArrayList<>();
    models.add(primary.result(options, currency, primaryByChannel));
    for (Tally t : tallies) {
      if (t != primary) {
        models.add(t.result(options, currency, primaryByChannel));
      }
    }
    return new AttributionResult(options.primaryModel(), List.copyOf(models), touchesAfterConversion);
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

    ModelCredits result(AttributionOptions options, Currency currency, SortedMap<String, Long> primaryByChannel) {
      List<Credit> list = new ArrayList<>();
      credits.forEach((k, v) -> list.add(new Credit(k.get(0), k.get(1), k.get(2), k.get(3), Money.ofMinor(currency, v))));
      SortedMap<String, Long> byChannel = sumBy(0);
      SortedMap<String, Long> difference = new TreeMap<>();
      primaryByChannel.forEach((k, v) -> difference.put(k, -v));
      byChannel.forEach((k, v) -> difference.merge(k, v, Math::addExact));
      boolean isPrimary = model.id().equals(options.primaryModel());
      return new ModelCredits(model.id(), model.version(), isPrimary,
          Provenance.of(model.ref(), options.scope(), counted, excluded), Money.ofMinor(currency, dealsTotalMinor),
          List.copyOf(list), money(byChannel, currency), money(sumBy(1), currency), money(sumBy(2), currency),
          money(difference, currency));
    }

    static SortedMap<String, Money> money(Map<String, Long> minor, Currency currency) {
      SortedMap<String, Money> out = new TreeMap<>();
      minor.forEach((k, v) -> out.put(k, Money.ofMinor(currency, v)));
      return java.util.Collections.unmodifiableSortedMap(out);
    }
  }
}
